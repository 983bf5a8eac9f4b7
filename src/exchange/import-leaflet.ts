import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { messages } from '../messages.ts';
import { ContentError, formatPath, type Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import type { LeafletText, TranslationStatus } from '../schema.ts';
import { textUnits } from '../text-units.ts';
import type { ImportedUnit } from './po.ts';
import { setRecords } from './records.ts';
import { placeholdersOf, unitRecord } from './units.ts';
import { editYaml } from './yaml-edit.ts';

/** What one translator's file would do to one content file; nothing is written yet. */
export interface ImportPlan {
  /** The translator's file, as the user named it. */
  from: string;
  /** The content file it changes, relative to the project root. */
  file: string;
  leaflet: string;
  locale: string;
  /** The content file's text now (undefined: it does not exist yet) and after the import. */
  original?: string;
  updated?: string;
  changed: number;
  /** Each changed unit by its field path in the content file, with where it is in the translator's file. */
  origins: Map<string, Origin>;
}

/** A unit's id and its place in the translator's file. */
export type Origin = { id: string; line?: number | undefined; column?: number | undefined };

type Change = { value: string; status: TranslationStatus; unit: ImportedUnit };

/**
 * Checks a leaflet translation's units against the source (known id, English unchanged
 * since export, the same placeholders) and works out the new text of its file. Units are
 * matched by id; an empty or whitespace-only target is "not translated" and skipped.
 */
export async function planLeaflet(project: Project, leaflet: ProjectLeaflet, code: string, units: ImportedUnit[], from: string): Promise<ImportPlan> {
  const sourceText = leaflet.texts.get(leaflet.meta.value.sourceLocale)!.value;
  const translation = leaflet.texts.get(code)!;
  const source = new Map(textUnits(sourceText).map((u) => [u.id, u]));
  const current = new Map(textUnits(translation.value).map((u) => [u.id, u]));
  const records = translation.value.translation.units;

  const problems: Problem[] = [];
  const changes = new Map<string, Change>();
  const seen = new Set<string>();
  for (const unit of units) {
    const where = { file: from, ...(unit.line !== undefined ? { line: unit.line, column: unit.column } : {}), field: unit.id };
    if (seen.has(unit.id)) problems.push({ ...where, message: messages.importUnitTwice(unit.id) });
    seen.add(unit.id);
    const src = source.get(unit.id);
    if (!src) {
      problems.push({ ...where, message: messages.importUnknownUnit(unit.id) });
      continue;
    }
    if (unit.target.trim() === '') continue;
    if (unit.source !== src.value) {
      problems.push({ ...where, message: messages.importStale(unit.id) });
      continue;
    }
    const want = placeholdersOf(src.value);
    const got = placeholdersOf(unit.target);
    if (want.join('\n') !== got.join('\n')) {
      problems.push({ ...where, message: messages.importPlaceholders(unit.id, want, got) });
      continue;
    }
    const record = records[unit.id];
    const before = { value: current.get(unit.id)?.value, status: (record?.split(' ')[0] ?? translation.value.translation.status) as TranslationStatus };
    const status = statusAfter(unit, before);
    if (before.value !== unit.target || before.status !== status || record?.split(' ')[1] === undefined) {
      changes.set(unit.id, { value: unit.target, status, unit });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const file = translation.file.file;
  const plan: ImportPlan = { from, file, leaflet: leaflet.meta.value.id, locale: code, changed: changes.size, origins: new Map() };
  if (changes.size === 0) return plan;
  const paths = new Map(textUnits(translation.value).map((u) => [u.id, u.path]));
  const sourcePaths = new Map(textUnits(sourceText).map((u) => [u.id, u.path]));
  for (const [id, c] of changes) plan.origins.set(formatPath(paths.get(id) ?? sourcePaths.get(id)!), { id, line: c.unit.line, column: c.unit.column });

  plan.original = await readFile(join(project.root, file), 'utf8');
  const hashes = new Map([...changes].map(([id, c]) => [id, unitRecord(c.status, source.get(id)!.value)]));
  const missing = [...changes.keys()].some((id) => !current.has(id));
  plan.updated = missing
    ? rebuild(plan.original, sourceText, translation.value, changes, hashes, from)
    : setRecords(editYaml(plan.original, [...changes].map(([id, c]) => ({ path: paths.get(id)!, value: c.value }))), hashes);
  return plan;
}

/**
 * The status a unit gets, from the file's own state only. Confirmed (PO not fuzzy, XLIFF
 * reviewed or final): that status, and an approved unit confirmed unchanged stays
 * approved. Unconfirmed: the state the file names (XLIFF), else the unit keeps a machine or
 * translated status when its text is unchanged, and is "translated" when a person changed it.
 */
function statusAfter(unit: ImportedUnit, before: { value: string | undefined; status: TranslationStatus }): TranslationStatus {
  const unchanged = before.value === unit.target;
  if (!unit.review.fuzzy) return unit.review.status === 'reviewed' && before.status === 'approved' && unchanged ? 'approved' : unit.review.status;
  if (unit.review.status) return unit.review.status;
  return unchanged && (before.status === 'machine' || before.status === 'translated') ? before.status : 'translated';
}

/**
 * Writes the translation anew from the source's structure when the import fills units it
 * did not have: a list cannot have a gap, so every unit before a new one must be there.
 */
function rebuild(original: string, sourceText: LeafletText, text: LeafletText, changes: Map<string, Change>, hashes: Map<string, string>, from: string): string {
  const values = new Map(textUnits(text).map((u) => [u.id, u.value]));
  for (const [id, c] of changes) values.set(id, c.value);
  const gaps = textUnits(sourceText).filter((u) => !values.has(u.id)).map((u) => u.id);
  if (gaps.length > 0) throw new ContentError([{ file: from, message: messages.importGaps(gaps) }]);
  const v = (id: string) => values.get(id)!;
  const units = { ...text.translation.units, ...Object.fromEntries(hashes) };
  const rebuilt = {
    locale: text.locale,
    translation: { status: text.translation.status, ...(text.translation.note ? { note: text.translation.note } : {}), units },
    title: v('title'),
    cover: { lead: v('cover.lead'), notes: sourceText.cover.notes.map((_, i) => v(`cover.notes.${i}`)) },
    sections: sourceText.sections.map((s) => ({
      id: s.id,
      heading: v(`${s.id}.heading`),
      blocks: s.blocks.map((b) => {
        const id = `${s.id}.${b.id}`;
        if (b.list) {
          const items = b.list.map((item, i) =>
            typeof item === 'string'
              ? v(`${id}.${i}`)
              : { text: v(`${id}.${i}`), ...(item.short !== undefined ? { short: v(`${id}.${i}.short`) } : {}), ...(item.list ? { list: item.list.map((_, j) => v(`${id}.${i}.${j}`)) } : {}) },
          );
          return { id: b.id, list: items };
        }
        return b.callout !== undefined ? { id: b.id, callout: v(id) } : { id: b.id, text: v(id) };
      }),
    })),
  };
  // The file's opening comment stays; the rest is written by the yaml library.
  const header = original.match(/^(#.*\r?\n)*/)?.[0] ?? '';
  return header + stringify(rebuilt, { lineWidth: 0 });
}
