import type { Locale } from '../schema.ts';

type TextFix = (text: string) => string;

const same: TextFix = (text) => text;

/**
 * Thai SARA AM (U+0E33) is drawn as two glyphs, NIKHAHIT + SARA AA. react-pdf counts a
 * line's characters by glyph, so every SARA AM shifted line breaks by one character and
 * dropped letters at line ends. Writing it decomposed, with NIKHAHIT before any tone mark
 * as a shaper would, draws the same glyphs with one character each.
 */
const thai: TextFix = (text) => text.replace(/([\u0E48-\u0E4B]*)\u0E33/g, '\u0E4D$1\u0E32');

/** The text rewrite a locale's script needs before layout; the identity for most. */
export function typesetText(locale: Pick<Locale, 'script'>): TextFix {
  return locale.script === 'Thai' ? thai : same;
}

/** Applies `fix` to every string in a value, and to strings returned by its functions. */
export function mapStrings<T>(value: T, fix: TextFix): T {
  if (fix === same) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return fix(v);
    if (typeof v === 'function') return (...args: unknown[]) => walk((v as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Date) return v;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** NIKHAHIT, tone marks, SARA AA: SARA AM as layout writes it (and a PDF's text layer gives it back). */
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]*)\u0E32/;

/** Thai text with SARA AM composed again, as content has it. */
export const recomposeThai = (text: string) => text.replace(new RegExp(DECOMPOSED_SARA_AM, 'g'), '$1\u0E33');

/**
 * Undoes the Thai rewrite for word segmentation: the composed text, and for each of its
 * offsets (and its end) the offset in the decomposed text, to map boundaries back.
 */
export function composeThai(text: string): { composed: string; toOriginal: number[] } {
  const toOriginal: number[] = [];
  let composed = '';
  const pattern = new RegExp(DECOMPOSED_SARA_AM, 'y');
  for (let i = 0; i < text.length; ) {
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m) {
      // NIKHAHIT, tone marks, SARA AA → tone marks, SARA AM.
      const tones = m[1] ?? '';
      for (let t = 0; t < tones.length; t++) toOriginal.push(i + 1 + t);
      toOriginal.push(i);
      composed += `${tones}\u0E33`;
      i += m[0].length;
    } else {
      toOriginal.push(i);
      composed += text[i];
      i++;
    }
  }
  toOriginal.push(text.length);
  return { composed, toOriginal };
}
