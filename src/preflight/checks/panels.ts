import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { compact } from '../context.ts';

/** How many characters of a panel's first line must match the start of a text. */
const START = 10;

/** Text as compared here: compact, without combining marks (the text layer may misplace Arabic harakat). */
const bare = (text: string) => compact(text).replace(/\p{M}/gu, '');

/**
 * l) Tri-fold panels. Each inside panel (2, 3, 4) starts at the start of a text the leaflet
 * has (a heading, paragraph, list item, notes heading): never in the middle of a sentence
 * carried over from the panel before. The flap's outside has text: it is a designed panel
 * ("your rights at a glance", "who can help"), never blank.
 */
export const trifoldPanels: Check = (ctx) => {
  if (ctx.format !== 'trifold-dl' || !ctx.content) return [];
  const findings: Finding[] = [];
  const starts = ctx.content.texts.map((t) => bare(t.text)).filter((t) => t.length > 0);
  const reading = ctx.regions.filter((r) => r.role === 'reading').sort((a, b) => a.order - b.order);
  const [flap, ...inside] = reading;
  const text = (region: typeof flap) => ctx.flow.filter((l) => l.region === region);
  if (flap && text(flap).length === 0) findings.push({ check: 'panels', page: flap.page, message: messages.flapCard.flapEmpty() });
  inside.forEach((region, i) => {
    const first = text(region)[0];
    if (!first) return;
    // The line's first words in reading order: for right to left, the rightmost run first.
    const runs = [...first.runs].sort((a, b) => (ctx.rtl ? b.x - a.x : a.x - b.x));
    const head = bare(runs.map((r) => r.str).join('')).slice(0, START);
    if (head.length > 0 && !starts.some((t) => t.startsWith(head))) {
      findings.push({ check: 'panels', page: region.page, message: messages.flapCard.panelStartsMidSentence(i + 2, first.text), needle: first.text });
    }
  });
  return findings;
};
