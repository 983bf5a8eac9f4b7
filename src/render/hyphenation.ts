/** Splits a word into the pieces a line may break between (react-pdf inserts the "-"). */
export type Hyphenator = (word: string) => string[];

const noHyphenation: Hyphenator = (word) => [word];
const loaded = new Map<string, Hyphenator>();
const SOFT_HYPHEN = '\u00AD';
// Phone numbers, emails, web addresses and codes must never be split.
const UNBREAKABLE = /[\d@/\\:.]\S|[\u2066-\u2069]/;

/**
 * The hyphenator for a pattern set of the `hyphen` package (`nb`, `uk`, `en-gb` …), or
 * none for `none`. Never another language's patterns: a wrong break misleads a reader.
 */
export async function loadHyphenator(patterns: string): Promise<Hyphenator> {
  if (patterns === 'none') return noHyphenation;
  const cached = loaded.get(patterns);
  if (cached) return cached;
  const mod = (await import(`hyphen/${patterns}`)) as { default: { hyphenateSync(t: string, o?: object): string } };
  const hyphenate = mod.default.hyphenateSync;
  const fn: Hyphenator = (word) => {
    if (word.length < 7 || UNBREAKABLE.test(word)) return [word];
    return hyphenate(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  };
  loaded.set(patterns, fn);
  return fn;
}

/** Whether the `hyphen` package has a pattern set of this name. */
export async function hasPatterns(patterns: string): Promise<boolean> {
  if (patterns === 'none') return true;
  return import(`hyphen/${patterns}`).then(
    () => true,
    () => false,
  );
}
