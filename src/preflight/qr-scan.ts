import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsQRModule from 'jsqr';
import { MM } from '../finish/geometry.ts';
import type { PlacedRegion } from './lines.ts';

// jsqr is CommonJS with an ES-style default export in its types: take whichever is the function.
type Point = { x: number; y: number };
type Found = { data: string; location: { topLeftCorner: Point; topRightCorner: Point; bottomLeftCorner: Point } };
type Reader = (data: Uint8ClampedArray, width: number, height: number) => Found | null;
const jsQR = ((jsQRModule as unknown as { default?: Reader }).default ?? jsQRModule) as unknown as Reader;

/** A QR code found by looking at a region as printed. */
export interface ScannedQr {
  page: number;
  /** What it decodes to. */
  data: string;
  /** The symbol's width (finder pattern corner to corner, quiet zone not counted), in millimetres. */
  widthMm: number;
}

/** Pixels per millimetre to look at a card with: a 20 mm code of 33 modules gets 5 pixels a module. */
const PX_PER_MM = 8;

/** A rendered page: RGBA pixels, rows from the top. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * Draws pages as a printer or a screen would, with pdf.js on a canvas (@napi-rs/canvas,
 * pdfjs-dist's own drawing back end in Node.js), at `pxPerMm` pixels per millimetre, on white.
 */
export async function renderPages(bytes: Uint8Array, pages: number[], pxPerMm: number): Promise<Raster[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const out: Raster[] = [];
  try {
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    for (const index of pages) {
      const page = await doc.getPage(index + 1);
      const viewport = page.getViewport({ scale: pxPerMm / MM });
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      out.push({ width: canvas.width, height: canvas.height, data: new Uint8ClampedArray(context.getImageData(0, 0, canvas.width, canvas.height).data) });
      factory.destroy({ canvas, context });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/**
 * Renders each region of the pages asked for as a phone's camera would see it and decodes
 * the QR code in it with jsQR: vector modules, images, whatever draws it. One code per
 * region at most (a card has one); regions without a code give nothing.
 */
export async function scanQrCodes(bytes: Uint8Array, regions: PlacedRegion[]): Promise<ScannedQr[]> {
  const pages = [...new Set(regions.map((r) => r.page))];
  const rasters = await renderPages(bytes, pages, PX_PER_MM);
  const found: ScannedQr[] = [];
  pages.forEach((pageIndex, k) => {
    const raster = rasters[k]!;
    const px = PX_PER_MM / MM;
    for (const region of regions.filter((r) => r.page === pageIndex)) {
      // Page points (origin bottom left) to pixels (origin top left); pages start at 0, 0 here.
      const x = Math.max(0, Math.floor(region.box.left * px));
      const y = Math.max(0, Math.floor(raster.height - region.box.top * px));
      const w = Math.min(raster.width - x, Math.ceil((region.box.right - region.box.left) * px));
      const h = Math.min(raster.height - y, Math.ceil((region.box.top - region.box.bottom) * px));
      if (w <= 0 || h <= 0) continue;
      const crop = new Uint8ClampedArray(w * h * 4);
      for (let row = 0; row < h; row++) crop.set(raster.data.subarray(((y + row) * raster.width + x) * 4, ((y + row) * raster.width + x + w) * 4), row * w * 4);
      const code = jsQR(crop, w, h);
      if (!code) continue;
      const { topLeftCorner: a, topRightCorner: b } = code.location;
      // jsQR's corners are the symbol's outer corners: their distance is its width.
      found.push({ page: pageIndex, data: code.data, widthMm: Math.hypot(b.x - a.x, b.y - a.y) / PX_PER_MM });
    }
  });
  return found;
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: { width: number; height: number }; context: Context2D };
  destroy(pair: { canvas: unknown; context: unknown }): void;
}
interface Context2D {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
}
