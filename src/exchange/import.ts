import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { loadProject } from '../load/project.ts';
import { parseYaml } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import { ContentError, UsageError, type Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { loadValid } from '../translation-status.ts';
import { checkCoverage } from '../check/coverage.ts';
import { createLocalizer } from '../localize/index.ts';
import { validateProject } from '../validate/index.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import { commit } from './commit.ts';
import { planLeaflet, type ImportPlan } from './import-leaflet.ts';
import { fromPo, type ImportedFile } from './po.ts';
import { planUi, UI_ID } from './ui.ts';
import { fromXliff } from './xliff-read.ts';

export interface ImportResult {
  /** The translator's file, as the user named it. */
  from: string;
  /** The content file it changes. */
  file: string;
  leaflet: string;
  locale: string;
  /** Units whose text or status changed. */
  changed: number;
}

/**
 * Imports translators' files as one transaction. Each file is read strictly and its units
 * checked (known id, English unchanged since export, placeholders as in the English); the
 * content the files would make is built in memory and validated as `check` validates it;
 * only when all of it is valid is anything written, every file at once, with the old
 * files put back if a write fails. Export then import with no edits changes no byte.
 */
export async function importTranslations(root: string, paths: readonly string[]): Promise<ImportResult[]> {
  if (paths.length === 0) throw new UsageError(messages.importNoFiles());
  const read = await Promise.all(paths.map((path) => readTranslatorFile(root, path)));
  const project = await loadValid(root);

  const problems: Problem[] = [];
  const plans: ImportPlan[] = [];
  for (const { name, data } of read) {
    try {
      plans.push(await plan(project, data, name));
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      problems.push(...err.problems);
    }
  }
  const targets = new Map<string, string>();
  for (const p of plans) {
    if (targets.has(p.file)) problems.push({ file: p.from, message: messages.importFileTwice(p.file) });
    targets.set(p.file, p.from);
  }
  if (problems.length > 0) throw new ContentError(problems);

  const changing = plans.filter((p) => p.updated !== undefined);
  if (changing.length > 0) {
    const invalid = await validateAfter(root, changing);
    if (invalid.length > 0) throw new ContentError(invalid);
    await commit(root, changing.map((p) => ({ file: p.file, original: p.original, updated: p.updated! })));
  }
  return plans.map((p) => ({ from: p.from, file: p.file, leaflet: p.leaflet, locale: p.locale, changed: p.changed }));
}

/** Reads and parses one translator's file; a file that cannot be used at all is a usage mistake. */
async function readTranslatorFile(root: string, path: string): Promise<{ name: string; data: ImportedFile }> {
  const full = resolve(root, path);
  const inside = relative(root, full);
  const name = isAbsolute(path) && (inside.startsWith('..') || isAbsolute(inside)) ? path : inside.split('\\').join('/');
  const kind = extname(path).toLowerCase();
  if (kind !== '.po' && kind !== '.xlf' && kind !== '.xliff') throw new UsageError(messages.importFormat(path));
  const bytes = await readFile(full).catch(() => Promise.reject(new UsageError(messages.importMissing(path))));
  return { name, data: kind === '.po' ? fromPo(bytes, name) : fromXliff(bytes, name) };
}

function plan(project: Project, data: ImportedFile, name: string): Promise<ImportPlan> {
  const code = data.locale ?? '';
  if (data.leaflet === UI_ID && project.ui.has(UI_SOURCE_LOCALE) && project.locales.has(code) && code !== UI_SOURCE_LOCALE) {
    return planUi(project, data.units, code, name);
  }
  const leaflet = project.leaflets.get(data.leaflet ?? '');
  if (!leaflet || !leaflet.meta.value.locales.includes(code) || code === leaflet.meta.value.sourceLocale || !leaflet.texts.has(code)) {
    throw new ContentError([{ file: name, message: messages.importTarget(data.leaflet ?? '?', code || '?') }]);
  }
  return planLeaflet(project, leaflet, code, data.units, name);
}

/**
 * Validates the project as it would be after the import: the changed files' new text
 * replaces theirs in memory, and the whole project goes through the checks `check` runs.
 * A problem in a unit the import changed is reported where the translator can fix it:
 * at that unit in their file.
 */
async function validateAfter(root: string, plans: ImportPlan[]): Promise<Problem[]> {
  const raw = await loadProject(root);
  if (Array.isArray(raw)) return raw;
  const problems: Problem[] = [];
  for (const p of plans) {
    const parsed = parseYaml(p.file, p.updated!);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }
    if (p.leaflet === UI_ID) raw.ui.set(p.locale, parsed);
    else raw.leaflets.find((l) => l.dir === p.leaflet)?.texts.set(p.locale, parsed);
  }
  if (problems.length > 0) return problems;
  const { project, problems: found } = await validateProject(raw);
  if (project && found.length === 0) found.push(...coverage(project, plans));
  return found.map((problem) => {
    const p = plans.find((x) => x.file === problem.file);
    const origin = p && problem.field !== undefined ? p.origins.get(problem.field) : undefined;
    if (!p || !origin) return problem;
    return { file: p.from, ...(origin.line !== undefined ? { line: origin.line, column: origin.column } : {}), field: origin.id, message: problem.message };
  });
}

/**
 * `check` also looks at every character a changed translation would print against the
 * language's fonts (a letter no font has would print as an empty box): the same here, for
 * each leaflet and language the import changes (for ui strings, every leaflet in that language).
 */
function coverage(project: Project, plans: ImportPlan[]): Problem[] {
  const localize = createLocalizer(project);
  const problems: Problem[] = [];
  const done = new Set<string>();
  for (const p of plans) {
    const leaflets = p.leaflet === UI_ID ? [...project.leaflets.values()].filter((l) => l.meta.value.locales.includes(p.locale)).map((l) => l.meta.value.id) : [p.leaflet];
    for (const id of leaflets) {
      if (done.has(`${id}/${p.locale}`)) continue;
      done.add(`${id}/${p.locale}`);
      problems.push(...checkCoverage(project, p.locale, localize(id, p.locale).texts));
    }
  }
  return problems;
}
