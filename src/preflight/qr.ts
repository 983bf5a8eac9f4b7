import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import type { ReadPdf } from './read-pdf.ts';

// jsqr is CommonJS with an ES-style default export in its types: take whichever is the function.
type Reader = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Reader }).default ?? jsQRModule) as unknown as Reader;

/** The pixels of a Flate-compressed 8-bit greyscale image, PNG row filters undone. */
export function grayPixels(image: ReadPdf['images'][number]): Uint8Array | undefined {
  if (image.filter !== '/FlateDecode') return undefined;
  const data = inflateSync(image.data);
  return image.predictor >= 10 ? unpredict(data, image.width) : data;
}

/** Reverses PNG row filters (PDF /Predictor 10-15) for one byte per pixel. */
function unpredict(data: Uint8Array, width: number): Uint8Array {
  const rows = Math.floor(data.length / (width + 1));
  const out = new Uint8Array(width * rows);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const raw = data[y * (width + 1) + 1 + x]!;
      const a = x > 0 ? out[y * width + x - 1]! : 0;
      const b = y > 0 ? out[(y - 1) * width + x]! : 0;
      const c = x > 0 && y > 0 ? out[(y - 1) * width + x - 1]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * width + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes every QR code among a PDF's greyscale images with jsQR, as a phone would,
 * adding the quiet zone a reader expects around the symbol. Undecodable images give
 * undefined in their place.
 */
export function decodeQrCodes(pdf: ReadPdf): Array<string | undefined> {
  return pdf.images.map((image) => {
    const pixels = grayPixels(image);
    if (!pixels) return undefined;
    const pad = Math.ceil(image.width / 8);
    const w = image.width + 2 * pad;
    const h = image.height + 2 * pad;
    const rgba = new Uint8ClampedArray(w * h * 4).fill(255);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const v = pixels[y * image.width + x] ?? 255;
        const i = ((y + pad) * w + x + pad) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
      }
    }
    return jsQR(rgba, w, h)?.data;
  });
}
