import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { LineCounter, parseDocument, stringify, type Scalar } from 'yaml';
import { messages } from '../messages.ts';
import { ContentError, UsageError, type Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import type { LeafletText, TranslationStatus } from '../schema.ts';
import { textUnits } from '../text-units.ts';
import { fromPo } from './po.ts';
import { fromXliff } from './xliff.ts';
import { importUi, UI_ID } from './ui.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';
import { setRecords } from './records.ts';
import { placeholdersOf, unitRecord } from './units.ts';

export interface ImportResult {
  file: string;
  leaflet: string;
  locale: string;
  /** Units whose text or status changed. */
  changed: number;
}

/**
 * Reads a translator's file back into the leaflet's translation. Everything is checked
 * before anything is written: units are matched by id, a unit translated from an older
 * English is refused as stale, placeholders must come back exactly. With no changes,
 * nothing is written (export then import changes no byte).
 */
export async function importTranslation(project: Project, path: string): Promise<ImportResult> {
  const name = basename(path);
  const kind = extname(path);
  if (kind !== '.po' && kind !== '.xlf' && kind !== '.xliff') throw new UsageError(messages.importFormat(name));
  const bytes = await readFile(path).catch(() => Promise.reject(new UsageError(messages.importMissing(path))));
  const data = kind === '.po' ? fromPo(bytes) : await fromXliff(bytes.toString('utf8'));
  const code = data.locale ?? '';
  if (data.leaflet === UI_ID && project.ui.has(UI_SOURCE_LOCALE) && project.locales.has(code) && code !== UI_SOURCE_LOCALE) {
    return { leaflet: UI_ID, locale: code, ...(await importUi(project, data.units, code, name)) };
  }
  const leaflet = project.leaflets.get(data.leaflet ?? '');
  if (!leaflet || !leaflet.meta.value.locales.includes(code) || code === leaflet.meta.value.sourceLocale) {
    throw new ContentError([{ file: name, message: messages.importTarget(data.leaflet ?? '?', code) }]);
  }
  const sourceText = leaflet.texts.get(leaflet.meta.value.sourceLocale)!.value;
  const translation = leaflet.texts.get(code)!;
  const source = new Map(textUnits(sourceText).map((u) => [u.id, u]));
  const current = new Map(textUnits(translation.value).map((u) => [u.id, u]));

  const problems: Problem[] = [];
  const changes = new Map<string, { value: string; status: TranslationStatus }>();
  for (const unit of data.units) {
    const src = source.get(unit.id);
    if (!src) {
      problems.push({ file: name, field: unit.id, message: messages.importUnknownUnit(unit.id) });
      continue;
    }
    if (unit.target === '') continue;
    if (unit.source !== src.value) {
      problems.push({ file: name, field: unit.id, message: messages.importStale(unit.id) });
      continue;
    }
    const want = placeholdersOf(src.value);
    const got = placeholdersOf(unit.target);
    if (want.join('\n') !== got.join('\n')) {
      problems.push({ file: name, field: unit.id, message: messages.importPlaceholders(unit.id, want, got) });
      continue;
    }
    const record = translation.value.translation.units[unit.id];
    const before = { value: current.get(unit.id)?.value, status: (record?.split(' ')[0] ?? translation.value.translation.status) as TranslationStatus };
    // An approved unit that comes back unchanged and confirmed stays approved.
    const status = !unit.fuzzy && before.status === 'approved' && before.value === unit.target ? 'approved' : unit.status;
    if (before.value !== unit.target || before.status !== status || record?.split(' ')[1] === undefined) {
      changes.set(unit.id, { value: unit.target, status });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const result = { file: translation.file.file, leaflet: leaflet.meta.value.id, locale: code, changed: changes.size };
  if (changes.size === 0) return result;

  const target = join(project.root, translation.file.file);
  const original = await readFile(target, 'utf8');
  const missing = [...changes.keys()].filter((id) => !current.has(id));
  const updated = missing.length === 0 ? editInPlace(original, translation.value, changes, source) : rebuild(original, sourceText, translation.value, changes, source, name);
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, updated);
  await rename(tmp, target);
  return result;
}

type Changes = Map<string, { value: string; status: TranslationStatus }>;
type Sources = Map<string, { value: string }>;

/**
 * Changes unit texts and their records by editing the text of the file: only the changed
 * values and records are rewritten, so the rest of the file keeps its layout and comments.
 */
function editInPlace(original: string, text: LeafletText, changes: Changes, source: Sources): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(original, { lineCounter });
  const paths = new Map(textUnits(text).map((u) => [u.id, u.path]));
  const edits: Array<{ from: number; to: number; text: string }> = [];
  for (const [id, change] of changes) {
    const node = doc.getIn(paths.get(id)!, true) as Scalar | undefined;
    if (!node?.range) continue;
    // A value starts on its key's line or dash; continuation lines are indented 2 more.
    const lineStart = original.lastIndexOf('\n', node.range[0] - 1) + 1;
    const indent = (/^ */.exec(original.slice(lineStart))?.[0].length ?? 0) + 2;
    edits.push({ from: node.range[0], to: node.range[1], text: folded(change.value, indent) });
  }
  edits.sort((a, b) => b.from - a.from);
  let out = original;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return setRecords(out, new Map([...changes].map(([id, c]) => [id, unitRecord(c.status, source.get(id)!.value)])));
}

/** A YAML folded block (>-) for a value, wrapped near 88 columns like the content files. */
function folded(value: string, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && pad.length + line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => pad + l).join('\n')}`;
}


/**
 * Writes the translation anew from the source's structure when the import fills units it
 * did not have: a list cannot have a gap, so every unit before a new one must be there.
 */
function rebuild(original: string, sourceText: LeafletText, text: LeafletText, changes: Changes, source: Sources, name: string): string {
  const values = new Map(textUnits(text).map((u) => [u.id, u.value]));
  for (const [id, c] of changes) values.set(id, c.value);
  const gaps = textUnits(sourceText).filter((u) => !values.has(u.id)).map((u) => u.id);
  if (gaps.length > 0) throw new ContentError([{ file: name, message: messages.importGaps(gaps) }]);
  const v = (id: string) => values.get(id)!;
  const units = { ...text.translation.units };
  for (const [id, c] of changes) units[id] = unitRecord(c.status, source.get(id)!.value);
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
        if (b.list) return { id: b.id, list: b.list.map((item, i) => (typeof item === 'string' ? v(`${id}.${i}`) : { text: v(`${id}.${i}`), list: item.list.map((_, j) => v(`${id}.${i}.${j}`)) })) };
        return b.callout !== undefined ? { id: b.id, callout: v(id) } : { id: b.id, text: v(id) };
      }),
    })),
  };
  const header = original.match(/^(#.*\n)*/)?.[0] ?? '';
  return header + stringify(rebuilt, { lineWidth: 0 });
}
