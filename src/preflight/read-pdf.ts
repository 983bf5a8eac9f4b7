import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of glyphs as drawn: its text, baseline origin, advance and size, in points. */
export interface Glyphs {
  str: string;
  page: number;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
}

export interface ReadPage {
  /** 0-based. */
  index: number;
  /** TrimBox (MediaBox where the file sets none), in points. */
  trim: { x: number; y: number; width: number; height: number };
  media: { x: number; y: number; width: number; height: number };
  glyphs: Glyphs[];
  /** Glyphs drawn with glyph id 0 (.notdef, the empty box a missing character prints). */
  notdef: number;
}

export interface ReadPdf {
  pages: ReadPage[];
  /** BaseFont of every font the file uses, without the subset prefix. */
  fonts: string[];
  /** Every 8-bit greyscale image (the QR codes), for decoding. */
  images: Array<{ width: number; height: number; data: Uint8Array; filter: string; predictor: number }>;
  /** The Info dictionary's Keywords. */
  keywords: string;
  /** The file as pdf-lib reads it, for checks of its own objects (structure, metadata). */
  document: PDFDocument;
}

/**
 * Reads a finished PDF back as a reader's software does: pdf.js for the text as drawn
 * (positions, sizes, glyph ids), pdf-lib for the page boxes, fonts and images. Nothing
 * here knows what the PDF is meant to say; the checks bring that.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ReadPage[] = [];
  try {
    for (let i = 0; i < doc.numPages; i++) {
      const page = await doc.getPage(i + 1);
      const libPage = pdf.getPage(i);
      const glyphs: Glyphs[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        glyphs.push({ str: item.str, page: i, x, y, width: item.width, size: Math.hypot(a, b) });
      }
      let notdef = 0;
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, k) => {
        if (fn !== OPS.showText) return;
        for (const g of ops.argsArray[k]?.[0] ?? []) if (g && typeof g === 'object' && g.originalCharCode === 0) notdef++;
      });
      const box = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      pages.push({ index: i, trim: box(libPage.getTrimBox()), media: box(libPage.getMediaBox()), glyphs, notdef });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const { fonts, images } = resources(pdf);
  return { pages, fonts, images, keywords: pdf.getKeywords() ?? '', document: pdf };
}

/**
 * Calls `visit` with a page's resources and with those of every form XObject it draws,
 * however deep: finishing embeds rendered pages as forms, so fonts and images sit there.
 */
export function walkResources(pdf: PDFDocument, resources: PDFDict | undefined, visit: (resources: PDFDict, form?: PDFRawStream) => void, seen = new Set<unknown>(), form?: PDFRawStream): void {
  if (!resources) return;
  visit(resources, form);
  const xobjects = resources.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) return;
  for (const ref of xobjects.values()) {
    const stream = pdf.context.lookup(ref as PDFRef);
    if (!(stream instanceof PDFRawStream) || seen.has(stream)) continue;
    seen.add(stream);
    if (stream.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form')) {
      walkResources(pdf, stream.dict.lookup(PDFName.of('Resources')) as PDFDict | undefined, visit, seen, stream);
    }
  }
}

/** Fonts and greyscale images of every page and of the form XObjects pages draw. */
function resources(pdf: PDFDocument): Pick<ReadPdf, 'fonts' | 'images'> {
  const fonts = new Set<string>();
  const images: ReadPdf['images'] = [];
  const seen = new Set<unknown>();
  const visit = (res: PDFDict): void => {
    const fontDict = res.lookup(PDFName.of('Font'));
    if (fontDict instanceof PDFDict) {
      for (const ref of fontDict.values()) {
        const font = pdf.context.lookup(ref as PDFRef);
        if (font instanceof PDFDict) fonts.add(String(font.lookup(PDFName.of('BaseFont'))).replace(/^\//, '').replace(/^[A-Z]{6}\+/, ''));
      }
    }
    const xobjects = res.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict)) return;
    for (const ref of xobjects.values()) {
      const stream = pdf.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream) || seen.has(stream)) continue;
      if (stream.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image') || stream.dict.lookup(PDFName.of('ColorSpace')) !== PDFName.of('DeviceGray')) continue;
      seen.add(stream);
      const num = (key: string) => Number(String(stream.dict.lookup(PDFName.of(key)) ?? 0));
      const filter = stream.dict.lookup(PDFName.of('Filter'));
      const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
      const predictor = parms instanceof PDFDict ? Number(String(parms.lookup(PDFName.of('Predictor')) ?? 1)) : 1;
      images.push({ width: num('Width'), height: num('Height'), data: stream.contents, filter: filter instanceof PDFArray ? String(filter.get(0)) : String(filter ?? ''), predictor });
    }
  };
  const walked = new Set<unknown>();
  for (const page of pdf.getPages()) walkResources(pdf, page.node.Resources(), visit, walked);
  return { fonts: [...fonts].sort(), images };
}
