import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { saddleStitchOrder } from '../../src/finish/impose.ts';
import { cardSheetSlots } from '../../src/finish/geometry.ts';
import { FORMAT_LIMITS } from '../../src/format-properties.ts';
import { placeRegions } from '../../src/preflight/lines.ts';
import { imageCount } from '../helpers/pdf.ts';
import { renderPages, scanQrCodes } from '../../src/preflight/qr-scan.ts';
import { readPdf } from '../../src/preflight/read-pdf.ts';
import { pageContent, readItems, type TextItem } from '../helpers/pdf.ts';
import { edit, fixtureProject, hasTool, ROOT, runCli, tempDir } from '../helpers/project.ts';

const LEAFLET = 'kom-possible-victims';
const MM = 72 / 25.4;
let outDir: string;
const file = (locale: string, format: string) => join(outDir, LEAFLET, `${LEAFLET}.${locale}.${format}.pdf`);
const load = async (path: string) => PDFDocument.load(await readFile(path), { updateMetadata: false });
const mm = (pt: number) => Math.round((pt / MM) * 100) / 100;

beforeAll(async () => {
  outDir = await tempDir('formats');
  for (const locale of ['en', 'ar']) await build({ root: ROOT, outDir, leaflet: LEAFLET, locale });
});

/** Page boxes in millimetres: [x, y, width, height]. */
function boxes(pdf: PDFDocument, index = 0) {
  const page = pdf.getPage(index);
  const b = (r: { x: number; y: number; width: number; height: number }) => [mm(r.x), mm(r.y), mm(r.width), mm(r.height)];
  return { media: b(page.getMediaBox()), bleed: b(page.getBleedBox()), trim: b(page.getTrimBox()) };
}

const contains = (outer: number[], inner: number[]) =>
  inner[0]! >= outer[0]! - 0.01 && inner[1]! >= outer[1]! - 0.01 && inner[0]! + inner[2]! <= outer[0]! + outer[2]! + 0.01 && inner[1]! + inner[3]! <= outer[1]! + outer[3]! + 0.01;

describe('page sizes and boxes', () => {
  it.each([
    ['booklet-a5', 148, 210, 3],
    ['card', 85.6, 53.98, 3],
    ['trifold-dl', 297, 210, 3],
  ])('%s: TrimBox is the finished size, BleedBox 3 mm around it, MediaBox around both', async (format, width, height, bleed) => {
    const pdf = await load(file('en', format));
    for (let i = 0; i < pdf.getPageCount(); i++) {
      const { media, bleed: bleedBox, trim } = boxes(pdf, i);
      expect(trim.slice(2)).toEqual([width, height]);
      expect(bleedBox.slice(2)).toEqual([width + 2 * bleed, height + 2 * bleed]);
      expect(contains(bleedBox, trim)).toBe(true);
      expect(contains(media, bleedBox)).toBe(true);
      expect(media[2]! > bleedBox[2]!).toBe(true); // room for crop marks
    }
  });

  it.each([
    ['booklet-a5-imposed', 297, 210],
    ['card-sheet', 210, 297],
    ['email-a4', 210, 297],
  ])('%s: plain %d × %d mm pages', async (format, width, height) => {
    const pdf = await load(file('en', format));
    for (let i = 0; i < pdf.getPageCount(); i++) expect(boxes(pdf, i).media.slice(2)).toEqual([width, height]);
  });
});

/** Booklet page numbers, identified by the text each page carries. */
async function identify(format: string, locale: string) {
  const booklet = await readItems(file(locale, 'booklet-a5'));
  const signature = (items: TextItem[]) => items.map((i) => i.str.trim()).filter(Boolean).join('|');
  const pages = new Map<string, number>();
  for (let p = 1; p <= Math.max(...booklet.items.map((i) => i.page)); p++) pages.set(signature(booklet.items.filter((i) => i.page === p)), p);
  const sheets = await readItems(file(locale, format));
  const result: Array<[number, number]> = [];
  for (let s = 1; s <= Math.max(...sheets.items.map((i) => i.page)); s++) {
    const side = sheets.items.filter((i) => i.page === s);
    const half = sheets.pageWidth / 2;
    const find = (items: TextItem[]) => pages.get(signature(items)) ?? -1;
    result.push([find(side.filter((i) => i.x < half)), find(side.filter((i) => i.x >= half))]);
  }
  return result;
}

describe('imposition', () => {
  it('puts booklet pages on sheets in saddle-stitch order, read back from the sheets', async () => {
    const pages = (await load(file('en', 'booklet-a5'))).getPageCount();
    const sides = await identify('booklet-a5-imposed', 'en');
    expect(sides).toEqual(saddleStitchOrder(pages, false));
    expect(sides[0]).toEqual([pages, 1]); // the outside of the first sheet: back cover | cover
  });

  it('mirrors the order for a right-to-left booklet, which binds on the right', async () => {
    const pages = (await load(file('ar', 'booklet-a5'))).getPageCount();
    const sides = await identify('booklet-a5-imposed', 'ar');
    expect(sides).toEqual(saddleStitchOrder(pages, true));
    expect(sides[0]).toEqual([1, pages]);
  });
});

describe('tri-fold', () => {
  const en = () => parse(readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'en.yaml'), 'utf8'));
  const third = (item: TextItem, width: number) => Math.floor(((item.x + item.width / 2) / width) * 3);

  it('has the front cover on the outside right, the back cover in the middle, panel 2 inside left', async () => {
    const { items, pageWidth } = await readItems(file('en', 'trifold-dl'));
    const title = items.find((i) => i.page === 1 && i.str.startsWith('Information to Persons'))!;
    const back = items.find((i) => i.page === 1 && i.str === 'Where to get help')!;
    const firstHeading = items.find((i) => i.page === 2 && i.str === en().sections[0].heading)!;
    expect(third(title, pageWidth)).toBe(2);
    expect(third(back, pageWidth)).toBe(1);
    expect(third(firstHeading, pageWidth)).toBe(0);
  });

  it('mirrors the panels for right to left', async () => {
    const ar = parse(readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'ar.yaml'), 'utf8'));
    const { items, pageWidth } = await readItems(file('ar', 'trifold-dl'));
    const title = items.find((i) => i.page === 1 && ar.title.startsWith(i.str.trim()) && i.str.trim().length > 5)!;
    const firstHeading = items.find((i) => i.page === 2 && i.str.trim() === ar.sections[0].heading)!;
    expect(third(title, pageWidth)).toBe(0);
    expect(third(firstHeading, pageWidth)).toBe(2);
  });

  it.each([
    ['en', [97, 197], [100, 200]],
    ['ar', [100, 200], [97, 197]],
  ])('%s: fold marks at %j mm outside and %j mm inside (read from the drawing)', async (locale, outside, inside) => {
    const pdf = await load(file(locale, 'trifold-dl'));
    const folds = (i: number) => {
      const trimX = pdf.getPage(i).getTrimBox().x;
      // Fold marks are the dashed lines: "[2 2] 0 d" then "x y m x y l".
      const dashed = pageContent(pdf, i).page.split(/\[2 2\] 0 d/).slice(1);
      const xs = dashed.map((chunk) => Number(/([\d.]+) [\d.]+ m/.exec(chunk)?.[1]));
      return [...new Set(xs.map((x) => Math.round((x - trimX) / MM)))];
    };
    expect(folds(0)).toEqual(outside);
    expect(folds(1)).toEqual(inside);
  });
});

describe('wallet card', () => {
  it('has a vector QR code (no image), at least 20 mm, that decodes to the online edition in its language', async () => {
    const { onlineBaseUrl } = parse(readFileSync(join(ROOT, 'content/publishing.yaml'), 'utf8')) as { onlineBaseUrl: string };
    for (const locale of ['en', 'ar']) {
      const bytes = await readFile(file(locale, 'card'));
      expect(await imageCount(bytes)).toBe(0);
      const pdf = await readPdf(bytes);
      const regions = placeRegions(pdf, FORMAT_LIMITS.card, locale === 'ar');
      const codes = await scanQrCodes(bytes, regions);
      // The leaflet's page of the site in this language (output/site/<leaflet>/<locale>/).
      expect(codes.map((c) => [c.page, c.data])).toEqual([[1, `${onlineBaseUrl}${LEAFLET}/${locale}/`]]);
      expect(codes[0]!.widthMm).toBeGreaterThanOrEqual(19.7);
    }
  });

  it('puts eight cards on the sheet, each back behind its front, every back with its QR code', async () => {
    const bytes = await readFile(file('en', 'card-sheet'));
    const { items, pageWidth } = await readItems(file('en', 'card-sheet'));
    const fronts = items.filter((i) => i.page === 1 && i.str === 'You can get help');
    const backs = items.filter((i) => i.page === 2 && i.str.startsWith('ROSA'));
    expect(fronts).toHaveLength(8);
    expect(backs).toHaveLength(8);
    // Duplex on the long edge mirrors left and right: a front in the left column has its
    // back in the right column of page 2, at the same height.
    const col = (i: TextItem) => (i.x < pageWidth / 2 ? 0 : 1);
    expect(fronts.filter((i) => col(i) === 0)).toHaveLength(4);
    expect(backs.filter((i) => col(i) === 0)).toHaveLength(4);
    const codes = await scanQrCodes(bytes, placeRegions(await readPdf(bytes), FORMAT_LIMITS['card-sheet'], false));
    expect(codes.filter((c) => c.page === 1)).toHaveLength(8);
  });

  it("runs each card's background 3 mm past its trim into the gutter, and marks every cut", async () => {
    const bytes = await readFile(file('en', 'card-sheet'));
    const px = 4; // pixels per millimetre
    const [front] = await renderPages(bytes, [0], px);
    const blue = (x: number, y: number) => {
      // Millimetres from the bottom left to the canvas's rows, which run from the top.
      const i = (Math.round((297 - y) * px) * front!.width + Math.round(x * px)) * 4;
      const [r, g, b] = [front!.data[i]!, front!.data[i + 1]!, front!.data[i + 2]!];
      return b > 100 && r < 60 && g < 100;
    };
    const card = { w: 85.6, h: 53.98 };
    for (const slot of cardSheetSlots()) {
      const mid = { x: slot.x + card.w / 2, y: slot.y + card.h / 2 };
      for (const [x, y] of [
        [slot.x - 2, mid.y],
        [slot.x + card.w + 2, mid.y],
        [mid.x, slot.y - 2],
        [mid.x, slot.y + card.h + 2],
      ] as const) {
        expect(blue(x, y), `card at ${slot.x}, ${slot.y}: blue at ${x}, ${y}`).toBe(true);
      }
      // Beyond the bleed, the sheet is white: the background stops 3 mm past the trim.
      expect(blue(slot.col === 0 ? slot.x - 4 : slot.x + card.w + 4, mid.y)).toBe(false);
    }
    // A cut mark on every card edge: a hairline starting in the margin at each cut line.
    const pdf = await load(file('en', 'card-sheet'));
    const starts = [...pageContent(pdf, 0).page.matchAll(/(-?[\d.]+) (-?[\d.]+) m\b/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const near = (a: number, b: number) => Math.abs(a - b) < 0.05;
    for (const slot of cardSheetSlots()) {
      for (const x of [slot.x, slot.x + card.w]) expect(starts.some(([sx]) => near(sx, x * MM)), `cut at x ${x} mm`).toBe(true);
      for (const y of [slot.y, slot.y + card.h]) expect(starts.some(([, sy]) => near(sy, y * MM)), `cut at y ${y} mm`).toBe(true);
    }
  });

  it.each(['en', 'ar', 'ti'])('%s: never sets text under 8 pt', async (locale) => {
    await build({ root: ROOT, outDir, leaflet: LEAFLET, locale, format: 'card' });
    const pdf = await load(file(locale, 'card'));
    for (const i of [0, 1]) {
      // react-pdf writes each run's size with "Tf" and draws at scale 1, as does finishing.
      const sizes = [...pageContent(pdf, i).forms.matchAll(/([\d.]+) Tf/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7.99);
    }
  });
});

describe('email edition', () => {
  it('has clickable phone and email links, an outline of the sections, and stays small', async () => {
    const pdf = await load(file('en', 'email-a4'));
    const uris: string[] = [];
    for (const page of pdf.getPages()) {
      const annots = page.node.lookup(PDFName.of('Annots'));
      if (!(annots instanceof PDFArray)) continue;
      for (const ref of annots.asArray()) {
        const action = (pdf.context.lookup(ref as PDFRef) as PDFDict).lookup(PDFName.of('A'));
        const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
        if (uri instanceof PDFString) uris.push(uri.decodeText());
      }
    }
    expect(uris).toContain('tel:+4747451500');
    expect(uris).toContain('mailto:KOM.pod@politiet.no');
    expect(uris).toContain('tel:112');
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'));
    expect(outlines).toBeInstanceOf(PDFDict);
    const sections = parse(readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'en.yaml'), 'utf8')).sections as Array<{ heading: string }>;
    const titles: string[] = [];
    const walk = (item: unknown) => {
      for (let node = item; node instanceof PDFDict; node = node.lookup(PDFName.of('Next'))) {
        const title = node.lookup(PDFName.of('Title'));
        if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
        walk(node.lookup(PDFName.of('First')));
      }
    };
    walk((outlines as PDFDict).lookup(PDFName.of('First')));
    for (const section of sections) expect(titles).toContain(section.heading);
    expect((await readFile(file('en', 'email-a4'))).byteLength).toBeLessThan(150 * 1024);
  });
});

describe('fit', () => {
  const withTrifold = async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [trifold-dl]\nshort:\n  - section: first\n    blocks: [call, points]');
    return root;
  };
  const long = (words: number) => Array.from({ length: words }, (_, i) => `word${i % 7 === 0 ? '.' : ''}`).join(' ');

  // 26 bullets of 32 words overflow the three inside panels at full size but fit when set
  // smaller; each bullet is kept whole, so every panel starts at one (preflight k).
  it('shrinks a tri-fold whose text is a little too long, and says so', async () => {
    const root = await withTrifold();
    const items = Array.from({ length: 26 }, () => `          - ${long(32)}\n`).join('');
    await edit(root, 'content/leaflets/mini/en.yaml', '          - One point\n', items);
    const result = await runCli(root, ['build', '--locale', 'en']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/mini\.en\.trifold-dl\.pdf .+\(text in fixed panels set at (9[0-4]|8\d)% to fit\)/);
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as Array<{ fit?: number }>;
    expect(manifest[0]!.fit).toBeLessThan(1);
  });

  it('stops with the panel and how much is too much when even the smallest size does not fit', async () => {
    const root = await withTrifold();
    await edit(root, 'content/leaflets/mini/en.yaml', /text: Call .+\n/, `text: 'Call {{name "hotline"}}. ${long(4000)}'\n`);
    const result = await runCli(root, ['build', '--locale', 'en']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(
      /^content\/leaflets\/mini\/leaflet\.yaml:\d+:\d+ {2}short: the reading panels of trifold-dl in "en" does not fit even at the smallest type size allowed: it needs \d+ pages where it has 3, about \d+ mm too long\. /,
    );
    expect(await readdir(join(root, 'output/mini')).catch(() => [])).toEqual([]);
  });
});

// qpdf is a system tool: .ci/run installs it, so CI always runs this check.
describe.runIf(hasTool('qpdf') || process.env.CI)('qpdf --check', () => {
  it('passes on every produced PDF', async () => {
    const files = (await readdir(join(outDir, LEAFLET))).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) {
      const out = execFileSync('qpdf', ['--check', join(outDir, LEAFLET, f)], { encoding: 'utf8' });
      expect(out).toMatch(/No syntax or stream encoding errors found/);
    }
  });
});
