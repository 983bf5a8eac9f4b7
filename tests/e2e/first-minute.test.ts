import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from '../../src/format-properties.ts';
import { placeRegions } from '../../src/preflight/lines.ts';
import { scanQrCodes } from '../../src/preflight/qr-scan.ts';
import { readPdf } from '../../src/preflight/read-pdf.ts';
import type { ManifestEntry } from '../../src/write/index.ts';
import { imageCount, readItems, readText } from '../helpers/pdf.ts';
import { edit, fixtureProject, fullBuild, ROOT, runCli } from '../helpers/project.ts';

// The reader's first minute (issue 12) and the flyer (issue 14), read back from the PDFs.
// What must be printed is worked out from content/ here, not from the code that prints it.

type Phone = { display?: string; short?: string; e164?: string; use?: string };
type Contact = { id: string; short?: string; name: Record<string, string>; role?: Record<string, string>; phones?: Phone[]; hours?: string };
type Leaflet = { id: string; hotline: string; emergency?: string; contacts: string[]; formats: string[]; flyer?: { lines: string[]; secondLocale?: string } };

const CONTACTS = (parse(readFileSync(join(ROOT, 'content/contacts.yaml'), 'utf8')) as { contacts: Contact[] }).contacts;
const leafletMeta = (id: string) => parse(readFileSync(join(ROOT, 'content/leaflets', id, 'leaflet.yaml'), 'utf8')) as Leaflet;
const contact = (id: string) => CONTACTS.find((c) => c.id === id)!;
/** Digits only: the text layer gives no-break spaces and bidi isolates back in many ways. */
const digits = (s: string) => s.replace(/\D/g, '');

/** The always-open services a leaflet names that can be phoned, and its emergency number. */
function alwaysOpen(meta: Leaflet): Contact[] {
  const ids = [...(meta.emergency ? [meta.emergency] : []), ...meta.contacts];
  return [...new Set(ids)].map(contact).filter((c) => (c.hours === '24/7' || c.id === meta.emergency) && (c.phones?.length ?? 0) > 0);
}

let outDir: string;
const entries: ManifestEntry[] = [];
const file = (leaflet: string, locale: string, format: string) => join(outDir, leaflet, `${leaflet}.${locale}.${format}.pdf`);

// Covers in en and ar (one script each way), the KOM flyer in en, ar and th, and two
// leaflets whose hotline is ROSA (always open itself).
const BUILDS: Array<[string, string, string]> = [
  ['kom-possible-victims', 'en', 'booklet-a5'],
  ['kom-possible-victims', 'en', 'email-a4'],
  ['kom-possible-victims', 'ar', 'booklet-a5'],
  ['kom-possible-victims', 'ar', 'email-a4'],
  ['kom-possible-victims', 'zh-Hans', 'email-a4'],
  ['kom-possible-victims', 'en', 'flyer-a4'],
  ['kom-possible-victims', 'ar', 'flyer-a4'],
  ['kom-possible-victims', 'th', 'flyer-a4'],
  ['kom-possible-victims', 'en', 'flyer-a5'],
  ['no-stay-safe', 'en', 'email-a4'],
  ['no-residence-permits', 'en', 'booklet-a5'],
];

beforeAll(async () => {
  // Read from the run's one full build (tests/global-build.ts).
  const full = await fullBuild();
  outDir = full.outDir;
  entries.push(...full.entries.filter((e) => BUILDS.some(([leaflet, locale, format]) => e.leaflet === leaflet && e.locale === locale && (e.format === format || e.format === `${format}-imposed`))));
}, 600_000);

describe('a number for every hour, on every cover', () => {
  const covers = BUILDS.filter(([, , f]) => f === 'booklet-a5' || f === 'email-a4');
  it.each(covers)('%s %s %s: page 1 prints the hotline and every always-open service with its number', async (leaflet, locale, format) => {
    const meta = leafletMeta(leaflet);
    const page1 = (await readText(file(leaflet, locale, format))).pages[0]!;
    const open = alwaysOpen(meta);
    expect(open.length).toBeGreaterThan(0);
    for (const c of [contact(meta.hotline), ...open]) {
      const main = c.phones?.[0];
      if (main) expect(digits(page1)).toContain(digits(main.display ?? main.short ?? ''));
      // Named as the reader knows it: its short name, or its name in this language.
      if (locale === 'en') expect(page1).toContain(c.short && !/^\d+$/.test(c.short) ? c.short : c.name.en!.split(' – ')[0]!);
      // And what it is, where contacts.yaml says.
      if (c.role?.[locale] && locale === 'en') expect(page1).toContain(c.role[locale]);
    }
  });

  it.each(covers)('%s %s %s: every number printed large has its +47 form beside it, at 9 pt or more', async (leaflet, locale, format) => {
    const meta = leafletMeta(leaflet);
    const { items } = await readItems(file(leaflet, locale, format));
    const page1 = items.filter((i) => i.page === 1);
    for (const c of [contact(meta.hotline), ...alwaysOpen(meta)]) {
      const main = c.phones?.[0];
      if (!main?.e164) continue; // a short number (112, 116 111) works only in the country
      const plus = page1.filter((i) => digits(i.str) === digits(main.e164!) && i.str.includes('+'));
      expect(plus.length, `${c.id} +47 form on page 1`).toBeGreaterThan(0);
      for (const i of plus) expect(i.size).toBeGreaterThanOrEqual(9);
      // The number itself is large: the largest text on the page but the title.
      const large = page1.filter((i) => digits(i.str) === digits(main.display!) && !i.str.includes('+'));
      expect(Math.max(...large.map((i) => i.size))).toBeGreaterThanOrEqual(18);
    }
  });

  it('says when the hotline is closed whom to call instead; a hotline open day and night says "any time"', async () => {
    expect((await readText(file('kom-possible-victims', 'en', 'booklet-a5'))).pages[0]).toContain('When KOM is closed');
    const rosa = (await readText(file('no-stay-safe', 'en', 'email-a4'))).pages[0]!;
    expect(rosa).not.toContain('is closed');
    expect(rosa).toContain('Any time, day or night');
  });

  it('the email edition opens with tap-to-call links and the text on the same page', async () => {
    const text = (await readText(file('kom-possible-victims', 'en', 'email-a4'))).pages[0]!;
    expect(text).toContain('What is human trafficking?');
    const doc = await getDocument({ data: new Uint8Array(await readFile(file('kom-possible-victims', 'en', 'email-a4'))), isEvalSupported: false }).promise;
    const links = ((await (await doc.getPage(1)).getAnnotations()) as Array<{ url?: string; unsafeUrl?: string }>).map((a) => a.unsafeUrl ?? a.url);
    await doc.destroy();
    for (const tel of ['tel:+4747451500', 'tel:112', 'tel:+4722331160', 'tel:116111']) expect(links).toContain(tel);
  });

  it('the email edition sets at most about 75 characters a line', async () => {
    const { items } = await readItems(file('kom-possible-victims', 'en', 'email-a4'));
    const lines = new Map<string, number>();
    for (const i of items.filter((x) => x.size >= 11.5 && x.size <= 12.5)) {
      const key = `${i.page}:${Math.round(i.y)}`;
      lines.set(key, (lines.get(key) ?? 0) + [...i.str].length);
    }
    expect(lines.size).toBeGreaterThan(100);
    expect(Math.max(...lines.values())).toBeLessThanOrEqual(76);
  });

  it('the largest email edition (Chinese, with its font subset) stays under 150 KB', async () => {
    const entry = entries.find((e) => e.locale === 'zh-Hans' && e.format === 'email-a4')!;
    expect(entry.bytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('a booklet with pages to spare sets its body larger than 10.5 pt instead of adding notes pages', async () => {
    const { items } = await readItems(file('no-residence-permits', 'en', 'booklet-a5'));
    const sizes = new Map<number, number>();
    for (const i of items.filter((x) => x.page === 2)) sizes.set(Math.round(i.size * 10) / 10, (sizes.get(Math.round(i.size * 10) / 10) ?? 0) + i.str.length);
    const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(body).toBeGreaterThan(10.5);
    expect(body).toBeLessThanOrEqual(12);
  });

  it('the contacts page says what each service is beside its name', async () => {
    const meta = leafletMeta('kom-possible-victims');
    const pages = (await readText(file('kom-possible-victims', 'en', 'booklet-a5'))).pages;
    const back = pages.at(-1)!;
    for (const id of meta.contacts) {
      const role = contact(id).role?.en;
      if (role) expect(back).toContain(role);
    }
  });
});

describe('the flyer', () => {
  const meta = leafletMeta('kom-possible-victims');
  const { onlineBaseUrl } = parse(readFileSync(join(ROOT, 'content/publishing.yaml'), 'utf8')) as { onlineBaseUrl: string };

  it.each([
    ['en', 'flyer-a4'],
    ['ar', 'flyer-a4'],
    ['th', 'flyer-a4'],
    ['en', 'flyer-a5'],
  ])('%s %s: one page that passed preflight, with the numbers, the key lines and a QR code that leads to the online edition', async (locale, format) => {
    const entry = entries.find((e) => e.locale === locale && e.format === format);
    expect(entry?.preflight?.passed).toBe(true);
    expect(entry?.pages).toBe(1);
    const path = file('kom-possible-victims', locale, format);
    const text = (await readText(path)).all;
    for (const c of [contact(meta.hotline), ...alwaysOpen(meta)]) expect(digits(text)).toContain(digits(c.phones![0]!.display ?? c.phones![0]!.short!));
    expect(digits(text)).toContain(digits(contact(meta.hotline).phones![0]!.e164!));
    const bytes = await readFile(path);
    const pdf = await readPdf(bytes);
    // A vector QR code (no image), read as a phone would, at least 20 mm (print norms),
    // leading to the leaflet's page of the site in this language.
    expect(await imageCount(bytes)).toBe(0);
    const codes = await scanQrCodes(bytes, placeRegions(pdf, FORMAT_LIMITS[format as 'flyer-a4' | 'flyer-a5'], locale === 'ar'));
    expect(codes.map((c) => c.data)).toEqual([`${onlineBaseUrl}kom-possible-victims/${locale}/`]);
    expect(codes[0]!.widthMm).toBeGreaterThanOrEqual(19.7);
    const { items } = await readItems(path);
    expect(Math.min(...items.map((i) => i.size))).toBeGreaterThanOrEqual(8);
  });

  it('prints the chosen key lines, and on A4 the second language beside the reader\'s', async () => {
    const en = parse(readFileSync(join(ROOT, 'content/leaflets/kom-possible-victims/en.yaml'), 'utf8')) as { sections: Array<{ id: string; blocks: Array<{ id: string; text?: string; callout?: string }> }> };
    const a4 = (await readText(file('kom-possible-victims', 'en', 'flyer-a4'))).all;
    for (const line of meta.flyer!.lines) {
      const [section, block] = line.split('.');
      const b = en.sections.find((s) => s.id === section)!.blocks.find((x) => x.id === block)!;
      // The first words of the line: the text layer joins wrapped lines with spaces.
      expect(a4).toContain((b.text ?? b.callout)!.replace(/\s+/g, ' ').split(' ').slice(0, 5).join(' '));
    }
    expect(meta.flyer!.secondLocale).toBe('nb');
    expect(a4).toContain('Norsk bokmål');
    expect((await readText(file('kom-possible-victims', 'en', 'flyer-a5'))).all).not.toContain('Norsk bokmål');
  });
});

describe('the flyer in leaflet.yaml', () => {
  const META = 'content/leaflets/mini/leaflet.yaml';
  const withFlyer = async (flyer: string) => {
    const root = await fixtureProject('minimal');
    await edit(root, META, 'formats: [booklet-a5]', `formats: [booklet-a5, flyer-a5]\n${flyer}`);
    return root;
  };

  it('builds a flyer from three texts of the leaflet, a list item among them', async () => {
    const root = await withFlyer('flyer:\n  lines: [first.call, first.points.0, second.note]\n  secondLocale: en');
    const result = await runCli(root, ['build', '--format', 'flyer-a5']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const text = (await readText(join(root, 'output/mini/mini.ru.flyer-a5.pdf'))).all;
    expect(text).toContain('Первый пункт');
  });

  it.each([
    ['a whole list', 'flyer:\n  lines: [first.call, first.points, second.note]', /^content\/leaflets\/mini\/leaflet\.yaml:11:\d+ {2}flyer\.lines\[1\]: "first\.points" is a whole list, not one line: choose one of its items, such as first\.points\.0$/m],
    ['a misspelt text', 'flyer:\n  lines: [first.cal, first.points.0, second.note]', /^content\/leaflets\/mini\/leaflet\.yaml:11:\d+ {2}flyer\.lines\[0\]: the source text has no text "first\.cal" for the flyer: did you mean "first\.call"\?/m],
    ['too few lines', 'flyer:\n  lines: [first.call, second.note]', /^content\/leaflets\/mini\/leaflet\.yaml:11:\d+ {2}flyer\.lines: the list needs at least 3 entries$/m],
    ['a second language the leaflet is not in', 'flyer:\n  lines: [first.call, first.points.0, second.note]\n  secondLocale: nb', /^content\/leaflets\/mini\/leaflet\.yaml:12:\d+ {2}flyer\.secondLocale: the flyer's second language "nb" is not in this leaflet's `locales`/m],
    ['no flyer field', '', /^content\/leaflets\/mini\/leaflet\.yaml:9:\d+ {2}formats: the format flyer needs `flyer` in this file/m],
  ])('%s: one line naming the place and what to do', async (_name, flyer, expected) => {
    const root = await withFlyer(flyer);
    const result = await runCli(root, ['check']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(expected);
    expect(result.err).not.toMatch(/^\s+at /m);
  });
});
