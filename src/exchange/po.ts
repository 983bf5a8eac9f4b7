import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import type { TranslationStatus } from '../schema.ts';
import type { ExchangeUnit } from './units.ts';

/**
 * Gettext PO, as Poedit, Weblate and msgfmt read it: msgctxt is the unit id, msgid the
 * English, msgstr the translation. Machine-made and unreviewed translations are "fuzzy",
 * as gettext tools expect; the exact status rides in an extracted comment.
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
  /** The status the file gives: reviewed when not fuzzy, else what it was exported with. */
  status: TranslationStatus;
  /** True when the translator left it fuzzy. */
  fuzzy: boolean;
}

/** Reads a PO file back: its leaflet and language, and each unit. */
export function fromPo(data: Buffer | string): { leaflet?: string; locale?: string; units: ImportedUnit[] } {
  const parsed = po.parse(data);
  const units: ImportedUnit[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    if (context === '') continue;
    for (const entry of Object.values(entries as Record<string, GetTextTranslation>)) {
      const fuzzy = /\bfuzzy\b/.test(entry.comments?.flag ?? '');
      const exported = /^Status: (\w+)$/m.exec(entry.comments?.extracted ?? '')?.[1] as TranslationStatus | undefined;
      units.push({ id: context, source: entry.msgid, target: entry.msgstr[0] ?? '', fuzzy, status: fuzzy ? (exported ?? 'translated') : 'reviewed' });
    }
  }
  return { leaflet: parsed.headers['X-Leaflet'], locale: parsed.headers.Language, units };
}
