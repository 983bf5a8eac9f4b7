import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { messages } from '../messages.ts';
import { ContentError, type Problem } from '../problems.ts';
import { decodeStrict } from './decode.ts';
import type { ExchangeUnit } from './units.ts';

/**
 * Gettext PO, as Poedit, Weblate and msgfmt read it: msgctxt is the unit id, msgid the
 * English, msgstr the translation. Machine-made and unreviewed translations are "fuzzy",
 * as gettext tools expect; the exact status is shown in an extracted comment, for reading
 * only (import takes status from the fuzzy flag alone).
 */
export function toPo(units: ExchangeUnit[], meta: { leaflet: string; locale: string; sourceLocale: string; language: string; date: string }): Buffer {
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const u of units) {
    const fuzzy = u.status !== 'reviewed' && u.status !== 'approved' && u.target !== '';
    translations[u.id] = {
      [u.source]: {
        msgctxt: u.id,
        msgid: u.source,
        msgstr: [u.target],
        comments: {
          extracted: [`Section: ${u.context}`, `Status: ${u.status}`, ...u.notes].join('\n'),
          ...(fuzzy ? { flag: 'fuzzy' } : {}),
        },
      },
    };
  }
  return po.compile(
    {
      charset: 'utf-8',
      headers: {
        'Project-Id-Version': `leaflets ${meta.leaflet}`,
        // The leaflet's valid-from date, never the clock: the same content exports the same bytes.
        'PO-Revision-Date': `${meta.date} 00:00+0000`,
        'Last-Translator': 'machine translation, not yet reviewed',
        'Language-Team': meta.language,
        'Content-Type': 'text/plain; charset=UTF-8',
        'Content-Transfer-Encoding': '8bit',
        'MIME-Version': '1.0',
        Language: meta.locale,
        'X-Leaflet': meta.leaflet,
        'X-Source-Language': meta.sourceLocale,
      },
      translations,
    },
    { foldLength: 0 },
  );
}

export interface ImportedUnit {
  id: string;
  source: string;
  target: string;
  /**
   * What the file itself says of the translation: PO has only "fuzzy" or not (reviewed);
   * XLIFF has the segment state. Never read from comments, which anyone can write.
   */
  review: { fuzzy: true; status?: 'machine' | 'translated' } | { fuzzy: false; status: 'reviewed' | 'approved' };
  /** Where the unit is in the translator's file, for messages. */
  line?: number;
  column?: number;
}

/** What a translator's file holds: its leaflet (or "ui"), language and units. */
export interface ImportedFile {
  leaflet?: string;
  locale?: string;
  units: ImportedUnit[];
}

/**
 * Reads a PO file strictly: the charset its header declares (UTF-8 when it declares none,
 * as gettext tools write today), no byte invalid in it, gettext syntax checked (an
 * unterminated string, a duplicate entry, an unknown keyword are refused with the line).
 * Status is the fuzzy flag alone: the "Status:" comment we export is for reading only.
 */
export function fromPo(bytes: Buffer, file: string): ImportedFile {
  const text = decodeStrict(bytes, headerCharset(bytes) ?? 'utf-8', file).replace(/^\uFEFF/, '');
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (err) {
    const e = err as Error & { lineNumber?: number };
    const line = e.lineNumber ?? /\bat line (\d+)/.exec(e.message)?.[1];
    throw new ContentError([{ file, ...(line !== undefined ? { line: Number(line) } : {}), message: messages.poSyntax(e.message) }]);
  }
  const lines = entryLines(text);
  const units: ImportedUnit[] = [];
  const problems: Problem[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries as Record<string, GetTextTranslation>)) {
      if (context === '' && entry.msgid === '') continue; // the header
      if (context === '') {
        problems.push({ file, message: messages.poNoContext(entry.msgid) });
        continue;
      }
      const fuzzy = /(^|[\s,])fuzzy($|[\s,])/.test(entry.comments?.flag ?? '');
      const line = lines.get(context);
      units.push({
        id: context,
        source: entry.msgid,
        target: entry.msgstr[0] ?? '',
        review: fuzzy ? { fuzzy: true } : { fuzzy: false, status: 'reviewed' },
        ...(line !== undefined ? { line } : {}),
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...(parsed.headers.Language ? { locale: parsed.headers.Language } : {}), ...(parsed.headers['X-Leaflet'] ? { leaflet: parsed.headers['X-Leaflet'] } : {}), units };
}

/** The charset the header entry (the first msgstr) declares, if any; read as ASCII, which every PO charset extends. */
function headerCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const second = head.search(/^\s*msg(id|ctxt)\b/m);
  const rest = second >= 0 ? head.slice(second + 5) : head;
  const end = rest.search(/^\s*msg(id|ctxt)\b/m);
  const header = second >= 0 ? head.slice(0, second + 5 + (end >= 0 ? end : rest.length)) : head;
  return /charset\s*=\s*([\w.:-]+)/i.exec(header)?.[1];
}

/** The line of each msgctxt, so a problem with a unit points at its entry. */
function entryLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /^msgctxt\s+"((?:[^"\\]|\\.)*)"\s*$/.exec(l);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!.replace(/\\(.)/g, '$1'), i + 1);
  });
  return lines;
}
