import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { compact, inFooter } from '../context.ts';

/**
 * f) In scripts written without spaces (Thai, Chinese, any language with `lineBreaks:
 * segmenter`), a line ends only where Intl.Segmenter finds a word boundary in the text
 * the line came from, or at a space.
 */
export const wordBreaks: Check = (ctx) => {
  const leaflet = ctx.content?.leaflet;
  if (!ctx.content || !leaflet || leaflet.locale.lineBreaks !== 'segmenter') return [];
  const segmenter = new Intl.Segmenter(leaflet.locale.code, { granularity: 'word' });
  const texts = ctx.content.texts.map((t) => {
    // Offsets of the compact form in the text, so a break found there maps back.
    const source = t.text.normalize('NFC');
    const map: number[] = [];
    let flat = '';
    [...source].forEach((ch, i, all) => {
      const c = compact(ch);
      const at = all.slice(0, i).join('').length;
      for (const unit of c) {
        flat += unit;
        map.push(at);
      }
    });
    return { source, flat, map };
  });
  const findings: Finding[] = [];
  const flow = ctx.lines.filter((l) => !inFooter(ctx, l) && l.region.role !== 'card');
  for (let i = 0; i + 1 < flow.length; i++) {
    const a = compact(flow[i]!.text);
    const b = compact(flow[i + 1]!.text);
    if (!a || !b) continue;
    const tail = a.slice(-6);
    const head = b.slice(0, 6);
    for (const t of texts) {
      const at = t.flat.indexOf(tail + head);
      if (at < 0) continue;
      const cut = t.map[at + tail.length];
      if (cut === undefined) break;
      const boundaries = new Set([...segmenter.segment(t.source)].map((s) => s.index));
      const atSpace = /\s/.test(t.source[cut - 1] ?? '') || /\s/.test(t.source[cut] ?? '');
      if (!boundaries.has(cut) && !atSpace) {
        const word = [...segmenter.segment(t.source)].find((s) => s.index < cut && s.index + s.segment.length > cut)?.segment ?? '';
        findings.push({ check: 'word breaks', page: flow[i]!.page, needle: flow[i]!.text, message: messages.preflight.wordBroken(`${t.source.slice(cut - 8 < 0 ? 0 : cut - 8, cut)}|${t.source.slice(cut, cut + 8)}`, word) });
      }
      break;
    }
  }
  return findings;
};
