import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { compact, linePairs } from '../context.ts';

// Both halves of a split must have at least this many characters: a shorter piece is a
// coincidence (a page number beside a line), not half a number.
const MIN_PIECE = 2;

/**
 * a) No phone number, email or web address split across lines or hyphenated: for every
 * pair of lines a sentence may run across, a fact's beginning ends the first and its
 * rest starts the second. Right-to-left lines read back in visual order, so there the
 * beginning is on the left of the first line and the rest on the right of the second.
 */
export const factsOnOneLine: Check = (ctx) => {
  if (!ctx.content) return [];
  const facts = [...new Set(ctx.content.leaflet.facts.map(compact))].filter((f) => f.length >= 2 * MIN_PIECE);
  const findings: Finding[] = [];
  for (const [first, second] of linePairs(ctx.lines)) {
    const a = compact(first.text).replace(/[-\u2010]$/, '');
    const b = compact(second.text);
    for (const fact of facts) {
      for (let k = MIN_PIECE; k <= fact.length - MIN_PIECE; k++) {
        const head = fact.slice(0, k);
        const tail = fact.slice(k);
        const ltr = a.endsWith(head) && b.startsWith(tail);
        const rtl = ctx.rtl && a.startsWith(head) && b.endsWith(tail);
        if ((ltr || rtl) && !a.includes(fact) && !b.includes(fact)) {
          findings.push({ check: 'facts', page: first.page, needle: second.text, message: messages.preflight.factSplit(`${head} / ${tail}`, first.page + 1 === second.page + 1 ? undefined : second.page + 1) });
          break;
        }
      }
    }
  }
  return findings;
};
