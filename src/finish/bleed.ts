import { PDFDocument } from 'pdf-lib';
import type { OutputMetadata } from './document.ts';
import { createOutput, save } from './document.ts';
import { BLEED_MM, MM, SLUG_MM, type Size } from './geometry.ts';
import { drawCropMarks } from './marks.ts';

/**
 * Print-ready pages: each rendered page (laid out at trim size plus bleed) is placed on a
 * larger sheet with a slug for crop marks, and the page boxes say what is what:
 * MediaBox ⊇ BleedBox ⊇ TrimBox, the TrimBox being the finished size.
 */
export async function addBleedAndMarks(rendered: Uint8Array, metadata: OutputMetadata, trim: Size): Promise<Uint8Array> {
  const src = await PDFDocument.load(rendered, { updateMetadata: false });
  const out = await createOutput(metadata);
  const bleed = BLEED_MM * MM;
  const slug = SLUG_MM * MM;
  const t = { width: trim.width * MM, height: trim.height * MM };
  const pages = await out.embedPages(src.getPages());
  for (const embedded of pages) {
    const page = out.addPage([t.width + 2 * (bleed + slug), t.height + 2 * (bleed + slug)]);
    page.drawPage(embedded, { x: slug, y: slug });
    page.setBleedBox(slug, slug, t.width + 2 * bleed, t.height + 2 * bleed);
    page.setTrimBox(slug + bleed, slug + bleed, t.width, t.height);
    drawCropMarks(page, { x: slug + bleed, y: slug + bleed, ...t });
  }
  return save(out);
}

/** The trim area of a page laid out at trim plus bleed, for embedding without the bleed. */
export function trimBox(trim: Size) {
  const bleed = BLEED_MM * MM;
  return { left: bleed, bottom: bleed, right: bleed + trim.width * MM, top: bleed + trim.height * MM };
}
