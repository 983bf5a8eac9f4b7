import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { compact } from '../context.ts';

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
    let at = 0;
    for (const ch of source) {
      for (const unit of compact(ch)) {
        flat += unit;
        map.push(at);
      }
      at += ch.length;
    }
    // Word boundaries, found when a line break falls in this text.
    let boundaries: Set<number> | undefined;
    const words = () => (boundaries ??= new Set([...segmenter.segment(source)].map((seg) => seg.index)));
    return { source, flat, map, words };
  });
  const findings: Finding[] = [];
  const flow = ctx.flow.filter((l) => l.region.role !== 'card');
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
      const atSpace = /\s/.test(t.source[cut - 1] ?? '') || /\s/.test(t.source[cut] ?? '');
      if (!t.words().has(cut) && !atSpace) {
        const word = [...segmenter.segment(t.source)].find((s) => s.index < cut && s.index + s.segment.length > cut)?.segment ?? '';
        findings.push({ check: 'word breaks', page: flow[i]!.page, needle: flow[i]!.text, message: messages.preflight.wordBroken(`${t.source.slice(cut - 8 < 0 ? 0 : cut - 8, cut)}|${t.source.slice(cut, cut + 8)}`, word) });
      }
      break;
    }
  }
  return findings;
};
