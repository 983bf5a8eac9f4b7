import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { ICON_NAMES, iconFile, icons, type IconName } from '../../src/icons.ts';
import { renderPages, type Raster } from '../../src/preflight/qr-scan.ts';
import { Icon } from '../../templates/_parts/icon.tsx';
import { readItems, type TextItem } from '../helpers/pdf.ts';
import { ROOT, tempDir } from '../helpers/project.ts';

/**
 * The tri-fold's flap and the pictograms, read back from real PDFs: the flap shows the
 * leaflet's rights with an icon each (or who can help), every icon of the set is drawn
 * as vector strokes, and directional icons mirror for right to left.
 */
const MM = 72 / 25.4;
const PX = 6; // pixels per millimetre when looking at a page
let outDir: string;
const file = (leaflet: string, locale: string, format: string) => join(outDir, leaflet, `${leaflet}.${locale}.${format}.pdf`);

beforeAll(async () => {
  outDir = await tempDir('flap');
  await build({ root: ROOT, outDir, leaflet: 'kom-possible-victims', locale: 'en', format: 'trifold-dl' });
  await build({ root: ROOT, outDir, leaflet: 'kom-possible-victims', locale: 'ar', format: 'trifold-dl' });
  await build({ root: ROOT, outDir, leaflet: 'no-stay-safe', locale: 'en', format: 'trifold-dl' });
});

/** Dark or coloured pixels in a box (millimetres from the page's bottom left). */
function inked(raster: Raster, pageHeightMm: number, box: { x: number; y: number; w: number; h: number }): number {
  let n = 0;
  for (let y = Math.round((pageHeightMm - box.y - box.h) * PX); y < Math.round((pageHeightMm - box.y) * PX); y++) {
    for (let x = Math.round(box.x * PX); x < Math.round((box.x + box.w) * PX); x++) {
      const i = (y * raster.width + x) * 4;
      if (raster.data[i]! < 160 || raster.data[i + 2]! < 160) n++;
    }
  }
  return n;
}

describe('tri-fold flap', () => {
  const kom = parse(readFileSync(join(ROOT, 'content/leaflets/kom-possible-victims/en.yaml'), 'utf8'));
  const rights = kom.sections.find((s: { id: string }) => s.id === 'entitled-to').blocks[0].list as Array<{ short: string; icon: string }>;
  // The outside of the sheet: the flap is its left third (its right third for right to left).
  const flapItems = (items: TextItem[], trimX: number, rtl: boolean) =>
    items.filter((i) => i.page === 1 && (rtl ? i.x - trimX > 200 * MM : i.x - trimX < 97 * MM));

  it('shows "your rights at a glance": each right in a few words, with its icon drawn beside it', async () => {
    const { items } = await readItems(file('kom-possible-victims', 'en', 'trifold-dl'));
    const trimX = 12 * MM; // slug 9 mm + bleed 3 mm
    const flap = flapItems(items, trimX, false);
    expect(flap.map((i) => i.str)).toContain('Your rights at a glance');
    const [outside] = await renderPages(await readFile(file('kom-possible-victims', 'en', 'trifold-dl')), [0], PX);
    const pageHeightMm = 210 + 24;
    for (const right of rights) {
      const label = flap.find((i) => right.short.startsWith(i.str.trim()) && i.str.trim().length > 3);
      expect(label, right.short).toBeDefined();
      // The icon sits in its circle before the words: ink there, in the 12 mm before the label.
      const y = label!.y / MM;
      const ink = inked(outside!, pageHeightMm, { x: label!.x / MM - 11, y: y - 2, w: 8, h: 7 });
      expect(ink, `icon of "${right.short}"`).toBeGreaterThan(40);
    }
  });

  it('mirrors the flap for right to left: the rights are on the right of the outside', async () => {
    const ar = parse(readFileSync(join(ROOT, 'content/leaflets/kom-possible-victims/ar.yaml'), 'utf8'));
    const { items } = await readItems(file('kom-possible-victims', 'ar', 'trifold-dl'));
    const flap = flapItems(items, 12 * MM, true).map((i) => i.str.trim());
    const short = ar.sections.find((s: { id: string }) => s.id === 'entitled-to').blocks[0].list[0].short as string;
    expect(flap.some((s) => s.length > 3 && short.includes(s))).toBe(true);
  });

  it('shows "who can help" with the hotlines for a leaflet without a list of rights', async () => {
    const { items } = await readItems(file('no-stay-safe', 'en', 'trifold-dl'));
    const flap = flapItems(items, 12 * MM, false).map((i) => i.str.trim());
    expect(flap).toContain('Who can help');
    expect(flap).toContain('22 33 11 60'); // ROSA, always open
    expect(flap).toContain('112');
  });
});

describe('pictograms', () => {
  it('are the committed copy of the Tabler drawings the set names', async () => {
    const committed = icons();
    const fresh = await iconFile();
    expect(committed.icons).toEqual(fresh.icons);
    expect(Object.keys(committed.icons).sort()).toEqual([...ICON_NAMES].sort());
    expect(readFileSync(join(ROOT, 'icons/LICENSE.txt'), 'utf8')).toMatch(/MIT License/);
  });

  it('draws every icon as vector strokes, and mirrors only those that point somewhere', async () => {
    const size = 20 * MM;
    const cell = (name: IconName, i: number, rtl: boolean) => (
      <Icon key={`${name}-${rtl}`} name={name} size={size} rtl={rtl} alt={name} style={{ position: 'absolute', left: (10 + (i % 6) * 30) * MM, top: (10 + Math.floor(i / 6) * 30) * MM }} />
    );
    const doc = (rtl: boolean) => (
      <Document>
        <Page size={[200 * MM, 140 * MM]}>{ICON_NAMES.map((name, i) => cell(name, i, rtl))}</Page>
      </Document>
    );
    const [ltr] = await renderPages(new Uint8Array(await renderToBuffer(doc(false))), [0], PX);
    const [rtl] = await renderPages(new Uint8Array(await renderToBuffer(doc(true))), [0], PX);
    const box = (i: number) => ({ x: 10 + (i % 6) * 30, y: 140 - (10 + Math.floor(i / 6) * 30) - 20, w: 20, h: 20 });
    const pixels = (raster: Raster, i: number) => {
      const b = box(i);
      const out: number[] = [];
      for (let y = Math.round((140 - b.y - b.h) * PX); y < Math.round((140 - b.y) * PX); y++) {
        for (let x = Math.round(b.x * PX); x < Math.round((b.x + b.w) * PX); x++) out.push(raster.data[(y * raster.width + x) * 4]!);
      }
      return out;
    };
    ICON_NAMES.forEach((name, i) => {
      expect(inked(ltr!, 140, box(i)), name).toBeGreaterThan(200);
      const same = pixels(ltr!, i).join() === pixels(rtl!, i).join();
      expect(same, `${name} mirrored: ${!same}`).toBe(!icons().icons[name]!.mirror);
    });
  });
});
