import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { messages } from '../messages.ts';
import { UsageError } from '../problems.ts';
import type { Project } from '../project.ts';
import { toPo } from './po.ts';
import { toXliff } from './xliff.ts';
import { UI_ID, uiUnits } from './ui.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import { exchangeUnits } from './units.ts';

export { importTranslations, type ImportResult } from './import.ts';

/** Writes one file per leaflet for a language, PO or XLIFF 2.0, for translators' own tools. */
export async function exportTranslations(
  project: Project,
  options: { locale: string; leaflet?: string | undefined; outDir: string; to: 'po' | 'xliff' },
): Promise<string[]> {
  const leaflets = [...project.leaflets.values()].filter(
    (l) => (!options.leaflet || l.meta.value.id === options.leaflet) && l.meta.value.locales.includes(options.locale) && l.meta.value.sourceLocale !== options.locale,
  );
  const withUi = (!options.leaflet || options.leaflet === UI_ID) && options.locale !== UI_SOURCE_LOCALE && project.locales.has(options.locale);
  if (leaflets.length === 0 && !withUi) throw new UsageError(messages.nothingToExport(options.locale, options.leaflet));
  await mkdir(options.outDir, { recursive: true });
  const written: string[] = [];
  const write = async (id: string, bytes: Buffer | string) => {
    const file = join(options.outDir, `${id}.${options.locale}.${options.to === 'po' ? 'po' : 'xlf'}`);
    await writeFile(`${file}.tmp`, bytes);
    await rename(`${file}.tmp`, file);
    written.push(relative(project.root, file));
  };
  const language = project.locales.get(options.locale)?.name ?? options.locale;
  if (withUi) {
    // The templates' own words (content/ui), with every plural form the language has.
    // Dated like the newest leaflet, never by the clock: the same content exports the same bytes.
    const date = [...project.leaflets.values()].map((l) => l.meta.value.validFrom).sort().at(-1) ?? '1970-01-01';
    const info = { leaflet: UI_ID, locale: options.locale, sourceLocale: UI_SOURCE_LOCALE, language, date };
    const units = uiUnits(project, options.locale);
    await write(UI_ID, options.to === 'po' ? toPo(units, info) : await toXliff(units, info));
  }
  for (const leaflet of leaflets) {
    const meta = leaflet.meta.value;
    const units = exchangeUnits(project, leaflet, options.locale);
    const info = { leaflet: meta.id, locale: options.locale, sourceLocale: meta.sourceLocale, language, date: meta.validFrom };
    await write(meta.id, options.to === 'po' ? toPo(units, info) : await toXliff(units, info));
  }
  return written;
}
