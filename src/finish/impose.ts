import { PDFDocument } from 'pdf-lib';
import type { OutputMetadata } from './document.ts';
import { trimBox } from './bleed.ts';
import { createOutput, save } from './document.ts';
import { MM, SIZES } from './geometry.ts';

/**
 * Saddle-stitch order for a booklet of `count` pages (a multiple of 4), as 1-based page
 * numbers [left, right] for each sheet side: front of sheet s = N−2s and 1+2s, back =
 * 2+2s and N−1−2s. A right-to-left booklet binds on the right, so every side is mirrored.
 */
export function saddleStitchOrder(count: number, rtl: boolean): Array<[number, number]> {
  const sides: Array<[number, number]> = [];
  for (let s = 0; s < count / 4; s++) {
    const front: [number, number] = [count - 2 * s, 1 + 2 * s];
    const back: [number, number] = [2 + 2 * s, count - 1 - 2 * s];
    sides.push(rtl ? [front[1], front[0]] : front, rtl ? [back[1], back[0]] : back);
  }
  return sides;
}

/**
 * A5 pages two up on A4 landscape sheets, in saddle-stitch order: print duplex, flip on
 * the short edge, fold and staple. Pages are placed at trim size (A5 × 2 is exactly A4).
 */
export async function imposeBooklet(rendered: Uint8Array, metadata: OutputMetadata, rtl: boolean): Promise<Uint8Array> {
  const src = await PDFDocument.load(rendered, { updateMetadata: false });
  const count = src.getPageCount();
  if (count % 4 !== 0) throw new Error(`imposeBooklet: ${count} pages is not a multiple of 4`);
  const out = await createOutput(metadata);
  const box = trimBox(SIZES.a5);
  const pages = await out.embedPages(src.getPages(), src.getPages().map(() => box));
  const half = SIZES.a5.width * MM;
  for (const [left, right] of saddleStitchOrder(count, rtl)) {
    const sheet = out.addPage([SIZES.a4Landscape.width * MM, SIZES.a4Landscape.height * MM]);
    sheet.drawPage(pages[left - 1]!, { x: 0, y: 0 });
    sheet.drawPage(pages[right - 1]!, { x: half, y: 0 });
  }
  return save(out);
}
