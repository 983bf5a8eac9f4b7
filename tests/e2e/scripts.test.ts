import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { fontsForLocale } from '../helpers/fonts.ts';
import { comparable, readFacts, readItems, readText, type TextItem } from '../helpers/pdf.ts';
import { ROOT, tempDir } from '../helpers/project.ts';

const LEAFLET = 'kom-possible-victims';
const MM = 72 / 25.4;
const SIDE = 15 * MM; // the booklet's side margin, inside the trim
const TRIM_WIDTH = 148 * MM;
/** Print PDFs put the A5 page inside bleed and slug: where its trim starts on the sheet. */
const trimOffset = (pageWidth: number) => (pageWidth - TRIM_WIDTH) / 2;
let outDir: string;
const pdf = (locale: string) => join(outDir, LEAFLET, `${LEAFLET}.${locale}.booklet-a5.pdf`);

beforeAll(async () => {
  outDir = await tempDir('scripts');
  for (const locale of ['ar', 'fa', 'th', 'zh-Hans']) await build({ root: ROOT, outDir, leaflet: LEAFLET, locale });
  await build({ root: ROOT, outDir, leaflet: 'language-chart' });
});

/** Text runs on one baseline joined into a line: its leftmost and rightmost edge. */
function toLines(items: TextItem[]): Array<{ left: number; right: number }> {
  const lines = new Map<string, { left: number; right: number }>();
  for (const i of items) {
    const key = `${i.page}:${Math.round(i.y)}`;
    const line = lines.get(key) ?? { left: Infinity, right: -Infinity };
    lines.set(key, { left: Math.min(line.left, i.x), right: Math.max(line.right, i.x + i.width) });
  }
  return [...lines.values()];
}

/** The share of values that fall on the `n` most common ones (to the nearest point). */
function share(values: number[], n: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, n);
  return top.reduce((a, b) => a + b, 0) / values.length;
}

/** Body text runs: every page but the cover, without the footer band. */
const bodyItems = (items: TextItem[], pageWidth: number) => items.filter((i) => i.page > 1 && i.y > trimOffset(pageWidth) + 30 * MM);

describe('right to left (Arabic, Persian)', () => {
  it.each(['ar', 'fa'])('%s: lines are right-aligned, read back from the PDF', async (locale) => {
    const { items, pageWidth } = await readItems(pdf(locale));
    const lines = toLines(bodyItems(items, pageWidth));
    expect(lines.length).toBeGreaterThan(100);
    // Right-aligned text ends its lines on a few edges (the margin, list and callout
    // indents, the second column) while their starts scatter; left-aligned text is the
    // mirror image. Headings and full paragraph lines end exactly at the right margin.
    expect(share(lines.map((l) => l.right), 6)).toBeGreaterThan(0.85);
    expect(share(lines.map((l) => l.left), 6)).toBeLessThan(0.5);
    const rightMargin = pageWidth - trimOffset(pageWidth) - SIDE;
    expect(lines.filter((l) => Math.abs(l.right - rightMargin) < 1.5).length / lines.length).toBeGreaterThan(0.3);
  });

  it('sets English left-aligned, as the control for the test above', async () => {
    await build({ root: ROOT, outDir, leaflet: LEAFLET, locale: 'en' });
    const { items, pageWidth } = await readItems(pdf('en'));
    const lines = toLines(bodyItems(items, pageWidth));
    expect(share(lines.map((l) => l.left), 6)).toBeGreaterThan(0.85);
    expect(share(lines.map((l) => l.right), 6)).toBeLessThan(0.5);
  });

  it('keeps phone numbers and the email left to right inside right-to-left text', async () => {
    const text = await readText(pdf('ar'));
    expect(text.pages[0]).toContain('47 45 15 00');
    expect(text.pages[0]).toContain('KOM.pod@politiet.no');
    expect(text.pages.at(-1)).toContain('+47 95 41 17 55');
  });

  it('prints Persian page numbers in Persian digits', async () => {
    const text = await readText(pdf('fa'));
    const last = text.pages.length;
    const persian = (n: number) => new Intl.NumberFormat('fa').format(n);
    expect(text.pages.at(-1)).toContain(`${persian(last)}`);
    expect(text.pages.at(-1)).not.toMatch(new RegExp(`صفحهٔ\\s*${last}\\b`));
  });

  // react-pdf #3533: the text layer of some Arabic ligatures comes out split. This test
  // records the case we ship with; when it fails, react-pdf has fixed it: update the
  // README's known limits and turn this into a plain containment check.
  it('documents react-pdf #3533: lam-alef extracts as two pieces', async () => {
    const source = readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'ar.yaml'), 'utf8');
    expect(source).toContain('ولا يمكن تمديد');
    const text = await readText(pdf('ar'));
    expect(text.all).toContain('ول ا يمكن تمديد');
    expect(text.all).not.toContain('ولا يمكن تمديد');
  });
});

describe('scripts without spaces between words (Thai, Chinese)', () => {
  it.each(['th', 'zh-Hans'])('%s: no line ends with an inserted hyphen, no line is wider than its box', async (locale) => {
    const { items, pageWidth } = await readItems(pdf(locale));
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      expect(item.str).not.toMatch(/[\p{L}\p{M}]-$/u);
      expect(item.x).toBeGreaterThan(trimOffset(pageWidth) + SIDE - 1);
      expect(item.x + item.width).toBeLessThan(pageWidth - trimOffset(pageWidth) - SIDE + 1);
    }
  });

  it('Chinese: closing punctuation never starts a line', async () => {
    const { items } = await readItems(pdf('zh-Hans'));
    for (const item of items) expect(item.str).not.toMatch(/^[，。、：；！？）」』]/u);
  });

  it('Thai: every heading is found whole', async () => {
    const doc = parse(readFileSync(join(ROOT, 'content/leaflets', LEAFLET, 'th.yaml'), 'utf8')) as { sections: Array<{ heading: string }> };
    const text = comparable((await readText(pdf('th'))).all);
    for (const s of doc.sections) expect(text).toContain(comparable(s.heading));
  });
});

describe('the language chart', () => {
  const chartFile = () => join(outDir, 'language-chart', 'language-chart.mul.chart-a4.pdf');
  const locales = (parse(readFileSync(join(ROOT, 'content/locales.yaml'), 'utf8')) as { locales: Array<{ code: string; endonym: string }> }).locales;
  const ui = (code: string) => parse(readFileSync(join(ROOT, 'content/ui', `${code}.yaml`), 'utf8')) as { chart: { iRead: string } };

  it('is one A4 page with every language, in its own words', async () => {
    const facts = await readFacts(chartFile());
    expect(facts.pageCount).toBe(1);
    expect(facts.pageSizes[0]).toEqual([595.28, 841.89]);
    expect(facts.lang).toBe('mul');
    expect(facts.unembedded).toEqual([]);
    const text = comparable((await readText(chartFile())).all);
    for (const locale of locales) {
      expect(text).toContain(comparable(locale.endonym));
      expect(text).toContain(comparable(ui(locale.code).chart.iRead));
    }
  });

  it('embeds each script\'s own font', async () => {
    const facts = await readFacts(chartFile());
    for (const code of ['ar', 'ti', 'th', 'zh-Hans', 'ru']) expect(facts.fonts).toContain(fontsForLocale(code).first);
  });
});
