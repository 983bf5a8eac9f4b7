import type { Locale } from '../schema.ts';
import { HYPHENATION } from './hyphenation-policy.ts';
import { composeThai } from './typeset-text.ts';

/** Splits a word into the pieces a line may break between (react-pdf inserts the "-"). */
export type Hyphenator = (word: string) => string[];

export interface LineBreaking {
  /** For body text: the language's hyphenation patterns under the policy, or word segmentation. */
  body: Hyphenator;
  /** For everything else (headings, labels, covers, cards, contacts): breaks only where no hyphen is needed. */
  plain: Hyphenator;
}

const whole: Hyphenator = (word) => [word];
const patternCache = new Map<string, Hyphenator>();
const SOFT_HYPHEN = '\u00AD';
// Phone numbers, emails, web addresses and codes must never be split: a word with a
// digit, @, a slash, a colon or an inner dot, a bidi isolate or a no-break space.
const UNBREAKABLE = /[\d@/\\:.]\S|[\u2066-\u2069\u00A0\u202F\u2060]|\d/;
// Kinsoku: marks that may not start a line, and marks that may not end one.
const NO_LINE_START = /^[，。、：；！？）」』〉》】〕”’…‥・·,.:;!?)\]}%ๆฯ\u0E31-\u0E3A\u0E47-\u0E4E]/u;
const NO_LINE_END = /[（「『〈《【〔“‘([{]$/u;
// Runs of Latin or Cyrillic letters, digits and the characters of numbers, emails and web
// addresses inside Thai or Chinese text: "(KOM)", "KOM.pod@politiet.no", "47 45 15 00".
// They keep their own rules (spaces only), never a break inside.
const FOREIGN_RUN = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}@.:/\\_+\-\u00A0\u202F\u2060\u2066-\u2069]+/gu;

/**
 * How lines break in a language. Never another language's hyphenation patterns (a
 * wrong break misleads a reader); no hyphen at all in scripts written without spaces,
 * where lines break between words found by Intl.Segmenter.
 */
export async function lineBreaking(locale: Locale): Promise<LineBreaking> {
  if (locale.lineBreaks === 'segmenter') {
    const segment = segmenter(locale.code, locale.keepWhole);
    return { body: segment, plain: segment };
  }
  return { body: await patterns(locale.hyphenation), plain: whole };
}

/**
 * Word segmentation for react-pdf: pieces separated by '' are zero-width break points
 * (react-pdf inserts a hyphen only between two non-empty pieces). Thai text reaches
 * layout with SARA AM decomposed (typeset-text.ts); the dictionary knows only the
 * composed form, so segmentation runs on the composed text and its boundaries are
 * mapped back — otherwise "การกระทำ" broke as "การก|ระทำ".
 */
export function segmenter(locale: string, keepWhole: readonly string[] = []): Hyphenator {
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  const whole = keepWhole.length > 0 ? new RegExp(keepWhole.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu') : undefined;
  return (text) => {
    const { composed, toOriginal } = composeThai(text);
    const protectedSpans = [...composed.matchAll(FOREIGN_RUN), ...(whole ? composed.matchAll(whole) : [])].map((m) => [m.index, m.index + m[0].length] as const);
    const inside = (at: number) => protectedSpans.some(([from, to]) => from < at && at < to);
    const cuts: number[] = [];
    let previous = '';
    for (const { segment, index } of words.segment(composed)) {
      if (index > 0 && !inside(index) && !NO_LINE_START.test(segment) && !NO_LINE_END.test(previous)) cuts.push(index);
      previous = segment;
    }
    const pieces: string[] = [];
    let from = 0;
    for (const cut of cuts) {
      const at = toOriginal[cut]!;
      pieces.push(text.slice(from, at), '');
      from = at;
    }
    pieces.push(text.slice(from));
    return pieces;
  };
}

/**
 * The language's patterns, under the project's hyphenation policy (hyphenation-policy.ts):
 * only long words, enough letters on each side of a break, never a word with a digit,
 * an address or a bracket next to the break.
 */
async function patterns(name: string): Promise<Hyphenator> {
  if (name === 'none') return whole;
  const cached = patternCache.get(name);
  if (cached) return cached;
  // The full path: Node's own loader (the compiled CLI) does not resolve a folder import.
  const mod = (await import(`hyphen/${name}/index.js`)) as { default: { hyphenateSync(t: string, o?: object): string } };
  const hyphenate = mod.default.hyphenateSync;
  const fn: Hyphenator = (word) => {
    // Punctuation around the word stays with its first and last piece: a break is only
    // ever between letters, never beside a bracket.
    const m = /^(\P{L}*)(\p{L}[\p{L}\p{M}]*\p{L})(\P{L}*)$/u.exec(word);
    if (!m || UNBREAKABLE.test(word)) return [word];
    const [, lead = '', core = '', tail = ''] = m;
    if ([...core].length < HYPHENATION.minWordLetters) return [word];
    const pieces = mergeShort(hyphenate(core, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN), HYPHENATION.minLettersEachSide);
    if (pieces.length < 2) return [word];
    pieces[0] = lead + pieces[0];
    pieces[pieces.length - 1] += tail;
    return pieces;
  };
  patternCache.set(name, fn);
  return fn;
}

/** Joins pattern pieces so that every break leaves at least `min` letters on each side. */
function mergeShort(pieces: string[], min: number): string[] {
  const total = pieces.join('').length;
  const out: string[] = [];
  let before = 0;
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last < 0 || before < min || total - before < min) {
      if (last < 0) out.push(piece);
      else out[last] += piece;
    } else {
      out.push(piece);
    }
    before += piece.length;
  }
  return out;
}

/**
 * The paragraph's hyphenator with its last word kept whole: "confid- / entiality." is
 * the worst place for a break, where the reader's eye has nowhere to go next.
 */
export function paragraphHyphenator(text: string, hyphenate: Hyphenator): Hyphenator {
  const last = text.trim().split(' ').at(-1);
  return (word) => {
    const pieces = hyphenate(word);
    // Pieces split by '' are zero-width breaks between words (Thai, Chinese, where a
    // paragraph can be one "word"): no hyphen, so they stay.
    return word !== last || pieces.includes('') ? pieces : [word];
  };
}

// Body hyphenation of languages a document prints parts in besides its own (a section not
// yet translated, printed in English), by code. Hyphenators depend only on the locale, so
// this is a cache, not state of one document.
const otherLanguages = new Map<string, Hyphenator>();

/** Readies body hyphenation for text in another language (see `hyphenatorFor`). */
export async function prepareLanguage(locale: Locale): Promise<void> {
  if (!otherLanguages.has(locale.code)) otherLanguages.set(locale.code, (await lineBreaking(locale)).body);
}

/**
 * The hyphenation for a piece of text with its own `lang` (English in a Filipino booklet
 * is hyphenated as English, never with the Filipino patterns), else the document's.
 */
export function hyphenatorFor(lang: string | undefined, documents: Hyphenator): Hyphenator {
  return (lang !== undefined && otherLanguages.get(lang)) || documents;
}

/** Whether the `hyphen` package has a pattern set of this name. */
export async function hasPatterns(name: string): Promise<boolean> {
  if (name === 'none') return true;
  return import(`hyphen/${name}/index.js`).then(
    () => true,
    () => false,
  );
}
