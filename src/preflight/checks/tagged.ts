import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import sax from 'sax';
import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';

/**
 * k) A tagged edition proves itself (PDF/UA-1, the parts a machine can check without
 * veraPDF): MarkInfo, /Lang, the title shown, XMP with pdfuaid:part 1 that is well-formed
 * XML; every painting operator inside marked content (structure or Artifact); every link
 * annotation in a Link element, with /Contents; every Figure with /Alt; headings that
 * start at H1 and never skip a level; tab order /S on pages with links.
 */
export const tagged: Check = (ctx) => {
  if (!ctx.limits.tagged) return [];
  const doc = ctx.pdf.document;
  const findings: Finding[] = [];
  const whole = (message: string) => findings.push({ check: 'tagged', page: 0, message });
  const catalog = doc.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const tree = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!tree || markInfo?.get(PDFName.of('Marked'))?.toString() !== 'true') {
    whole(messages.tagging.notTagged());
    return findings;
  }
  if (!text(catalog.lookup(PDFName.of('Lang')))) whole(messages.tagging.noLang());
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs?.get(PDFName.of('DisplayDocTitle'))?.toString() !== 'true') whole(messages.tagging.noDisplayTitle());
  findings.push(...xmp(doc));

  const elements = walk(doc, tree);
  findings.push(...headings(elements), ...figures(elements));
  const linkParents = parentTreeRoles(doc, tree);
  doc.getPages().forEach((page, index) => {
    const unmarked = unmarkedPainting(doc, page.node.Contents());
    if (unmarked.count > 0) findings.push({ check: 'tagged', page: index, message: messages.tagging.unmarked(unmarked.count, unmarked.first) });
    const annots = page.node.Annots();
    const links = annots ? annots.asArray().map((a) => doc.context.lookup(a)).filter((a): a is PDFDict => a instanceof PDFDict && a.get(PDFName.of('Subtype'))?.toString() === '/Link') : [];
    for (const link of links) {
      const parent = link.lookupMaybe(PDFName.of('StructParent'), PDFNumber);
      if (!parent || linkParents.get(parent.asNumber()) !== 'Link') findings.push({ check: 'tagged', page: index, message: messages.tagging.linkOutside(uri(link)) });
      if (!text(link.lookup(PDFName.of('Contents')))) findings.push({ check: 'tagged', page: index, message: messages.tagging.linkNoContents(uri(link)) });
    }
    if (links.length > 0 && page.node.get(PDFName.of('Tabs'))?.toString() !== '/S') findings.push({ check: 'tagged', page: index, message: messages.tagging.noTabs() });
  });
  return findings;
};

/** Whether the file is tagged at all (MarkInfo /Marked true and a structure tree), for the manifest. */
export function isTagged(doc: PDFDocument): boolean {
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  return markInfo?.get(PDFName.of('Marked'))?.toString() === 'true' && doc.catalog.has(PDFName.of('StructTreeRoot'));
}

interface Element {
  role: string;
  dict: PDFDict;
}

/** Every structure element in document order (depth first), as a screen reader meets them. */
function walk(doc: PDFDocument, root: PDFDict): Element[] {
  const out: Element[] = [];
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined) => {
    const value = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (!value || seen.has(value)) return;
    seen.add(value);
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict)) return;
    const role = value.get(PDFName.of('S'));
    if (role instanceof PDFName) out.push({ role: role.decodeText(), dict: value });
    visit(value.get(PDFName.of('K')));
  };
  visit(root.get(PDFName.of('K')));
  return out;
}

/** Headings start at H1 and go down one level at a time (H1 → H3 skips H2). */
function headings(elements: Element[]): Finding[] {
  const findings: Finding[] = [];
  let level = 0;
  for (const el of elements) {
    const m = /^H([1-6])$/.exec(el.role);
    if (!m) continue;
    const next = Number(m[1]);
    if (next > level + 1) findings.push({ check: 'tagged', page: 0, message: messages.tagging.headingSkip(level, next) });
    level = next;
  }
  return findings;
}

function figures(elements: Element[]): Finding[] {
  return elements
    .filter((el) => el.role === 'Figure' && !text(el.dict.lookup(PDFName.of('Alt'))) && !text(el.dict.lookup(PDFName.of('ActualText'))))
    .map(() => ({ check: 'tagged', page: 0, message: messages.tagging.figureNoAlt() }));
}

/** The role of the element each StructParent key of the parent tree points to (annotations' keys). */
function parentTreeRoles(doc: PDFDocument, tree: PDFDict): Map<number, string> {
  const roles = new Map<number, string>();
  const visit = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 32) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.lookup(i);
      const value = nums.lookup(i + 1);
      if (key instanceof PDFNumber && value instanceof PDFDict) roles.set(key.asNumber(), value.get(PDFName.of('S'))?.toString().slice(1) ?? '');
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    kids?.asArray().forEach((k) => visit(doc.context.lookup(k) as PDFDict | undefined, depth + 1));
  };
  visit(tree.lookupMaybe(PDFName.of('ParentTree'), PDFDict), 0);
  return roles;
}

/** XMP: present, well-formed XML (pdfkit once wrote a title's "&" raw), with pdfuaid:part 1 and dc:title. */
function xmp(doc: PDFDocument): Finding[] {
  const stream = doc.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFStream)) return [{ check: 'tagged', page: 0, message: messages.tagging.xmp('no XMP metadata stream') }];
  const xml = Buffer.from(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()).toString('utf8');
  const problems: string[] = [];
  const parser = sax.parser(true, {});
  parser.onerror = (e) => {
    problems.push(`not well-formed XML: ${e.message.split('\n')[0]}`);
    throw e;
  };
  try {
    parser.write(xml.replace(/^<\?xpacket[^>]*\?>|<\?xpacket[^>]*\?>\s*$/g, '').trim()).close();
  } catch {
    // reported by onerror
  }
  if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>/.test(xml)) problems.push('no pdfuaid:part 1');
  if (!/<dc:title>/.test(xml)) problems.push('no dc:title');
  return problems.map((p) => ({ check: 'tagged', page: 0, message: messages.tagging.xmp(p) }));
}

/** Operators that put marks on the page: text, paths (clipping's "n" too), shadings, XObjects, inline images. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'sh', 'Do', 'EI']);

/**
 * Painting operators outside marked content that is either structure (has an MCID) or an
 * Artifact: what a screen reader would meet as stray, unordered text or shapes.
 */
function unmarkedPainting(doc: PDFDocument, contents: PDFObject | undefined): { count: number; first: string } {
  const streams = (contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []).map((c) => doc.context.lookup(c));
  const source = streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
  const stack: boolean[] = [];
  let operands: string[] = [];
  let count = 0;
  let first = '';
  for (const token of tokens(source)) {
    if (!token.operator) {
      operands.push(token.value);
      continue;
    }
    const op = token.value;
    if (op === 'BMC' || op === 'BDC') stack.push(operands[0] === '/Artifact' || operands.includes('/MCID') || stack.at(-1) === true);
    else if (op === 'EMC') stack.pop();
    else if (PAINTING.has(op) && stack.at(-1) !== true) {
      if (count === 0) first = op;
      count++;
    }
    operands = [];
  }
  return { count, first };
}

/** A content stream's tokens: operands (numbers, names, strings, array and dictionary brackets) and operators. */
function* tokens(s: string): Generator<{ value: string; operator: boolean }> {
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '%') while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    else if (c === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      const start = i;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      i++;
      yield { value: s.slice(start, i), operator: false };
    } else if (c === '<' && s[i + 1] === '<') {
      i += 2;
      yield { value: '<<', operator: false };
    } else if (c === '>' && s[i + 1] === '>') {
      i += 2;
      yield { value: '>>', operator: false };
    } else if (c === '<') {
      const end = s.indexOf('>', i);
      const stop = end < 0 ? s.length : end + 1;
      yield { value: s.slice(i, stop), operator: false };
      i = stop;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
      yield { value: c, operator: false };
    } else {
      const start = i;
      i++;
      while (i < s.length && !/[\s()<>[\]{}/%]/.test(s[i]!)) i++;
      const value = s.slice(start, i);
      const operator = c !== '/' && !/^[-+.\d]/.test(value) && value !== 'true' && value !== 'false' && value !== 'null';
      yield { value, operator };
      // An inline image's data is binary until EI: skip it.
      if (operator && value === 'ID') {
        const end = s.indexOf('EI', i);
        i = end < 0 ? s.length : end;
      }
    }
  }
}

const text = (obj: PDFObject | undefined): string => {
  if (!obj) return '';
  const o = obj as { decodeText?: () => string };
  return typeof o.decodeText === 'function' ? o.decodeText().trim() : '';
};

const uri = (link: PDFDict): string => {
  const action = link.lookupMaybe(PDFName.of('A'), PDFDict);
  return text(action?.lookup(PDFName.of('URI'))) || text(action?.lookup(PDFName.of('D'))) || 'a link';
};
