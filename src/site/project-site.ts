import { createLocalizer } from '../localize/index.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { Project } from '../project.ts';
import type { ManifestEntry } from '../write/index.ts';
import { buildSite, type SiteFile } from './build-site.ts';

/**
 * The whole site for a project that publishes online (content/publishing.yaml): every
 * leaflet in every language it lists, whatever this build selected, since the index shows
 * them all; each with the PDFs output/ holds. A language whose text did not pass
 * validation (outside a build's selection) is left out until it does.
 */
export async function projectSite(
  project: Project,
  options: {
    pdfs: ManifestEntry[];
    read: (file: string) => Promise<Uint8Array | undefined>;
    /** Leaflet × language pairs a content mistake stops: left out until it is put right. */
    skip?: (leaflet: string, locale: string) => boolean;
    date?: Date;
  },
): Promise<SiteFile[]> {
  const localize = createLocalizer(project, options.date ? { date: options.date } : {});
  const leaflets: LocalizedLeaflet[] = [];
  for (const [id, leaflet] of project.leaflets) {
    for (const code of leaflet.meta.value.locales) {
      if (leaflet.texts.has(code) && project.locales.has(code) && !options.skip?.(id, code)) leaflets.push(localize(id, code).leaflet);
    }
  }
  return buildSite({
    root: project.root,
    fonts: project.fonts,
    leaflets,
    localeOrder: [...project.locales.keys()],
    titleLocales: project.chart?.value.titleLocales ?? ['en'],
    pdfs: options.pdfs,
    read: options.read,
  });
}
