import { PDFDocument, type PDFEmbeddedPage } from 'pdf-lib';
import type { OutputMetadata } from './document.ts';
import { createOutput, save } from './document.ts';
import { BLEED_MM, MM, SIZES, SLUG_MM, TRIFOLD_PANELS_MM } from './geometry.ts';
import { drawCropMarks, drawFoldMarks } from './marks.ts';

/** Which rendered page goes where: the covers, and the reading panels in reading order. */
export interface TrifoldPages {
  front: number;
  back: number;
  /** 0-based page indexes of the reading panels: inside 2, 3, 4. */
  flow: number[];
  /** The flap's outside. */
  flap?: number;
}

type Slot = { page?: number; width: number };

/**
 * The panels of a DL tri-fold on an A4 landscape sheet, left to right as a printer sees
 * each side (print norms): outside = flap back (97), back cover (100), front cover (100);
 * inside = panels 2, 3 (100 each), 4 = the flap (97). Right to left mirrors both sides.
 */
export function trifoldSides(pages: TrifoldPages, rtl: boolean): { outside: Slot[]; inside: Slot[] } {
  const { flap, panel } = TRIFOLD_PANELS_MM;
  const [two, three, four] = pages.flow;
  const flapBack = pages.flap;
  const outside: Slot[] = [
    { page: flapBack, width: flap },
    { page: pages.back, width: panel },
    { page: pages.front, width: panel },
  ];
  const inside: Slot[] = [
    { page: two, width: panel },
    { page: three, width: panel },
    { page: four, width: flap },
  ];
  return rtl ? { outside: outside.reverse(), inside: inside.reverse() } : { outside, inside };
}

/** Composes the two sides of a tri-fold with bleed, crop marks and fold marks. */
export async function composeTrifold(rendered: Uint8Array, metadata: OutputMetadata, pages: TrifoldPages, rtl: boolean): Promise<Uint8Array> {
  const src = await PDFDocument.load(rendered, { updateMetadata: false });
  const out = await createOutput(metadata);
  const embedded = await out.embedPages(src.getPages());
  const bleed = BLEED_MM * MM;
  const slug = SLUG_MM * MM;
  const sheet = { width: SIZES.a4Landscape.width * MM, height: SIZES.a4Landscape.height * MM };
  const origin = { x: slug + bleed, y: slug + bleed };
  const sides = trifoldSides(pages, rtl);
  for (const slots of [sides.outside, sides.inside]) {
    const page = out.addPage([sheet.width + 2 * (bleed + slug), sheet.height + 2 * (bleed + slug)]);
    let x = origin.x;
    const folds: number[] = [];
    for (const [i, slot] of slots.entries()) {
      const content: PDFEmbeddedPage | undefined = slot.page === undefined ? undefined : embedded[slot.page];
      // A panel page narrower than its slot (97 mm reading pages in a 100 mm panel) is centred.
      if (content) page.drawPage(content, { x: x + (slot.width * MM - content.width) / 2, y: origin.y });
      x += slot.width * MM;
      if (i < slots.length - 1) folds.push(x);
    }
    page.setBleedBox(slug, slug, sheet.width + 2 * bleed, sheet.height + 2 * bleed);
    page.setTrimBox(origin.x, origin.y, sheet.width, sheet.height);
    drawCropMarks(page, { ...origin, ...sheet });
    drawFoldMarks(page, { y: origin.y, height: sheet.height }, folds);
  }
  return save(out);
}
