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

/**
 * Renders each region of the pages asked for as a phone's camera would see it (pdf.js
 * drawing on a canvas) and decodes the QR code in it with jsQR: vector modules, images,
 * whatever draws it. One code per region at most (a card has one); regions without a
 * code give nothing.
 */
export async function scanQrCodes(bytes: Uint8Array, regions: PlacedRegion[]): Promise<ScannedQr[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const found: ScannedQr[] = [];
  try {
    for (const pageIndex of [...new Set(regions.map((r) => r.page))]) {
      const page = await doc.getPage(pageIndex + 1);
      const scale = PX_PER_MM / MM;
      const viewport = page.getViewport({ scale });
      const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      for (const region of regions.filter((r) => r.page === pageIndex)) {
        // Page coordinates (origin bottom left) to canvas pixels (origin top left).
        const [x0, y0] = viewport.convertToViewportPoint(region.box.left, region.box.top) as [number, number];
        const [x1, y1] = viewport.convertToViewportPoint(region.box.right, region.box.bottom) as [number, number];
        const x = Math.max(0, Math.floor(Math.min(x0, x1)));
        const y = Math.max(0, Math.floor(Math.min(y0, y1)));
        const w = Math.min(canvas.width - x, Math.ceil(Math.abs(x1 - x0)));
        const h = Math.min(canvas.height - y, Math.ceil(Math.abs(y1 - y0)));
        if (w <= 0 || h <= 0) continue;
        const image = context.getImageData(x, y, w, h);
        const code = jsQR(new Uint8ClampedArray(image.data), w, h);
        if (!code) continue;
        const { topLeftCorner: a, topRightCorner: b } = code.location;
        // jsQR's corners are the symbol's outer corners: their distance is its width.
        found.push({ page: pageIndex, data: code.data, widthMm: Math.hypot(b.x - a.x, b.y - a.y) / PX_PER_MM });
      }
      factory.destroy({ canvas, context });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
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
