import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import type { ManifestEntry } from '../../src/write/index.ts';
import { comparable, readFacts, readText, type PdfText } from '../helpers/pdf.ts';
import { fontsForLocale } from '../helpers/fonts.ts';
import { ROOT, tempDir, fullBuild } from '../helpers/project.ts';

const LEAFLET = 'kom-possible-victims';
const META = parse(readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'leaflet.yaml'), 'utf8')) as { locales: string[] };
const LOCALES = META.locales;
const A5: [number, number] = [419.53, 595.28];

let outDir: string;
let entries: ManifestEntry[];
const booklets = () => entries.filter((e) => e.format === 'booklet-a5');
// Every format a leaflet lists, with the companions finishing makes of them.
const OUTPUTS = ['booklet-a5', 'booklet-a5-imposed', 'trifold-dl', 'card', 'card-sheet', 'email-a4', 'flyer-a4', 'flyer-a5'];
const texts = new Map<string, PdfText>();

/** Section headings as the content file of a locale has them. */
async function headings(locale: string): Promise<string[]> {
  const doc = parse(await readFile(join(ROOT, 'content/leaflets', LEAFLET, `${locale}.yaml`), 'utf8')) as {
    sections: Array<{ heading: string }>;
  };
  return doc.sections.map((s) => s.heading);
}

beforeAll(async () => {
  // Read from the run's one full build (tests/global-build.ts).
  const full = await fullBuild();
  outDir = full.outDir;
  entries = full.entries.filter((e) => e.leaflet === LEAFLET);
  for (const e of booklets()) texts.set(e.locale, await readText(join(outDir, e.file)));
  // Every format in 17 languages, and the site with a picture of each PDF's first page.
}, 900_000);

describe('the KOM leaflet, built end to end', () => {
  it('builds every format in every language and lists each PDF in the manifest', async () => {
    expect(booklets().map((e) => e.locale).sort()).toEqual([...LOCALES].sort());
    // The site's files (output/site/, listed after the PDFs) are the site tests' business.
    const manifest = (JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as ManifestEntry[]).filter((e) => !e.file.startsWith('site/') && e.leaflet === LEAFLET);
    expect(manifest).toHaveLength(LOCALES.length * OUTPUTS.length);
    for (const locale of LOCALES) expect(manifest.filter((e) => e.locale === locale).map((e) => e.format).sort()).toEqual([...OUTPUTS].sort());
    for (const e of manifest) {
      expect(e.file).toBe(`${LEAFLET}/${LEAFLET}.${e.locale}.${e.format}.pdf`);
      expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
      const bytes = await readFile(join(outDir, e.file));
      expect(e.bytes).toBe(bytes.byteLength);
      expect(e.status).toBe(e.locale === 'en' ? 'source' : 'machine');
    }
    expect(await readdir(join(outDir, LEAFLET))).toHaveLength(LOCALES.length * OUTPUTS.length);
  });

  it.each(LOCALES)('%s: has every section heading, the KOM number as printed in Norway and the email', async (locale) => {
    const text = texts.get(locale)!;
    const compact = comparable(text.all);
    for (const heading of await headings(locale)) expect(compact).toContain(comparable(heading));
    expect(text.all).toContain('47 45 15 00');
    expect(text.all).toContain('KOM.pod@politiet.no');
    // The emergency number and every back-page contact number come from contacts.yaml.
    for (const number of ['112', '02800', '22 33 11 60', '116 111', '+47 95 41 17 55', '23 10 53 20']) {
      expect(text.pages.at(-1)).toContain(number);
    }
  });

  it.each(LOCALES)('%s: A5 pages, a multiple of 4, /Lang set, the manifest\'s fonts embedded, metadata localized', async (locale) => {
    const entry = booklets().find((e) => e.locale === locale)!;
    const facts = await readFacts(join(outDir, entry.file));
    expect(facts.pageCount % 4).toBe(0);
    expect(facts.pageCount).toBe(entry.pages);
    for (const size of facts.trimSizes) expect(size).toEqual(A5);
    expect(facts.lang).toBe(locale);
    expect(facts.unembedded).toEqual([]);
    // Only the fonts of this locale's chain, and its script's own face among them.
    const chain = fontsForLocale(locale);
    expect(facts.fonts.length).toBeGreaterThan(0);
    for (const font of facts.fonts) expect(chain.all).toContain(font);
    expect(facts.fonts).toContain(chain.first);
    const title = parse(await readFile(join(ROOT, 'content/leaflets', LEAFLET, `${locale}.yaml`), 'utf8')).title as string;
    expect(facts.title).toBe(title);
    expect(facts.author).toMatch(/KOM/);
    expect(facts.subject).toBeTruthy();
  });

  it.each(LOCALES)('%s: passed preflight in every format (no heading ends a page alone, numbers whole, …)', (locale) => {
    const built = entries.filter((e) => e.locale === locale);
    expect(built.length).toBeGreaterThan(0);
    for (const e of built) expect(e.preflight, e.file).toMatchObject({ passed: true });
  });

  it('prints the page count on the last page, in the language and with its plural form', () => {
    expect(texts.get('en')!.pages.at(-1)).toMatch(/This leaflet has (\d+) pages\./);
    // 12 in Ukrainian takes the "many" form: сторінок.
    const uk = texts.get('uk')!;
    const pages = uk.pages.length;
    expect(new Intl.PluralRules('uk').select(pages)).toBe('many');
    expect(uk.pages.at(-1)).toContain(`Ця брошура має ${pages} сторінок.`);
  });

  it('prints opening hours with the reader\'s weekday names', () => {
    expect(texts.get('en')!.all).toContain('Monday to Friday 08:00–16:00');
    expect(texts.get('nb')!.all).toContain('mandag til fredag kl. 08:00–16:00');
    expect(texts.get('uk')!.all).toContain('понеділок–пʼятниця 08:00–16:00');
    expect(texts.get('ru')!.all).toContain('понедельник–пятница 08:00–16:00');
  });

  it('marks translations as machine-made on every page, and the source text nowhere', () => {
    const en = texts.get('en')!;
    expect(en.all).not.toContain('Machine translation');
    const ru = texts.get('ru')!;
    ru.pages.forEach((page) => expect(page).toContain('Машинный перевод, ещё не проверен'));
  });

  it('dates PDFs from the leaflet, or from SOURCE_DATE_EPOCH, never the clock', async () => {
    const leaflet = parse(await readFile(join(ROOT, 'content/leaflets', LEAFLET, 'leaflet.yaml'), 'utf8')) as { validFrom: string };
    const en = await PDFDocument.load(await readFile(join(outDir, booklets().find((e) => e.locale === 'en')!.file)), { updateMetadata: false });
    expect(en.getCreationDate()?.toISOString()).toBe(`${leaflet.validFrom}T00:00:00.000Z`);
    const epochOut = await tempDir('kom-epoch');
    const [pinned] = await build({ root: ROOT, outDir: epochOut, leaflet: LEAFLET, locale: 'en', sourceDateEpoch: 1_700_000_000 });
    const doc = await PDFDocument.load(await readFile(join(epochOut, pinned!.file)), { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe(new Date(1_700_000_000_000).toISOString());
  });

  it.each(['en', 'ar'])('%s: gives identical bytes in every format when built again', async (locale) => {
    const again = await build({ root: ROOT, outDir: await tempDir('kom-again'), leaflet: LEAFLET, locale });
    const sha = (list: ManifestEntry[]) => Object.fromEntries(list.map((e) => [e.file, e.sha256]));
    expect(again).toHaveLength(OUTPUTS.length);
    expect(sha(again)).toEqual(sha(entries.filter((e) => e.locale === locale)));
  });
});
