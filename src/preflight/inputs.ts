import { openFont } from '../check/fonts.ts';
import { OUTPUTS_OF } from '../outputs.ts';
import type { Localized } from '../localize/index.ts';
import type { FontsManifest, Leaflet } from '../schema.ts';
import { outputFile } from '../write/index.ts';
import { pageFile } from '../site/paths.ts';
import type { PreflightContent } from './context.ts';

/** The PostScript names of the fonts the manifest names: any other font in a PDF is a fallback nobody chose. */
export function manifestFontNames(root: string, manifest: FontsManifest): Set<string> {
  return new Set(manifest.families.flatMap((f) => Object.values(f.files).flatMap((file) => (file ? [openFont(root, file).postscriptName] : []))));
}

/** What preflight needs to know of a leaflet in one language: its text, where each string came from, and the files it is built as. */
export function preflightContent(meta: Leaflet, localized: Localized): PreflightContent {
  const code = localized.leaflet.locale.code;
  const files = new Set(meta.formats.flatMap((f) => OUTPUTS_OF[f].map((o) => outputFile(meta.id, code, o))));
  // A project that publishes online (content/publishing.yaml) gets the site, with a page per leaflet × language.
  if (localized.leaflet.onlineUrl) files.add(pageFile(meta.id, code));
  return { leaflet: localized.leaflet, texts: localized.texts, files };
}
