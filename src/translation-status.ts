import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setRecords } from './exchange/records.ts';
import { loadProject } from './load/project.ts';
import { ContentError, UsageError } from './problems.ts';
import { messages } from './messages.ts';
import type { Project } from './project.ts';
import { sourceHash, textUnits } from './text-units.ts';
import { translationState, type TranslationState } from './translation-state.ts';
import { validateProject } from './validate/index.ts';
import type { Selection } from './write/index.ts';

export async function loadValid(root: string): Promise<Project> {
  const raw = await loadProject(root);
  if (Array.isArray(raw)) throw new ContentError(raw);
  const { project, problems } = await validateProject(raw);
  if (!project || problems.length > 0) throw new ContentError(problems);
  return project;
}

function selected(project: Project, options: Selection): Array<{ leaflet: string; locale: string }> {
  if (options.leaflet && !project.leaflets.has(options.leaflet)) throw new UsageError(messages.unknownLeaflet(options.leaflet, [...project.leaflets.keys()]));
  return [...project.leaflets.values()].flatMap((l) =>
    l.meta.value.locales
      .filter((code) => (!options.leaflet || l.meta.value.id === options.leaflet) && (!options.locale || code === options.locale))
      .map((locale) => ({ leaflet: l.meta.value.id, locale })),
  );
}

/** Where every translation stands: units total, missing, stale, and counts by status. */
export async function status(options: Selection & { root: string }): Promise<TranslationState[]> {
  const project = await loadValid(options.root);
  return selected(project, options).map(({ leaflet, locale }) => translationState(project.leaflets.get(leaflet)!, locale));
}

/**
 * Records, for every translated unit that has no record yet, its status (the file's) and
 * the hash of the current source text, so that a later change to the source marks it
 * stale. Only the `translation.units` map is written; the rest of the file is untouched.
 * Run it once a translation is known to match its source (import does it per unit).
 */
export async function stamp(options: Selection & { root: string }): Promise<Array<{ file: string; units: number }>> {
  const project = await loadValid(options.root);
  const written: Array<{ file: string; units: number }> = [];
  for (const { leaflet: id, locale } of selected(project, options)) {
    const leaflet = project.leaflets.get(id)!;
    if (locale === leaflet.meta.value.sourceLocale) continue;
    const source = leaflet.texts.get(leaflet.meta.value.sourceLocale)!.value;
    const text = leaflet.texts.get(locale)!;
    const hashes = new Map(textUnits(source).map((u) => [u.id, sourceHash(u.value)]));
    const recorded = text.value.translation.units;
    const records = new Map(
      textUnits(text.value)
        .filter((u) => !recorded[u.id] && hashes.has(u.id))
        .map((u) => [u.id, `${text.value.translation.status} ${hashes.get(u.id)}`]),
    );
    if (records.size === 0) continue;
    const path = join(options.root, text.file.file);
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, setRecords(await readFile(path, 'utf8'), records));
    await rename(tmp, path);
    written.push({ file: text.file.file, units: records.size });
  }
  return written;
}
