import { didYouMean } from '../did-you-mean.ts';

/**
 * Language codes as BCP 47 and CLDR know them. A code that only looks like one ("ua",
 * a country) once built a "Ukrainian" leaflet with English opening hours and /Lang ua:
 * every code in content must be canonical BCP 47 and name a language CLDR knows.
 */

/**
 * Country codes (and a few near misses) people write for a language, with the language
 * meant. Some are real codes of other languages ("se" is Northern Sami, "kr" Kanuri),
 * but in this project's content they have always meant the country's language.
 */
export const CONFUSED_CODES: Readonly<Record<string, { what: string; right: string; language: string }>> = {
  ua: { what: 'the country code of Ukraine', right: 'uk', language: 'Ukrainian' },
  jp: { what: 'the country code of Japan', right: 'ja', language: 'Japanese' },
  cn: { what: 'the country code of China', right: 'zh-Hans', language: 'Chinese in simplified characters' },
  se: { what: 'the country code of Sweden (as a language code, Northern Sami)', right: 'sv', language: 'Swedish' },
  dk: { what: 'the country code of Denmark', right: 'da', language: 'Danish' },
  gr: { what: 'the country code of Greece', right: 'el', language: 'Greek' },
  no: { what: 'Norwegian in general, which has two written forms', right: 'nb', language: 'Norwegian Bokmål (Nynorsk is "nn")' },
  ir: { what: 'the country code of Iran', right: 'fa', language: 'Persian' },
  kr: { what: 'the country code of South Korea (as a language code, Kanuri)', right: 'ko', language: 'Korean' },
  vn: { what: 'the country code of Vietnam', right: 'vi', language: 'Vietnamese' },
};

/** Languages people who may be trafficked to Northern Europe read, for "did you mean". */
const COMMON = [
  'en', 'nb', 'nn', 'sv', 'da', 'fi', 'is', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'lt', 'lv', 'et', 'ro', 'bg', 'hu', 'cs', 'sk',
  'uk', 'ru', 'be', 'ka', 'hy', 'tr', 'ar', 'fa', 'ps', 'ur', 'hi', 'bn', 'ta', 'ti', 'am', 'so', 'om', 'sw', 'yo', 'ig', 'ha', 'th',
  'vi', 'tl', 'fil', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ku', 'ckb', 'sq', 'sr', 'hr', 'bs', 'mk', 'el',
];

// The shape this project uses: language, optional script, optional region.
const SHAPE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a valid code ("Ukrainian"), or undefined when CLDR does not know it. */
export function languageName(code: string): string | undefined {
  try {
    const name = names.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a language code, as a message for the content keeper, or undefined
 * when it is a canonical BCP 47 code of a language CLDR knows.
 */
export function languageCodeProblem(code: string, options: { spoken?: boolean } = {}): string | undefined {
  const confused = CONFUSED_CODES[code] ?? CONFUSED_CODES[code.toLowerCase()];
  // A spoken language may be a macrolanguage: staff speak Norwegian ("no"), not Bokmål.
  if (confused && !(options.spoken && code === 'no')) return `"${code}" is ${confused.what}, not the language code meant here: ${confused.language} is "${confused.right}"`;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(code)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical && canonical !== code && SHAPE.test(canonical)) {
    return `write the language code as "${canonical}" (${languageName(canonical) ?? 'its canonical form'}), the form BCP 47 and this project use`;
  }
  if (!canonical || !SHAPE.test(code)) {
    return `"${code}" is not a language code: use a BCP 47 code such as "en", "nb", "uk" or "zh-Hans" (language, then an optional script)`;
  }
  if (!languageName(code)) {
    const near = didYouMean(code, COMMON);
    return near
      ? `"${code}" is not a language CLDR knows: did you mean "${near}" (${languageName(near) ?? near})? Check the code in the IANA language subtag registry`
      : `"${code}" is not a language CLDR knows: check the code (the IANA language subtag registry lists them), such as "uk" for Ukrainian`;
  }
  return undefined;
}
