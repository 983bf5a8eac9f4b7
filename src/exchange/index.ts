import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { messages } from '../messages.ts';
import { UsageError } from '../problems.ts';
import type { Project } from '../project.ts';
import { toPo } from './po.ts';
import { toXliff } from './xliff.ts';
import { exchangeUnits } from './units.ts';

export { importTranslation } from './import.ts';

/** Writes one file per leaflet for a language, PO or XLIFF 2.0, for translators' own tools. */
export async function exportTranslations(
  project: Project,
  options: { locale: string; leaflet?: string | undefined; outDir: string; to: 'po' | 'xliff' },
): Promise<string[]> {
  const leaflets = [...project.leaflets.values()].filter(
    (l) => (!options.leaflet || l.meta.value.id === options.leaflet) && l.meta.value.locales.includes(options.locale) && l.meta.value.sourceLocale !== options.locale,
  );
  if (leaflets.length === 0) throw new UsageError(messages.nothingToExport(options.locale, options.leaflet));
  await mkdir(options.outDir, { recursive: true });
  const written: string[] = [];
  for (const leaflet of leaflets) {
    const meta = leaflet.meta.value;
    const language = project.locales.get(options.locale)?.name ?? options.locale;
    const units = exchangeUnits(project, leaflet, options.locale);
    const info = { leaflet: meta.id, locale: options.locale, sourceLocale: meta.sourceLocale, language, date: meta.validFrom };
    const bytes = options.to === 'po' ? toPo(units, info) : await toXliff(units, info);
    const file = join(options.outDir, `${meta.id}.${options.locale}.${options.to === 'po' ? 'po' : 'xlf'}`);
    await writeFile(`${file}.tmp`, bytes);
    await rename(`${file}.tmp`, file);
    written.push(relative(project.root, file));
  }
  return written;
}
