import { fileOfUrl } from '../site/paths.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS_DIR } from '../load/project.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { LocalizedChart } from '../localize/chart.ts';
import type { Project } from '../project.ts';
import type { FormatId } from '../schema.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import { compact } from '../preflight/context.ts';
import { type CodeFingerprint, sha256 } from './fingerprint.ts';

/** Raised when what a key covers changes shape, so older keys never match. */
const KEY_VERSION = 1;

/**
 * Fields of the localized leaflet a format never shows (nor does its preflight): left out
 * of the format's key, and emptied before rendering (`forFormat`), so the output can only
 * depend on what its key hashes. A format not listed here (a new one) gets every field.
 */
const LEFT_OUT: Partial<Record<FormatId, Array<'sections' | 'short' | 'card' | 'contacts' | 'hasFullEdition'>>> = {
  'booklet-a5': ['short', 'card', 'hasFullEdition'],
  'email-a4': ['short', 'card', 'hasFullEdition'],
  'trifold-dl': ['sections', 'card'],
  card: ['sections', 'short', 'contacts', 'hasFullEdition'],
};

const EMPTY = { sections: [], short: [], card: [], contacts: [], hasFullEdition: false } as const;

/** The leaflet as the format sees it: fields it does not use are empty. */
export function forFormat(leaflet: LocalizedLeaflet, format: FormatId): LocalizedLeaflet {
  const out = { ...leaflet };
  for (const field of LEFT_OUT[format] ?? []) Object.assign(out, { [field]: EMPTY[field] });
  return out;
}

/** Hashes of font files, read once per build. */
export type FontHashes = Map<string, string>;

function fontsOf(project: Project, families: string[], hashes: FontHashes): string[] {
  return [...new Set(families)].sort().map((name) => {
    const family = project.fonts.families.find((f) => f.family === name);
    const files = Object.values(family?.files ?? {})
      .filter((f): f is string => typeof f === 'string')
      .map((file) => {
        let hash = hashes.get(file);
        if (!hash) hashes.set(file, (hash = sha256(readFileSync(join(project.root, FONTS_DIR, file)))));
        return `${file}:${hash}`;
      });
    return `${name}=${JSON.stringify(family ?? null)}|${files.join(',')}`;
  });
}

/**
 * The cache key of one leaflet × language × format: everything its files depend on. The
 * localized leaflet (texts, contacts as printed, the language's settings, the date stamp,
 * the draft state), the ui strings of the language and of the fallback (the templates'
 * words are functions of them), the fonts of its chains, the template and the files it
 * imports, the tool (its code, the installed packages' versions, patches/, Node's ICU). Of
 * the phone numbers preflight keeps from splitting, only those the leaflet prints count.
 */
export function outputKey(input: { code: CodeFingerprint; project: Project; leaflet: LocalizedLeaflet; format: FormatId; template: string; qrFiles: ReadonlySet<string>; fonts: FontHashes }): string {
  const { project, format } = input;
  const leaflet = forFormat(input.leaflet, format);
  const shown = { ...leaflet, facts: [] };
  const printed = compact(JSON.stringify(shown));
  const facts = leaflet.facts.filter((f) => printed.includes(compact(f)));
  const qrFile = leaflet.onlineUrl ? fileOfUrl(leaflet.onlineUrl) : undefined;
  const code = leaflet.locale.code;
  return sha256(
    JSON.stringify({
      ...common(input.code, input.template),
      format,
      leaflet: { ...shown, facts },
      qrTargetWritten: qrFile ? input.qrFiles.has(qrFile) : false,
      ui: [project.ui.get(code)?.value ?? null, project.ui.get(UI_SOURCE_LOCALE)?.value ?? null],
      fonts: fontsOf(project, [...leaflet.fontFamilies, ...leaflet.latinFamilies], input.fonts),
    }),
  );
}

/** The language chart's key: every language's entry, every ui file, the fonts of every chain. */
export function chartKey(input: { code: CodeFingerprint; project: Project; chart: LocalizedChart; template: string; fonts: FontHashes }): string {
  const { project } = input;
  const families = Object.values(project.fonts.chains).flat();
  return sha256(
    JSON.stringify({
      ...common(input.code, input.template),
      chart: input.chart,
      ui: [...project.ui].map(([code, ui]) => [code, ui.value]),
      fonts: fontsOf(project, families, input.fonts),
      sizeAdjust: project.fonts.sizeAdjust,
    }),
  );
}

/** What every key holds: the key's own version, the tool, the runtime, the template. */
function common(code: CodeFingerprint, template: string) {
  return {
    v: KEY_VERSION,
    tool: code.tool,
    runtime: `${process.version} icu ${process.versions.icu ?? ''} unicode ${process.versions.unicode ?? ''}`,
    template: code.template(template),
  };
}
