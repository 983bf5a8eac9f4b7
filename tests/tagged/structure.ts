import { readFile } from 'node:fs/promises';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js gives it to its viewer (and so to screen readers), page by page. */
export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  /** What a reader gets: its ActualText/Alt, else its content's text and its children's, in order. */
  text: string;
  children: StructNode[];
  page: number;
}

export interface Structure {
  /** Top-level elements of every page's structure tree (pdf.js getStructTree), in page order. */
  pages: StructNode[][];
  /** Text items drawn outside any structure or Artifact marked content, per page. */
  unmarked: string[];
}

type PdfjsNode = { role?: string; alt?: string; lang?: string; type?: string; id?: string; children?: PdfjsNode[] };

/** Reads a PDF's structure back with pdf.js, as its viewer exposes it to assistive technology. */
export async function readStructure(file: string): Promise<Structure> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: StructNode[][] = [];
  const unmarked: string[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, string>();
      // Marked content opened on this page: an MCID (structure), an Artifact, or neither.
      const open: Array<{ id?: string; artifact: boolean }> = [];
      for (const item of content.items as Array<{ type?: string; id?: string; tag?: string; str?: string }>) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push({ ...(item.id ? { id: item.id } : {}), artifact: item.tag === 'Artifact' });
        else if (item.type === 'endMarkedContent') open.pop();
        else if (typeof item.str === 'string' && item.str.trim() !== '') {
          const mcid = [...open].reverse().find((m) => m.id)?.id;
          if (mcid) byId.set(mcid, (byId.get(mcid) ?? '') + item.str);
          else if (!open.some((m) => m.artifact)) unmarked.push(item.str);
        }
      }
      const tree = (await page.getStructTree()) as PdfjsNode | null;
      const convert = (n: PdfjsNode): StructNode | string => {
        if (n.type === 'content') return byId.get(n.id ?? '') ?? '';
        if (n.type) return '';
        const kids = (n.children ?? []).map(convert);
        const children = kids.filter((k): k is StructNode => typeof k !== 'string');
        const own = kids.map((k) => (typeof k === 'string' ? k : k.text)).join('');
        return { role: n.role ?? '', ...(n.alt ? { alt: n.alt } : {}), ...(n.lang ? { lang: n.lang } : {}), text: n.alt ?? own, children, page: i - 1 };
      };
      const root = tree ? convert(tree) : '';
      const documentNode = typeof root === 'string' ? undefined : root.children[0];
      pages.push(documentNode?.children ?? []);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { pages, unmarked };
}

/** Every element of a structure, depth first (per page). */
export function allNodes(structure: Structure): StructNode[] {
  const out: StructNode[] = [];
  const visit = (n: StructNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  structure.pages.flat().forEach(visit);
  return out;
}

/** Text as a reader gets it, for comparing: NFC, no whitespace, no format characters (bidi isolates). */
export const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\p{Cf}]/gu, '');

export interface DocElement {
  role: string;
  dict: PDFDict;
  children: DocElement[];
  /** Kids that are annotation references (OBJR). */
  objects: PDFDict[];
}

/** The whole structure tree with pdf-lib: elements across pages, annotation references, parent tree. */
export async function readTree(file: string): Promise<{ pdf: PDFDocument; root: DocElement[]; all: DocElement[]; parentRoles: Map<number, string> }> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const all: DocElement[] = [];
  const toElement = (obj: PDFObject | undefined): DocElement[] => {
    const value = obj instanceof PDFRef ? pdf.context.lookup(obj) : obj;
    if (value instanceof PDFArray) return value.asArray().flatMap(toElement);
    if (!(value instanceof PDFDict)) return [];
    const type = value.get(PDFName.of('Type'))?.toString();
    if (type === '/OBJR' || type === '/MCR') return [];
    const role = value.get(PDFName.of('S'));
    if (!(role instanceof PDFName)) return [];
    const el: DocElement = { role: role.decodeText(), dict: value, children: [], objects: [] };
    all.push(el);
    const kids = value.get(PDFName.of('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    for (const k of list) {
      const kid = k instanceof PDFRef ? pdf.context.lookup(k) : k;
      if (kid instanceof PDFDict && kid.get(PDFName.of('Type'))?.toString() === '/OBJR') el.objects.push(kid);
      else el.children.push(...toElement(k));
    }
    return [el];
  };
  const tree = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const root = toElement(tree.get(PDFName.of('K')));
  const parentRoles = new Map<number, string>();
  const nums = tree.lookup(PDFName.of('ParentTree'), PDFDict).lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.lookup(i);
    const value = nums.lookup(i + 1);
    if (key instanceof PDFNumber && value instanceof PDFDict) parentRoles.set(key.asNumber(), value.get(PDFName.of('S'))?.toString().slice(1) ?? '');
  }
  return { pdf, root, all, parentRoles };
}

/** The XMP metadata stream as text. */
export function xmpOf(pdf: PDFDocument): string {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
}
