import type { Locale } from '../schema.ts';

/** Splits a word into the pieces a line may break between (react-pdf inserts the "-"). */
export type Hyphenator = (word: string) => string[];

export interface LineBreaking {
  /** For body text: the language's hyphenation patterns, or word segmentation. */
  body: Hyphenator;
  /** For everything else (headings, labels): breaks only where no hyphen is needed. */
  plain: Hyphenator;
}

const whole: Hyphenator = (word) => [word];
const patternCache = new Map<string, Hyphenator>();
const SOFT_HYPHEN = '\u00AD';
// Phone numbers, emails, web addresses and codes must never be split.
const UNBREAKABLE = /[\d@/\\:.]\S|[\u2066-\u2069]/;
// Kinsoku: marks that may not start a line, and marks that may not end one.
const NO_LINE_START = /^[，。、：；！？）」』〉》】〕”’…‥・·,.:;!?)\]}%ๆฯ]/u;
const NO_LINE_END = /[（「『〈《【〔“‘([{]$/u;

/**
 * How lines break in a language. Never another language's hyphenation patterns (a
 * wrong break misleads a reader); no hyphen at all in scripts written without spaces,
 * where lines break between words found by Intl.Segmenter.
 */
export async function lineBreaking(locale: Locale): Promise<LineBreaking> {
  if (locale.lineBreaks === 'segmenter') {
    const segment = segmenter(locale.code);
    return { body: segment, plain: segment };
  }
  return { body: await patterns(locale.hyphenation), plain: whole };
}

/**
 * Word segmentation for react-pdf: pieces separated by '' are zero-width break points
 * (react-pdf inserts a hyphen only between two non-empty pieces).
 */
export function segmenter(locale: string): Hyphenator {
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => {
    const pieces: string[] = [];
    for (const { segment } of words.segment(text)) {
      const last = pieces[pieces.length - 1];
      if (last !== undefined && (NO_LINE_START.test(segment) || NO_LINE_END.test(last))) {
        pieces[pieces.length - 1] = last + segment;
      } else {
        pieces.push(segment);
      }
    }
    return pieces.flatMap((p, i) => (i === 0 ? [p] : ['', p]));
  };
}

async function patterns(name: string): Promise<Hyphenator> {
  if (name === 'none') return whole;
  const cached = patternCache.get(name);
  if (cached) return cached;
  const mod = (await import(`hyphen/${name}`)) as { default: { hyphenateSync(t: string, o?: object): string } };
  const hyphenate = mod.default.hyphenateSync;
  const fn: Hyphenator = (word) => {
    if (word.length < 7 || UNBREAKABLE.test(word)) return [word];
    return hyphenate(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  };
  patternCache.set(name, fn);
  return fn;
}

/** Whether the `hyphen` package has a pattern set of this name. */
export async function hasPatterns(name: string): Promise<boolean> {
  if (name === 'none') return true;
  return import(`hyphen/${name}`).then(
    () => true,
    () => false,
  );
}
