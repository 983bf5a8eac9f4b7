/**
 * Every input schema of the project, in one place. Loaders validate against these and
 * the rest of the pipeline works on the inferred types.
 */
import { z } from 'zod';
import { parseHours } from './hours.ts';
import { languageCodeProblem } from './validate/language-code.ts';
import { ICON_NAMES } from './icons.ts';

export { z };

/** BCP 47 language tag as we use it: `en`, `nb`, `uk`, `zh-Hans`. */
const localeCode = z.string().superRefine((code, ctx) => {
  // Canonical BCP 47 and known to CLDR; "ua" and other country codes answered with the right code.
  const problem = languageCodeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A language people speak with callers: as a locale code, but Norwegian may be "no". */
const spokenLanguage = z.string().superRefine((code, ctx) => {
  const problem = languageCodeProblem(code, { spoken: true });
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'expected an id in lower case letters, digits and hyphens, such as "kom" or "iom-oslo"',
});

const country = z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as "NO"' });

/**
 * Caps on content, far above any real leaflet (the longest text today has 731
 * characters, the longest list 20 entries), so that a pasted document or a generated
 * file is refused with a message instead of slowing every later stage. Files are capped
 * too, at 2 MB (src/load/read-content.ts).
 */
export const LIMITS = {
  /**
   * Characters in one text: a title, a paragraph, a list item, a ui string. Room for a
   * paragraph far too long for any panel (the fit tests overflow a tri-fold with one of
   * about 20,000), so that the fitting, not this cap, says what is too long.
   */
  textChars: 25_000,
  /** Entries in one list: sections, blocks, list items, contacts, languages. */
  listItems: 500,
  /** Strings in one ui file (the English has about 40). */
  uiStrings: 1_000,
} as const;

const text = () => z.string().max(LIMITS.textChars);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

const nonEmpty = text().trim().min(1, { error: 'expected text, found an empty string' });

// ---------------------------------------------------------------------------------
// contacts.yaml

const phone = z
  .strictObject({
    use: z.enum(['main', 'abroad', 'whatsapp']).default('main'),
    e164: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected an E.164 number: "+", country code and digits, no spaces' })
      .optional(),
    short: z.string().regex(/^\d{3,6}$/, { error: 'expected a short number of 3 to 6 digits' }).optional(),
    display: z
      .string()
      .regex(/^[0-9 ]+$/, { error: 'expected digits and spaces, as the number is printed in its country' })
      .optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.e164 === undefined) === (p.short === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either `e164` or `short`, not both and not neither' });
    }
    if (p.e164 !== undefined && p.display === undefined) {
      ctx.addIssue({ code: 'custom', path: ['display'], message: 'give `display`, the number as printed in its country' });
    }
  });

const hours = z.string().transform((text, ctx) => {
  const parsed = parseHours(text);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed, input: text });
    return z.NEVER;
  }
  return parsed;
});

export const contactSchema = z.strictObject({
  id,
  country,
  /**
   * The short name or abbreviation ("KOM", "IOM"): one for every language, or one per
   * language where it differs (the IOM is "OIM" in French, "МОМ" in Russian); a language
   * a map does not list takes the English.
   */
  short: z
    .union([nonEmpty, z.record(localeCode, nonEmpty).refine((n) => 'en' in n, { error: 'give at least the English short name (`en`)' })])
    .optional(),
  name: z.record(localeCode, nonEmpty).refine((n) => 'en' in n, { error: 'give at least the English name (`en`)' }),
  /** What the service is, in a few words per language ("help for victims of trafficking"), printed beside its name. */
  role: z.record(localeCode, nonEmpty).refine((n) => 'en' in n, { error: 'give at least the English role (`en`)' }).optional(),
  /** The languages its staff speak with callers (BCP 47 codes, `no` for Norwegian), printed as a phrase in the reader's language. */
  languages: list(spokenLanguage).min(1).optional(),
  phones: list(phone).default([]),
  email: z.email({ error: 'expected an email address' }).optional(),
  web: z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' }).optional(),
  hours: hours.optional(),
  source: nonEmpty,
});

export const contactsFileSchema = z.strictObject({ contacts: list(contactSchema).min(1) });

// ---------------------------------------------------------------------------------
// locales.yaml

export const localeSchema = z.strictObject({
  code: localeCode,
  name: nonEmpty,
  endonym: nonEmpty,
  script: z.string().regex(/^[A-Z][a-z]{3}$/, { error: 'expected an ISO 15924 script code such as "Latn" or "Cyrl"' }),
  direction: z.enum(['ltr', 'rtl']),
  hyphenation: z.string().regex(/^(none|[a-z]{2,3}(-[a-z0-9]+)*)$/, { error: 'expected a pattern set name such as "nb" or "en-gb", or none' }),
  /**
   * Where lines may break: `spaces` between space-separated words (most scripts), or
   * `segmenter` between words found by Intl.Segmenter, for scripts written without
   * spaces between words (Thai, Chinese).
   */
  lineBreaks: z.enum(['spaces', 'segmenter']).default('spaces'),
  /**
   * For `lineBreaks: segmenter`: words the segmenter's dictionary does not know and so
   * would split ("การกระทำ" came out as "การก|ระ|ทำ"). Lines never break inside them.
   */
  keepWhole: z.array(nonEmpty).default([]),
  /**
   * Look-alike characters that are wrong in this language, with the right one: Romanian
   * ş (cedilla) for ș (comma below), Persian ي for ی. A translation using one is refused.
   */
  wrongCharacters: z.record(z.string().length(1, { error: 'expected a single character' }), z.string().min(1)).default({}),
  /** Locale for dates, weekday names and times when it differs from `code` (en → en-GB). */
  intl: localeCode.optional(),
});

export const localesFileSchema = z.strictObject({ locales: list(localeSchema).min(1) });

// ---------------------------------------------------------------------------------
// leaflets/<id>/leaflet.yaml

export const formatIds = ['booklet-a5', 'trifold-dl', 'card', 'email-a4', 'flyer-a4', 'flyer-a5'] as const;
/** The language chart's own format: not a leaflet format, one sheet for all languages. */
export const CHART_FORMAT = 'chart-a4';
export const CHART_ID = 'language-chart';

/**
 * Where a leaflet's facts come from: a text saved in content/sources/ (`seed`, checked to
 * exist), or a public web page (`url`) with the `date` it was read, since a page changes.
 */
const leafletSource = z
  .strictObject({
    seed: z.string().regex(/^[\w.-]+\.txt$/, { error: 'expected the name of a text file in content/sources/, such as "001_c92a701fbf26fe5e.txt"' }).optional(),
    url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' }).optional(),
    date: z.iso.date({ error: 'expected the date you read the source, as YYYY-MM-DD' }).optional(),
    title: nonEmpty,
  })
  .superRefine((s, ctx) => {
    if ((s.seed === undefined) === (s.url === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message:
          s.seed === undefined
            ? 'missing field `seed` or `url`: give the source text, as `seed: 001_c92a701fbf26fe5e.txt` (a file in content/sources/) or as `url: https://…` with `date: 2026-11-30`, the day you read it'
            : 'give either `seed` or `url`, not both',
      });
    }
    if (s.url !== undefined && s.date === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'missing field `date`: a web page changes, so give the day you read it, for example `date: 2026-11-30`' });
    }
  });

export const leafletSchema = z.strictObject({
  // output/site/ is the site's folder: a leaflet of that name would have its PDFs in it.
  id: id.refine((v) => v !== 'site', { error: 'the id "site" is taken by the site\'s folder output/site/: choose another id' }),
  sourceLocale: localeCode,
  country,
  publisher: id,
  source: leafletSource,
  validFrom: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  formats: list(z.enum(formatIds)).min(1),
  locales: list(localeCode).min(1),
  hotline: id,
  emergency: id.optional(),
  contacts: list(id).min(1),
  /** The short version for the tri-fold: whole sections' headings with chosen blocks. */
  short: list(z.strictObject({ section: id, blocks: list(id).min(1) })).min(1).optional(),
  /** The hotlines on the back of the wallet card (three fit), in this order. */
  card: list(id).min(1).max(4).optional(),
  /**
   * The card front's words of reassurance: units of the leaflet's own text, such as
   * `cover.notes.0`, printed one after the other, so every translation follows.
   */
  cardReassurance: list(nonEmpty).min(1).max(3).optional(),
  /**
   * The tri-fold's flap. `rights`: a list block (`<section>.<block>`) whose items have an
   * `icon` and a `short` label in the source text, shown as "your rights at a glance".
   * Without it the flap shows "who can help": the leaflet's hotlines.
   */
  flap: z.strictObject({ rights: nonEmpty }).optional(),
  /**
   * The one-page flyer: three to five key lines, each a text unit of the leaflet
   * (`section.block`, or `section.block.2` for a list item), and optionally a second
   * language printed beside the reader's (Norwegian or English).
   */
  flyer: z
    .strictObject({
      lines: list(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a text of the leaflet as section.block, such as "entitled-to.confidentiality", or section.block.2 for a list item' }))
        .min(3)
        .max(5),
      secondLocale: z.enum(['nb', 'en']).optional(),
    })
    .optional(),
});

// ---------------------------------------------------------------------------------
// publishing.yaml

export const publishingSchema = z.strictObject({
  onlineBaseUrl: z.url({ protocol: /^https$/, error: 'expected a web address starting with https://' }).refine((u) => u.endsWith('/'), {
    error: 'end the address with "/": the build adds <leaflet>/<file>.pdf',
  }),
});

// ---------------------------------------------------------------------------------
// language-chart.yaml

export const chartSchema = z.strictObject({
  titleLocales: list(localeCode).min(1),
  validFrom: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
});

// ---------------------------------------------------------------------------------
// leaflets/<id>/<locale>.yaml

export const translationStatuses = ['source', 'machine', 'translated', 'reviewed', 'approved'] as const;

const listItem = z.union([
  nonEmpty,
  z.strictObject({
    text: nonEmpty,
    list: list(nonEmpty).min(1).optional(),
    /** A pictogram for the item (src/icons.ts), chosen in the source text: translations keep it. */
    icon: z.enum(ICON_NAMES, { error: `expected an icon name: one of ${ICON_NAMES.join(', ')}` }).optional(),
    /** The item in a few words, for the tri-fold flap's "your rights at a glance": a unit, translated like the text. */
    short: nonEmpty.optional(),
  }),
]);

const block = z
  .strictObject({
    id,
    text: nonEmpty.optional(),
    callout: nonEmpty.optional(),
    list: list(listItem).min(1).optional(),
  })
  .superRefine((b, ctx) => {
    const kinds = ['text', 'callout', 'list'].filter((k) => b[k as keyof typeof b] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a block has exactly one of \`text\`, \`callout\` or \`list\`; found ${kinds.length ? kinds.join(' and ') : 'none'}`,
      });
    }
  });

export const leafletTextSchema = z.strictObject({
  locale: localeCode,
  translation: z.strictObject({
    /** The status of every unit not listed under `units`. */
    status: z.enum(translationStatuses),
    note: text().optional(),
    /**
     * Per unit: its status and the hash of the source text it was made from, as
     * "reviewed 3f2a9c1b". Written by `leaflets stamp` and `leaflets import`.
     */
    units: z
      .record(
        z.string(),
        z.string().regex(/^(machine|translated|reviewed|approved) [0-9a-f]{8}$/, {
          error: 'expected a status and a source hash, such as "reviewed 3f2a9c1b"',
        }),
      )
      .default({}),
  }),
  title: nonEmpty,
  cover: z.strictObject({ lead: nonEmpty, notes: list(nonEmpty).default([]) }),
  sections: list(z.strictObject({ id, heading: nonEmpty, blocks: list(block).min(1) })).min(1),
});

// ---------------------------------------------------------------------------------
// ui/<locale>.yaml: nested string maps for i18next

type UiTree = { [key: string]: string | UiTree };
const uiTree: z.ZodType<UiTree> = z.lazy(() => z.record(z.string(), z.union([text(), uiTree])));
export const uiStringsSchema: z.ZodType<UiTree> = uiTree.check((ctx) => {
  let count = 0;
  const stack: unknown[] = [ctx.value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') count++;
    else if (node && typeof node === 'object') stack.push(...Object.values(node));
  }
  if (count > LIMITS.uiStrings) {
    ctx.issues.push({ code: 'too_big', origin: 'ui', maximum: LIMITS.uiStrings, input: count, message: '' });
  }
});

// ---------------------------------------------------------------------------------
// fonts/manifest.yaml

const fontFile = z.string().regex(/^[\w.-]+\.(ttf|otf)$/, { error: 'expected a .ttf or .otf file name in fonts/' });

export const fontsManifestSchema = z.strictObject({
  families: z
    .array(
      z.strictObject({
        family: nonEmpty,
        covers: nonEmpty,
        licence: fontFile.or(z.string().regex(/^[\w.-]+\.txt$/)),
        source: nonEmpty,
        version: nonEmpty,
        files: z.strictObject({ regular: fontFile, bold: fontFile, italic: fontFile.optional(), boldItalic: fontFile.optional() }),
      }),
    )
    .min(1),
  chains: z.record(z.string(), list(nonEmpty).min(1)),
  sizeAdjust: z.record(z.string(), z.number().min(0.5).max(2)).default({}),
});

export type ContactsFile = z.infer<typeof contactsFileSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Phone = Contact['phones'][number];
export type Locale = z.infer<typeof localeSchema>;
export type Leaflet = z.infer<typeof leafletSchema>;
export type LeafletText = z.infer<typeof leafletTextSchema>;
export type Block = LeafletText['sections'][number]['blocks'][number];
export type ListItem = NonNullable<Block['list']>[number];
export type TranslationStatus = (typeof translationStatuses)[number];
export type FormatId = (typeof formatIds)[number];
export type UiStrings = UiTree;
export type FontsManifest = z.infer<typeof fontsManifestSchema>;
export type Chart = z.infer<typeof chartSchema>;
export type Publishing = z.infer<typeof publishingSchema>;
