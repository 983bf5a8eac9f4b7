import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { messages } from '../messages.ts';
import { UsageError } from '../problems.ts';
import type { Project } from '../project.ts';
import { toPo } from './po.ts';
import { exchangeUnits } from './units.ts';

export { importTranslation } from './import.ts';

/** Writes one PO file per leaflet for a language, for translators' own tools. */
export async function exportTranslations(project: Project, options: { locale: string; leaflet?: string | undefined; outDir: string }): Promise<string[]> {
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
    const bytes = toPo(units, { leaflet: meta.id, locale: options.locale, sourceLocale: meta.sourceLocale, language, date: meta.validFrom });
    const file = join(options.outDir, `${meta.id}.${options.locale}.po`);
    await writeFile(`${file}.tmp`, bytes);
    await rename(`${file}.tmp`, file);
    written.push(relative(project.root, file));
  }
  return written;
}
