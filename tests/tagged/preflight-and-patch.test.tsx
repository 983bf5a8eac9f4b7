import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Image, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import sharp from 'sharp';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { preflightPdf } from '../../src/preflight/index.ts';
import { edit, fixtureProject, ROOT } from '../helpers/project.ts';
import { pageContent } from '../helpers/pdf.ts';
import { allNodes, readStructure, xmpOf } from './structure.ts';
import { tempDir } from '../helpers/project.ts';
import { writeFile } from 'node:fs/promises';

let email: Uint8Array;
let booklet: Uint8Array;

beforeAll(async () => {
  const root = await fixtureProject('minimal');
  await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [booklet-a5, email-a4]');
  await build({ root, locale: 'en' });
  email = await readFile(join(root, 'output/mini/mini.en.email-a4.pdf'));
  booklet = await readFile(join(root, 'output/mini/mini.en.booklet-a5.pdf'));
}, 120_000);

const checkTagged = async (bytes: Uint8Array) => (await preflightPdf({ bytes, format: 'email-a4' })).findings.filter((f) => f.check === 'tagged').map((f) => f.message);
/** The email edition changed by `change`, saved again. */
const broken = async (change: (pdf: PDFDocument) => void) => {
  const pdf = await PDFDocument.load(email, { updateMetadata: false });
  change(pdf);
  return pdf.save({ useObjectStreams: true });
};

describe('preflight k) of a tagged edition', () => {
  it('passes the built email edition, records it as tagged, and keeps print formats untagged', async () => {
    expect(await checkTagged(email)).toEqual([]);
    expect((await preflightPdf({ bytes: email, format: 'email-a4' })).figures.tagged).toBe(true);
    const print = await PDFDocument.load(booklet, { updateMetadata: false });
    expect(print.catalog.get(PDFName.of('StructTreeRoot'))).toBeUndefined();
    expect((await preflightPdf({ bytes: booklet, format: 'booklet-a5' })).figures.tagged).toBe(false);
  });

  it('refuses an email edition without structure', async () => {
    const untagged = await broken((pdf) => pdf.catalog.delete(PDFName.of('StructTreeRoot')));
    expect(await checkTagged(untagged)).toEqual([expect.stringContaining('has no structure tree')]);
  });

  it('finds shapes painted outside marked content', async () => {
    const stray = await broken((pdf) => pdf.getPage(1).drawRectangle({ x: 100, y: 100, width: 20, height: 20 }));
    expect(await checkTagged(stray)).toEqual([expect.stringContaining('outside marked content')]);
  });

  it('finds a link without /Contents, one outside a Link element, a missing /Lang and a skipped heading level', async () => {
    const bad = await broken((pdf) => {
      pdf.catalog.delete(PDFName.of('Lang'));
      const link = pdf
        .getPages()
        .flatMap((p) => p.node.Annots()?.asArray() ?? [])
        .map((a) => pdf.context.lookup(a))
        .find((a): a is PDFDict => a instanceof PDFDict)!;
      link.delete(PDFName.of('Contents'));
      link.set(PDFName.of('StructParent'), PDFNumber.of(9999));
      const h2 = [...pdf.context.enumerateIndirectObjects()].map(([, o]) => o).find((o) => o instanceof PDFDict && o.get(PDFName.of('S'))?.toString() === '/H2') as PDFDict;
      h2.set(PDFName.of('S'), PDFName.of('H4'));
    });
    const found = await checkTagged(bad);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no /Lang'),
        expect.stringContaining('has no /Contents'),
        expect.stringContaining('not inside a Link element'),
        expect.stringContaining('from H1 to H4'),
      ]),
    );
  });

  it('finds XMP that is not well-formed (a raw "&" in the title)', async () => {
    const bad = await broken((pdf) => {
      const xml = xmpOf(pdf).replace('<dc:title>', '<dc:title>Salt & pepper');
      const stream = pdf.context.stream(xml, { Type: 'Metadata', Subtype: 'XML' });
      pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
    });
    expect(await checkTagged(bad)).toEqual([expect.stringContaining('not well-formed XML')]);
  });
});

describe('the react-pdf patch', () => {
  it('is applied, to the exact versions package.json pins', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; overrides: Record<string, string> };
    const installed = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(installed('@react-pdf/renderer')).toBe(pkg.dependencies['@react-pdf/renderer']);
    for (const [name, version] of Object.entries(pkg.overrides)) expect(installed(name)).toBe(version);
    // The patch file names the version it was made for.
    expect(readFileSync(join(ROOT, `patches/@react-pdf+render+${pkg.overrides['@react-pdf/render']}.patch`), 'utf8')).toContain('Tagged PDF (PDF/UA-1)');
    expect(readFileSync(join(ROOT, 'node_modules/@react-pdf/render/lib/index.js'), 'utf8')).toContain('Tagged PDF (PDF/UA-1). Patch by the leaflets project');
  });

  it('escapes the XMP title, tagged or not, and keeps the Info title as written', async () => {
    for (const tagged of [true, false]) {
      const props = tagged ? ({ tagged: true, conformance: 'PDF/UA' } as object) : {};
      const bytes = await renderToBuffer(
        <Document title="Salt & pepper <1>" language="en" {...props}>
          <Page size="A6">
            <Text>x</Text>
          </Page>
        </Document>,
      );
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getTitle()).toBe('Salt & pepper <1>');
      if (tagged) expect(xmpOf(pdf)).toContain('Salt &amp; pepper &lt;1&gt;');
    }
  });

  it('tags nothing without `tagged`', async () => {
    const bytes = await renderToBuffer(
      <Document>
        <Page size="A6">
          <Text {...({ tag: 'H1' } as object)}>x</Text>
        </Page>
      </Document>,
    );
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeUndefined();
    expect(pageContent(pdf, 0).page).toMatch(/\bTJ\b/);
    expect(pageContent(pdf, 0).page).not.toMatch(/\bBDC\b/);
  });

  it('puts an image with alt in a Figure with /Alt, and one without among the artifacts', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer();
    const bytes = await renderToBuffer(
      <Document title="Figures" language="en" {...({ tagged: true, conformance: 'PDF/UA' } as object)}>
        <Page size="A6">
          <Text {...({ tag: 'H1' } as object)}>Figures</Text>
          <Image src={{ data: png, format: 'png' }} style={{ width: 40, height: 40 }} {...({ tag: 'Figure', alt: 'A black square' } as object)} />
          <Image src={{ data: png, format: 'png' }} style={{ width: 40, height: 40 }} />
        </Page>
      </Document>,
    );
    expect(await checkTagged(bytes)).toEqual([]);
    const file = join(await tempDir('figure'), 'figure.pdf');
    await writeFile(file, bytes);
    const figures = allNodes(await readStructure(file)).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toEqual(['A black square']);
    const content = pageContent(await PDFDocument.load(bytes), 0).page;
    expect(content.match(/\/Figure <<\s*\/MCID \d+\s*>> BDC(?:(?!EMC)[^])*\bDo\b/)).not.toBeNull();
    expect(content.match(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC(?:(?!EMC)[^])*\bDo\b/)).not.toBeNull();
  });
});
