import { messages } from '../../messages.ts';
import { HYPHENATION } from '../../render/hyphenation-policy.ts';
import type { Check, CheckContext, Finding } from '../context.ts';
import { compact } from '../context.ts';
import type { Line } from '../lines.ts';

const LINE_END_HYPHEN = /[-\u2010]$/;
const letters = (s: string) => [...s.replace(/[^\p{L}\p{M}]/gu, '')].length;

/** A line that ends in a hyphen layout inserted (not one the text has), with the word it split. */
export interface Hyphenated {
  /** The line's place in the reading flow. */
  index: number;
  line: Line;
  next: Line;
  before: string;
  after: string;
}

/**
 * The lines of the document's reading flow that end in an inserted hyphen: the text has
 * the two halves joined, and not with a hyphen between them.
 */
export function hyphenatedLines(ctx: CheckContext): { flow: Line[]; hyphenated: Hyphenated[] } {
  // The check and the manifest's figure both need these: find them once per document.
  const known = found.get(ctx);
  if (known) return known;
  const { flow } = ctx;
  const source = ctx.content ? ctx.content.texts.map((t) => compact(t.text)).join('\u0000') : '';
  const hyphenated: Hyphenated[] = [];
  for (let i = 0; i + 1 < flow.length; i++) {
    const line = flow[i]!;
    const next = flow[i + 1]!;
    if (!LINE_END_HYPHEN.test(line.text)) continue;
    const before = /(\S*)[-\u2010]$/u.exec(line.text)?.[1] ?? '';
    const after = /^\S*/u.exec(next.text)?.[0] ?? '';
    const joined = compact(before + after);
    const literal = compact(`${before}-${after}`);
    if (!ctx.content || (source.includes(joined) && !source.includes(literal))) hyphenated.push({ index: i, line, next, before, after });
  }
  found.set(ctx, { flow, hyphenated });
  return { flow, hyphenated };
}

const found = new WeakMap<CheckContext, { flow: Line[]; hyphenated: Hyphenated[] }>();

/**
 * f) No hyphen beside a bracket or inside a number, and g) the hyphenation policy
 * (src/render/hyphenation-policy.ts): enough letters on each side, never a paragraph's
 * last word, never in headings, covers, cards and contact lists, never more than two
 * hyphenated lines in a row.
 */
export const hyphens: Check = (ctx) => {
  if (!ctx.content) return [];
  const findings: Finding[] = [];
  const { flow, hyphenated } = hyphenatedLines(ctx);
  const share = flow.length === 0 ? 0 : hyphenated.length / flow.length;
  if (share > HYPHENATION.maxShare) {
    findings.push({ check: 'hyphenation', page: 0, warning: true, message: messages.preflight.hyphenShare(Math.round(share * 100), HYPHENATION.maxShare * 100) });
  }
  // The paragraphs of this format (the tri-fold prints the short version): what it is built from.
  const paragraphEnds = (ctx.format === 'trifold-dl' ? ctx.content.leaflet.short : ctx.content.leaflet.sections)
    .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => [i.text, ...i.items]) : [b.text])))
    .map((t) => compact(t).replace(/[^\p{L}\p{M}]+$/u, ''));
  const body = ctx.limits.minBodyPt ?? 9;
  let run = 0;
  let previous = -2;
  for (const h of hyphenated) {
    const word = `${h.before}-${h.after}`;
    const where = { check: 'hyphenation', page: h.line.page, needle: h.line.text };
    if (/[\p{Nd}([{（［]$/u.test(h.before) || /^[\p{Nd})\]}）］]/u.test(h.after)) {
      findings.push({ ...where, message: messages.preflight.hyphenAtBracket(word) });
      continue;
    }
    if (h.line.region.role !== 'reading' || h.line.size > body * 1.2) {
      findings.push({ ...where, message: messages.preflight.hyphenWhereNone(word, h.line.region.role) });
    }
    const [lb, la] = [letters(h.before), letters(h.after)];
    if (lb < HYPHENATION.minLettersEachSide || la < HYPHENATION.minLettersEachSide || lb + la < HYPHENATION.minWordLetters) {
      findings.push({ ...where, message: messages.preflight.hyphenShortWord(word, HYPHENATION.minWordLetters, HYPHENATION.minLettersEachSide) });
    }
    const joined = compact(h.before + h.after).replace(/[^\p{L}\p{M}]+$/u, '');
    // The word's rest alone on the next line, and a paragraph ending with the word.
    const restAlone = compact(h.next.text).replace(/[^\p{L}\p{M}]+$/u, '') === compact(h.after).replace(/[^\p{L}\p{M}]+$/u, '');
    if (restAlone && paragraphEnds.some((end) => end.endsWith(joined))) findings.push({ ...where, message: messages.preflight.hyphenLastWord(word) });
    run = h.index === previous + 1 ? run + 1 : 1;
    previous = h.index;
    if (run === HYPHENATION.maxConsecutive + 1) findings.push({ ...where, message: messages.preflight.hyphenRun(run, HYPHENATION.maxConsecutive, word) });
  }
  return findings;
};

/** The share of the reading flow's lines that end in an inserted hyphen, for the manifest. */
export function hyphenatedShare(ctx: CheckContext): number {
  const { flow, hyphenated } = hyphenatedLines(ctx);
  return flow.length === 0 ? 0 : Math.round((hyphenated.length / flow.length) * 1000) / 1000;
}
