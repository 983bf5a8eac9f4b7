import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, type Scalar } from 'yaml';
import { messages } from '../messages.ts';
import { ContentError, type Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { flatten, PLURAL_SUFFIX, pluralExamples, UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import type { ImportedUnit } from './po.ts';
import { placeholdersOf, type ExchangeUnit } from './units.ts';

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
 * Reads ui strings back: known keys only, English unchanged since export, the same
 * {{variables}}, and every plural form the language needs. Writes nothing if one fails.
 */
export async function importUi(project: Project, units: ImportedUnit[], code: string, name: string): Promise<{ file: string; changed: number }> {
  const expected = new Map(uiUnits(project, code).map((u) => [u.id, u]));
  const file = project.ui.get(code)?.file.file ?? `content/ui/${code}.yaml`;
  const problems: Problem[] = [];
  const changes = new Map<string, string>();
  for (const unit of units) {
    const want = expected.get(unit.id);
    if (!want) problems.push({ file: name, field: unit.id, message: messages.importUnknownUnit(unit.id) });
    else if (unit.target === '') continue;
    else if (unit.source !== want.source) problems.push({ file: name, field: unit.id, message: messages.importStale(unit.id) });
    else if (placeholdersOf(unit.target).join() !== placeholdersOf(want.source).join())
      problems.push({ file: name, field: unit.id, message: messages.importPlaceholders(unit.id, placeholdersOf(want.source), placeholdersOf(unit.target)) });
    else if (unit.target !== want.target) changes.set(unit.id, unit.target);
  }
  // Every plural form the language has must end up translated.
  for (const [id, want] of expected) {
    if (PLURAL_SUFFIX.test(id) && !want.target && !changes.has(id)) {
      problems.push({ file: name, field: id, message: messages.importPluralForm(id, code) });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (changes.size === 0) return { file, changed: 0 };

  const path = join(project.root, file);
  // A new language has no ui file yet: the import creates it.
  const original = await readFile(path, 'utf8').catch(() => `# The templates' own words in ${project.locales.get(code)?.name ?? code}, from a translator's file.\n`);
  const doc = parseDocument(original);
  let out = original;
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const added: Array<[string, string]> = [];
  for (const [key, value] of changes) {
    const node = doc.getIn(key.split('.'), true) as Scalar | undefined;
    if (node?.range) edits.push({ from: node.range[0], to: node.range[1], text: JSON.stringify(value) });
    else added.push([key, value]);
  }
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  if (added.length > 0) {
    const withNew = parseDocument(out);
    for (const [key, value] of added) withNew.setIn(key.split('.'), value);
    out = withNew.toString({ lineWidth: 0 });
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, out);
  await rename(tmp, path);
  return { file, changed: changes.size };
}
