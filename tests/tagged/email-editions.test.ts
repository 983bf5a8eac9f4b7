import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDict, PDFName, PDFNumber, PDFString, PDFHexString } from 'pdf-lib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/write/index.ts';
import { fullBuild, ROOT } from '../helpers/project.ts';
import { allNodes, readStructure, readTree, squeeze, xmpOf, type DocElement } from './structure.ts';

type Leaflet = { id: string; locales: string[]; formats: string[] };
type Text = { title: string; sections: Array<{ heading: string; blocks: Array<{ list?: unknown[] }> }> };

const LEAFLETS = readdirSync(join(ROOT, 'content/leaflets'))
  .filter((d) => !d.startsWith('_'))
  .map((d) => parse(readFileSync(join(ROOT, 'content/leaflets', d, 'leaflet.yaml'), 'utf8')) as Leaflet)
  .filter((l) => l.formats.includes('email-a4'));
const editions = LEAFLETS.flatMap((l) => l.locales.map((locale) => [l.id, locale] as const));
const content = (leaflet: string, locale: string) => parse(readFileSync(join(ROOT, 'content/leaflets', leaflet, `${locale}.yaml`), 'utf8')) as Text;
const ui = (locale: string) => parse(readFileSync(join(ROOT, 'content/ui', `${locale}.yaml`), 'utf8')) as { back: { heading: string } };

let outDir: string;
let entries: ManifestEntry[] = [];
const fileOf = (leaflet: string, locale: string) => join(outDir, leaflet, `${leaflet}.${locale}.email-a4.pdf`);

beforeAll(async () => {
  // Read from the run's one full build (tests/global-build.ts).
  const full = await fullBuild();
  outDir = full.outDir;
  entries = full.entries.filter((e) => e.format === 'email-a4');
}, 900_000);

describe('tagged email editions (PDF/UA-1)', () => {
  it.each(editions)('%s %s: headings H1 then H2 in order, lists, every text in the structure or an artifact', async (leaflet, locale) => {
    const file = fileOf(leaflet, locale);
    const structure = await readStructure(file);
    const nodes = allNodes(structure);
    const text = content(leaflet, locale);
    // The title is the one H1, on the cover; then every section's heading as H2, and the contacts page's.
    const headings = nodes.filter((n) => /^H[1-6]$/.test(n.role) && n.role !== 'H3');
    expect(headings.map((h) => h.role)).toEqual(['H1', ...text.sections.map(() => 'H2'), 'H2']);
    expect(headings.map((h) => squeeze(h.text))).toEqual([text.title, ...text.sections.map((s) => s.heading), ui(locale).back.heading].map(squeeze));
    // Nothing drawn outside the structure or an Artifact.
    expect(structure.unmarked).toEqual([]);

    const tree = await readTree(file);
    // Lists: as many top-level lists as the text has, each L holding only LI, each LI an LBody.
    const lists = tree.all.filter((e) => e.role === 'L');
    const topLists = lists.filter((l) => !tree.all.some((p) => p.role === 'LBody' && p.children.includes(l)));
    expect(topLists).toHaveLength(text.sections.flatMap((s) => s.blocks).filter((b) => b.list).length);
    for (const l of lists) {
      expect(l.children.length).toBeGreaterThan(0);
      expect(l.children.every((c) => c.role === 'LI' && c.children.some((b) => b.role === 'LBody'))).toBe(true);
    }
    const nestedInText = text.sections.some((s) => s.blocks.some((b) => b.list?.some((i) => typeof i === 'object')));
    expect(lists.length > topLists.length).toBe(nestedInText);
  });

  it.each(editions)('%s %s: links in Link elements with /Contents; /Lang, MarkInfo, title shown, XMP with pdfuaid', async (leaflet, locale) => {
    const file = fileOf(leaflet, locale);
    const { pdf, all, parentRoles } = await readTree(file);
    const linkElements = all.filter((e) => e.role === 'Link');
    let annotations = 0;
    for (const page of pdf.getPages()) {
      const annots = page.node.Annots()?.asArray().map((a) => pdf.context.lookup(a)) ?? [];
      for (const annot of annots) {
        if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
        annotations++;
        const key = annot.lookup(PDFName.of('StructParent'), PDFNumber).asNumber();
        expect(parentRoles.get(key)).toBe('Link');
        const contents = annot.lookup(PDFName.of('Contents'));
        expect(contents instanceof PDFString || contents instanceof PDFHexString ? contents.decodeText().trim() : '').not.toBe('');
      }
      if (annots.length > 0) expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
    }
    // Every leaflet with a hotline number links it (the Finnish services have no numbers).
    if (leaflet !== 'fi-trafficking') expect(annotations).toBeGreaterThan(0);
    expect(linkElements.reduce((n: number, e: DocElement) => n + e.objects.length, 0)).toBe(annotations);

    expect((pdf.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe(locale);
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const xmp = xmpOf(pdf);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toMatch(/<dc:title>/);
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('K'))).toBeDefined();
    expect(pdf.getPages().every((p) => p.node.lookup(PDFName.of('StructParents')) !== undefined)).toBe(true);
    expect(all.filter((e) => e.role === 'Figure').every((f) => f.dict.lookup(PDFName.of('Alt')))).toBe(true);
  });

  it.each(editions)('%s %s: at most 150 KB, and the manifest says tagged and passed', async (leaflet, locale) => {
    expect((await stat(fileOf(leaflet, locale))).size).toBeLessThanOrEqual(150 * 1024);
    const entry = entries.find((e) => e.leaflet === leaflet && e.locale === locale);
    expect(entry?.preflight).toMatchObject({ passed: true, tagged: true });
  });

  it('gives a screen reader the Arabic text whole: "ولا يمكن تمديد" in the KOM leaflet, in reading order', async () => {
    const structure = await readStructure(fileOf('kom-possible-victims', 'ar'));
    const spans = allNodes(structure).filter((n) => n.role === 'Span' && n.alt);
    expect(spans.some((s) => s.alt!.includes('ولا يمكن تمديد'))).toBe(true);
    // The same paragraph as the content has it, from its spans in structure order.
    const paragraph = content('kom-possible-victims', 'ar')
      .sections.flatMap((s) => s.blocks as Array<{ text?: string }>)
      .map((b) => b.text ?? '')
      .find((t) => t.includes('ولا يمكن تمديد'))!;
    const p = allNodes(structure).find((n) => n.role === 'P' && n.text.includes('ولا يمكن تمديد'))!;
    expect(squeeze(p.text)).toBe(squeeze(paragraph));
  });

  it('gives Thai with SARA AM composed, as the content has it', async () => {
    const structure = await readStructure(fileOf('kom-possible-victims', 'th'));
    const text = allNodes(structure)
      .filter((n) => n.role === 'Span' && n.alt)
      .map((n) => n.alt)
      .join('');
    expect(text).toContain('\u0E33');
    expect(text).not.toMatch(/\u0E4D[\u0E48-\u0E4B]*\u0E32/);
    const heading = content('kom-possible-victims', 'th').sections[0]!.heading;
    expect(allNodes(structure).some((n) => n.role === 'H2' && squeeze(n.text) === squeeze(heading))).toBe(true);
  });

  // poppler (pdftotext, and viewers built on it) reads ActualText from the content stream:
  // Thai runs carry it there too, so copy and search get SARA AM whole.
  const poppler = (() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      console.log('pdftotext (poppler-utils) is not installed: skipping the Thai copy-and-paste test');
      return false;
    }
  })();
  it.runIf(poppler)('lets poppler copy Thai text with SARA AM composed', () => {
    const text = execFileSync('pdftotext', [fileOf('kom-possible-victims', 'th'), '-'], { encoding: 'utf8' });
    expect(text).toContain('\u0E33');
    expect(text).not.toMatch(/\u0E4D[\u0E48-\u0E4B]*\u0E32/);
    expect(text).toContain(content('kom-possible-victims', 'th').sections[0]!.heading);
  });
});
