import { PDFDocument as PDFLibDocument, PDFName as PDFLibName, PDFRawStream as PDFLibRawStream } from 'pdf-lib';
import { readFile } from 'node:fs/promises';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { walkResources } from '../../src/preflight/read-pdf.ts';

export { walkResources };

export interface PdfText {
  /** Every page's text, items joined by spaces, whitespace collapsed. */
  pages: string[];
  /** All pages together. */
  all: string;
}

/** Extracts text the way a reader's copy-paste or a screen reader would see it. */
export async function readText(file: string): Promise<PdfText> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(normalize(text));
  }
  await doc.destroy();
  return { pages, all: pages.join(' ') };
}

/** Collapses whitespace and removes the soft line-end hyphen pdf text may carry. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Text reduced to what survives a PDF text layer in every script, for "does the PDF
 * contain this heading" comparisons: NFKC (Thai SARA AM is laid out decomposed), and no
 * whitespace (Thai and Chinese have none between words; extraction splits "¿Qué"),
 * no format characters (bidi marks, ZWNJ are not glyphs), no combining marks and no
 * digits (react-pdf's text layer misplaces Arabic harakat and numbers inside
 * right-to-left lines: see the README's known limits).
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{Cf}\p{M}\p{Nd}]/gu, '');
}

export interface TextItem {
  str: string;
  dir: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  page: number;
}

/** Every text run with its position, in points from the page's bottom left. */
export async function readItems(file: string): Promise<{ items: TextItem[]; pageWidth: number }> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const items: TextItem[] = [];
  let pageWidth = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    pageWidth = page.view[2] ?? 0;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({ str: item.str, dir: item.dir, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[0], item.transform[1]), page: i });
    }
  }
  await doc.destroy();
  return { items, pageWidth };
}

export interface PdfFacts {
  pageCount: number;
  /** Page sizes in points, [width, height]. */
  pageSizes: Array<[number, number]>;
  /** TrimBox sizes in points: the finished size. */
  trimSizes: Array<[number, number]>;
  lang: string | undefined;
  title: string | undefined;
  author: string | undefined;
  subject: string | undefined;
  /** BaseFont names of every font used, without the subset prefix. */
  fonts: string[];
  /** Fonts whose program is not embedded. */
  unembedded: string[];
}

/** Reads structure and metadata with pdf-lib. */
export async function readFacts(file: string): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const lang = pdf.catalog.lookup(PDFName.of('Lang'));
  const fonts = new Set<string>();
  const unembedded = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (res: PDFDict) => {
    const fontDict = res.lookup(PDFName.of('Font'));
    if (!(fontDict instanceof PDFDict)) return;
    for (const ref of fontDict.values()) {
      const font = pdf.context.lookup(ref as PDFRef) as PDFDict;
      const name = String(font.lookup(PDFName.of('BaseFont'))).replace(/^\//, '').replace(/^[A-Z]{6}\+/, '');
      fonts.add(name);
      let descriptorOwner = font;
      const descendants = font.lookup(PDFName.of('DescendantFonts'));
      if (descendants instanceof PDFArray) descriptorOwner = pdf.context.lookup(descendants.get(0)) as PDFDict;
      const descriptor = descriptorOwner.lookup(PDFName.of('FontDescriptor'));
      const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
      if (!embedded) unembedded.add(name);
    }
  };
  for (const page of pdf.getPages()) walkResources(pdf, page.node.Resources(), visit, seen);
  const str = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);
  return {
    pageCount: pdf.getPageCount(),
    pageSizes: pdf.getPages().map((p) => [Math.round(p.getWidth() * 100) / 100, Math.round(p.getHeight() * 100) / 100]),
    trimSizes: pdf.getPages().map((p) => [Math.round(p.getTrimBox().width * 100) / 100, Math.round(p.getTrimBox().height * 100) / 100]),
    lang: str(lang),
    title: pdf.getTitle(),
    author: pdf.getAuthor(),
    subject: pdf.getSubject(),
    fonts: [...fonts].sort(),
    unembedded: [...unembedded].sort(),
  };
}

/**
 * The decoded content streams of one page: its own, and those of the form XObjects it
 * draws (finishing embeds rendered pages as forms), as text for operator matching.
 */
export function pageContent(pdf: PDFDocument, index: number): { page: string; forms: string } {
  const decode = (s: PDFRawStream) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode());
  const page = pdf.getPage(index);
  const own = page.node.Contents();
  const streams = own instanceof PDFArray ? own.asArray().map((r) => pdf.context.lookup(r)) : [own];
  const forms: string[] = [];
  walkResources(pdf, page.node.Resources(), (_res, form) => {
    if (form) forms.push(decode(form));
  });
  return { page: streams.map((s) => (s instanceof PDFRawStream ? decode(s) : '')).join('\n'), forms: forms.join('\n') };
}

/** Image XObjects anywhere in a PDF: a vector QR code leaves none. */
export async function imageCount(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFLibDocument.load(bytes, { updateMetadata: false });
  let count = 0;
  pdf.context.enumerateIndirectObjects().forEach(([, object]) => {
    if (object instanceof PDFLibRawStream && object.dict.lookup(PDFLibName.of('Subtype')) === PDFLibName.of('Image')) count++;
  });
  return count;
}

