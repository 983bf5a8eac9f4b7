import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';

/** A picture of a PDF's first page, for the site's list of editions. */
export interface Picture {
  bytes: Uint8Array;
  width: number;
  height: number;
}

interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(type: 'image/png'): Buffer;
}

/** Pixels across: sharp on a phone at 2× for the 9–12 rem the index gives a picture. */
export const PICTURE_WIDTH = 320;

/**
 * Draws a PDF's first page with pdf.js on @napi-rs/canvas (which pdf.js loads itself in
 * Node; no system library needed) and has sharp encode it as JPEG without metadata.
 * Undefined when the page cannot be drawn: the site then says so instead of showing a
 * broken image.
 */
export async function firstPagePicture(pdf: Uint8Array, width = PICTURE_WIDTH): Promise<Picture | undefined> {
  let doc: Awaited<ReturnType<typeof getDocument>['promise']> | undefined;
  try {
    doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    // pdf.js's own factory (typed as Object): in Node it makes @napi-rs/canvas canvases.
    const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: NodeCanvas; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    // A PDF page has no background of its own: white, as on paper.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport }).promise;
    const bytes = await sharp(canvas.toBuffer('image/png')).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    return { bytes, width: canvas.width, height: canvas.height };
  } catch {
    return undefined;
  } finally {
    await doc?.destroy().catch(() => undefined);
  }
}
