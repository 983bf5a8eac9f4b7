import { js2xliff, xliff2js } from 'xliff';
import type { TranslationStatus } from '../schema.ts';
import type { ImportedUnit } from './po.ts';
import type { ExchangeUnit } from './units.ts';

/** XLIFF 2.0 segment states for our statuses; machine output is "initial" with a subState. */
const STATE: Record<TranslationStatus, string> = { source: 'final', machine: 'initial', translated: 'translated', reviewed: 'reviewed', approved: 'final' };
const MACHINE = 'leaflets:machine';

/**
 * XLIFF 2.0 (OASIS), as memoQ, Trados and Crowdin read it: one <file> per leaflet, one
 * <unit> per unit id, its section and placeholder notes, the segment's state. The xliff
 * library writes and reads the document; the segment state, which it does not model, is
 * added to and read from each unit's segment.
 */
export async function toXliff(units: ExchangeUnit[], meta: { leaflet: string; locale: string; sourceLocale: string }): Promise<string> {
  const resources: Record<string, { source: string; target: string; note: string }> = {};
  for (const u of units) resources[u.id] = { source: u.source, target: u.target, note: [`Section: ${u.context}`, ...u.notes].join('\n') };
  const xml = (await js2xliff({ sourceLanguage: meta.sourceLocale, targetLanguage: meta.locale, resources: { [meta.leaflet]: resources } })) as string;
  // Units come out in order, each with one segment: give each its state.
  let i = 0;
  const withStates = xml.replace(/<segment>/g, () => {
    const u = units[i++]!;
    if (u.target === '') return '<segment state="initial">';
    return u.status === 'machine' ? `<segment state="initial" subState="${MACHINE}">` : `<segment state="${STATE[u.status]}">`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStates}\n`;
}

/** Reads an XLIFF 2.0 file back: its leaflet (the file id), language and units. */
export async function fromXliff(xml: string): Promise<{ leaflet?: string; locale?: string; units: ImportedUnit[] }> {
  const js = (await xliff2js(xml)) as { targetLanguage?: string; resources: Record<string, Record<string, { source?: string; target?: string }>> };
  const states = new Map<string, { state?: string; subState?: string }>();
  for (const m of xml.matchAll(/<unit\b([^>]*)>([\s\S]*?)<\/unit>/g)) {
    const id = /\bid="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const segment = /<segment\b([^>]*)>/.exec(m[2] ?? '')?.[1] ?? '';
    if (id) states.set(unescape(id), { state: /\bstate="([^"]*)"/.exec(segment)?.[1], subState: /\bsubState="([^"]*)"/.exec(segment)?.[1] });
  }
  const [leaflet, resources] = Object.entries(js.resources)[0] ?? [];
  const units: ImportedUnit[] = Object.entries(resources ?? {}).map(([id, r]) => {
    const { state, subState } = states.get(id) ?? {};
    const status: TranslationStatus =
      state === 'final' ? 'approved' : state === 'reviewed' ? 'reviewed' : state === 'translated' ? 'translated' : subState === MACHINE ? 'machine' : 'translated';
    return { id, source: r.source ?? '', target: r.target ?? '', status, fuzzy: status !== 'reviewed' && status !== 'approved' };
  });
  return { ...(leaflet ? { leaflet } : {}), ...(js.targetLanguage ? { locale: js.targetLanguage } : {}), units };
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
