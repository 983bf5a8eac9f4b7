import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messages } from '../messages.ts';
import { ContentError, formatPath, type Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { flatten, PLURAL_SUFFIX, pluralExamples, UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import type { ImportedUnit } from './po.ts';
import { placeholdersOf, type ExchangeUnit } from './units.ts';
import type { ImportPlan } from './import-leaflet.ts';
import { editYaml } from './yaml-edit.ts';

/** The id translators' files use for the templates' own words (content/ui/<locale>.yaml). */
export const UI_ID = 'ui';
/** Which numbers take a plural form, for the translator's note. */
const examples = (code: string, form: string) => {
  const found = pluralExamples(code, form);
  return found.length === 1 && found[0] === 1.5 ? 'fractions such as 1.5' : found.join(', ');
};

/**
 * The ui strings as units: every key of the English file, and for plural keys every form
 * the target language has (Intl.PluralRules), each with the English it stands for.
 */
export function uiUnits(project: Project, code: string): ExchangeUnit[] {
  const source = flatten(project.ui.get(UI_SOURCE_LOCALE)!.value);
  const target = flatten(project.ui.get(code)?.value ?? {});
  const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
  const units: ExchangeUnit[] = [];
  const done = new Set<string>();
  for (const [key, value] of source) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) {
      units.push({ id: key, context: key.split('.')[0]!, source: value, target: target.get(key) ?? '', status: 'machine', notes: variableNotes(value) });
      continue;
    }
    if (done.has(base)) continue;
    done.add(base);
    for (const form of forms) {
      const english = source.get(`${base}_${form}`) ?? source.get(`${base}_other`) ?? value;
      units.push({
        id: `${base}_${form}`,
        context: base.split('.')[0]!,
        source: english,
        target: target.get(`${base}_${form}`) ?? '',
        status: 'machine',
        notes: [`Plural form "${form}": used for numbers such as ${examples(code, form)}.`, ...variableNotes(english)],
      });
    }
  }
  return units;
}

const variableNotes = (text: string) => [...new Set(placeholdersOf(text))].map((p) => `${p} is filled in by the build: keep it exactly as it is.`);

/**
 * Checks ui strings read back (known keys only, English unchanged since export, the same
 * {{variables}}, every plural form the language needs) and works out the new text of the
 * language's ui file; a new language gets its file. Nothing is written here.
 */
export async function planUi(project: Project, units: ImportedUnit[], code: string, from: string): Promise<ImportPlan> {
  const expected = new Map(uiUnits(project, code).map((u) => [u.id, u]));
  const file = project.ui.get(code)?.file.file ?? `content/ui/${code}.yaml`;
  const problems: Problem[] = [];
  const changes = new Map<string, ImportedUnit>();
  const seen = new Set<string>();
  for (const unit of units) {
    const where = { file: from, ...(unit.line !== undefined ? { line: unit.line, column: unit.column } : {}), field: unit.id };
    const want = expected.get(unit.id);
    if (seen.has(unit.id)) problems.push({ ...where, message: messages.importUnitTwice(unit.id) });
    seen.add(unit.id);
    if (!want) problems.push({ ...where, message: messages.importUnknownUnit(unit.id) });
    else if (unit.target.trim() === '') continue;
    else if (unit.source !== want.source) problems.push({ ...where, message: messages.importStale(unit.id) });
    else if (placeholdersOf(unit.target).join() !== placeholdersOf(want.source).join())
      problems.push({ ...where, message: messages.importPlaceholders(unit.id, placeholdersOf(want.source), placeholdersOf(unit.target)) });
    else if (unit.target !== want.target) changes.set(unit.id, unit);
  }
  // Every plural form the language has must end up translated.
  for (const [id, want] of expected) {
    if (PLURAL_SUFFIX.test(id) && !want.target && !changes.has(id)) {
      const unit = units.find((u) => u.id === id);
      problems.push({ file: from, ...(unit?.line !== undefined ? { line: unit.line, column: unit.column } : {}), field: id, message: messages.importPluralForm(id, code) });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const plan: ImportPlan = { from, file, leaflet: UI_ID, locale: code, changed: changes.size, origins: new Map() };
  if (changes.size === 0) return plan;
  for (const [key, unit] of changes) plan.origins.set(formatPath(key.split('.')), { id: key, line: unit.line, column: unit.column });

  const existing = await readFile(join(project.root, file), 'utf8').catch(() => undefined);
  if (existing !== undefined) plan.original = existing;
  // A new language has no ui file yet: the import creates it.
  const start = existing ?? `# The templates' own words in ${project.locales.get(code)?.name ?? code}, from a translator's file.\n`;
  plan.updated = editYaml(start, [...changes].map(([key, unit]) => ({ path: key.split('.'), value: unit.target })));
  return plan;
}
