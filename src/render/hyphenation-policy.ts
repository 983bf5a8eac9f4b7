/**
 * The hyphenation policy, in one place (README, "Hyphenation"). A reader under stress
 * should not have to join word halves: fewer hyphens are better than more. Layout
 * follows the first three rules; preflight (src/preflight/) measures every PDF against
 * all of them.
 */
export const HYPHENATION = {
  /** Words shorter than this (in letters) are never hyphenated. */
  minWordLetters: 10,
  /** A break leaves at least this many letters before and after it. */
  minLettersEachSide: 4,
  /**
   * react-pdf's Knuth–Plass penalty for a break at a hyphen (its default for ragged text
   * is 600): high, so a hyphen is taken only where a line would otherwise be very short.
   */
  penalty: 3000,
  /** Never more hyphenated lines than this in a row. */
  maxConsecutive: 2,
  /**
   * Above this share of a document's lines ending in a hyphen, preflight warns: whether
   * a text reads too broken is a person's judgement (a narrow panel in a language of long
   * words may need more), so it does not refuse the PDF.
   */
  maxShare: 0.1,
} as const;
