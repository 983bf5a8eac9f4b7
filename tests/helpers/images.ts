import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFRef } from 'pdf-lib';
import { walkResources } from './pdf.ts';

interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Every 8-bit greyscale image in a PDF (a QR code), found through pages and the form XObjects in them. */
export function grayImages(pdf: PDFDocument): Gray[] {
  const found: Gray[] = [];
  const seen = new Set<unknown>();
  const visit = (resources: PDFDict) => {
    const xobjects = resources.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict)) return;
    for (const ref of xobjects.values()) {
      const stream = pdf.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream) || stream.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      if (stream.dict.lookup(PDFName.of('ColorSpace')) !== PDFName.of('DeviceGray')) continue;
      const width = (stream.dict.lookup(PDFName.of('Width')) as PDFNumber).asNumber();
      const height = (stream.dict.lookup(PDFName.of('Height')) as PDFNumber).asNumber();
      found.push({ width, height, pixels: unpredict(inflateSync(stream.contents), width) });
    }
  };
  for (const page of pdf.getPages()) walkResources(pdf, page.node.Resources(), visit, seen);
  return found;
}

// jsqr is CommonJS with an ES-style default export in its types: take whichever is the function.
type Reader = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Reader }).default ?? jsQRModule) as unknown as Reader;

/** Reverses PNG row filters (PDF /Predictor 15) for one byte per pixel. */
function unpredict(data: Uint8Array, width: number): Uint8Array {
  const rows = data.length / (width + 1);
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

/** Decodes a QR code from a greyscale image, adding the quiet zone a reader expects. */
export function decodeQr(image: Gray): string | undefined {
  const pad = Math.ceil(image.width / 8);
  const w = image.width + 2 * pad;
  const h = image.height + 2 * pad;
  const rgba = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.pixels[y * image.width + x]!;
      const i = ((y + pad) * w + x + pad) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
    }
  }
  return jsQR(rgba, w, h)?.data;
}
