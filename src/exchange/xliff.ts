import { js2xliff } from 'xliff';
import type { TranslationStatus } from '../schema.ts';
import type { ExchangeUnit } from './units.ts';

/** XLIFF 2.0 segment states for our statuses; machine output is "initial" with a subState. */
const STATE: Record<TranslationStatus, string> = { source: 'final', machine: 'initial', translated: 'translated', reviewed: 'reviewed', approved: 'final' };
/** The subState that marks machine output, which XLIFF 2.0's four states cannot say. */
export const MACHINE_SUBSTATE = 'leaflets:machine';

/**
 * XLIFF 2.0 (OASIS), as memoQ, Trados and Crowdin read it: one <file> per leaflet, one
 * <unit> per unit id, its section and placeholder notes, the segment's state. The xliff
 * library writes the document; the segment state, which it does not model, is added to
 * each unit's segment. Reading is strict and lives in xliff-read.ts.
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
    return u.status === 'machine' ? `<segment state="initial" subState="${MACHINE_SUBSTATE}">` : `<segment state="${STATE[u.status]}">`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStates}\n`;
}
