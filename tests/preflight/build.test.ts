import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { build, prepare } from '../../src/build.ts';
import { localizeChart } from '../../src/localize/chart.ts';
import { preflightPdf } from '../../src/preflight/index.ts';
import { manifestFontNames } from '../../src/preflight/inputs.ts';
import { renderChartPdf } from '../../src/render/index.ts';
import type { ManifestEntry } from '../../src/write/index.ts';
import { readText } from '../helpers/pdf.ts';
import { edit, fixtureProject, ROOT, runCli, tempDir } from '../helpers/project.ts';

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );
const MM = 72 / 25.4;
const STACK = /^\s+at |Error:/m;

describe('preflight in the build', () => {
  it('records what it measured in the manifest for every PDF', async () => {
    const root = await fixtureProject('minimal');
    const entries = await build({ root });
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.preflight).toMatchObject({ passed: true });
      expect(e.preflight!.smallestTextPt).toBeGreaterThanOrEqual(8);
      expect(e.preflight!.closestToTrimMm).toBeGreaterThanOrEqual(5);
    }
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as ManifestEntry[];
    expect(manifest.every((e) => e.preflight?.passed === true)).toBe(true);
  });

  it('sets a list of 150 items over pages in the email edition, nothing printed over anything', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [booklet-a5, email-a4]');
    // Item names without numbers: "Item 112" would be an emergency number typed into the text.
    const name = (i: number) => `${'abcdefghijklmno'[i % 15]}${'abcdefghij'[Math.floor(i / 15)]}`;
    const items = (word: string) => Array.from({ length: 150 }, (_, i) => `          - ${word} ${name(i)}`).join('\n');
    await edit(root, 'content/leaflets/mini/en.yaml', /          - One point\n          - text: Another point with\n            list:\n              - a sub-point/, items('Item'));
    await edit(root, 'content/leaflets/mini/ru.yaml', /          - Первый пункт\n          - text: Второй пункт с\n            list:\n              - подпунктом/, items('Пункт'));
    const result = await runCli(root, ['build', '--format', 'email-a4']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const text = await readText(join(root, 'output/mini/mini.en.email-a4.pdf'));
    for (const n of [0, 75, 149]) expect(text.all).toContain(`Item ${name(n)}`);
  });

  it('lets a box or a bullet longer than a page break across pages, nothing printed over the footer', async () => {
    const root = await fixtureProject('minimal');
    const long = (sentence: string) => Array.from({ length: 110 }, () => sentence).join(' ');
    await edit(root, 'content/leaflets/mini/en.yaml', /callout: In an emergency, call \{\{phone "emergency"\}\}\./, `callout: 'In an emergency, call {{phone "emergency"}}. ${long('Keep this warning in mind.')}'`);
    await edit(root, 'content/leaflets/mini/ru.yaml', /callout: В экстренной ситуации звоните \{\{phone "emergency"\}\}\./, `callout: 'В экстренной ситуации звоните {{phone "emergency"}}. ${long('Помните об этом.')}'`);
    await edit(root, 'content/leaflets/mini/en.yaml', '          - One point', `          - ${long('A point that goes on.')}`);
    await edit(root, 'content/leaflets/mini/ru.yaml', '          - Первый пункт', `          - ${long('Пункт продолжается.')}`);
    const result = await runCli(root, ['build']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as ManifestEntry[];
    expect(manifest.find((e) => e.file === 'mini/mini.en.booklet-a5.pdf')!.pages).toBeGreaterThan(4);
  });

  it('refuses a PDF that fails, with one line naming the content line, and leaves no copy of it', async () => {
    const root = await fixtureProject('minimal');
    await runCli(root, ['build']);
    expect(await exists(join(root, 'output/mini/mini.en.booklet-a5.pdf'))).toBe(true);
    // A word too long for any line runs past the page's edge: content is valid, the PDF is not.
    await edit(root, 'content/leaflets/mini/en.yaml', '      - id: note', `      - id: long\n        text: ${'W'.repeat(90)}\n      - id: note`);
    await edit(root, 'content/leaflets/mini/ru.yaml', '      - id: note', '      - id: long\n        text: Длинное слово\n      - id: note');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(1);
    // The README shows this very output.
    expect(await readFile(join(ROOT, 'README.md'), 'utf8')).toContain(`\n${result.err}\n`);
    expect(result.err).not.toMatch(STACK);
    const lines = result.err.split('\n').filter((l) => l.includes('preflight'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^content\/leaflets\/mini\/en\.yaml:\d+:\d+ {2}sections\[1\]\.blocks\[0\]\.text: preflight mini en booklet-a5 page \d: "W+…?" is (outside every panel|outside the page|\d+(\.\d)? mm from the trim)/);
    expect(await exists(join(root, 'output/mini/mini.en.booklet-a5.pdf'))).toBe(false);
    expect(await exists(join(root, 'output/mini/mini.en.booklet-a5-imposed.pdf'))).toBe(false);
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as ManifestEntry[];
    expect(manifest.some((e) => e.locale === 'en')).toBe(false);
    expect(manifest.filter((e) => e.locale === 'ru').map((e) => e.format)).toEqual(['booklet-a5-imposed', 'booklet-a5']);
  });

  it('lays out the language chart for 25 languages on two sheets, legible and passing preflight', async () => {
    const prepared = await prepare(ROOT, {});
    const { chart } = localizeChart(prepared.project);
    const entries = Array.from({ length: 25 }, (_, i) => chart.entries[i % chart.entries.length]!);
    const rendered = await renderChartPdf({ root: ROOT, fonts: prepared.project.fonts, chart: { ...chart, entries } });
    expect(rendered.pages).toBe(2);
    const result = await preflightPdf({ bytes: rendered.bytes, format: 'chart-a4', fonts: manifestFontNames(ROOT, prepared.project.fonts) });
    expect(result.findings).toEqual([]);
    const dir = await tempDir('chart');
    await writeFile(join(dir, 'chart.pdf'), rendered.bytes);
    const text = await readText(join(dir, 'chart.pdf'));
    for (const e of entries) expect(text.all).toContain(e.locale.name);
  });
});

describe('leaflets preflight', () => {
  it('re-checks the PDFs in output/ and says each passed', async () => {
    const root = await fixtureProject('minimal');
    await runCli(root, ['build']);
    const result = await runCli(root, ['preflight']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ {2}passed {2}output\/mini\/mini\.en\.booklet-a5\.pdf {2}smallest type \d+(\.\d+)? pt, \d+(\.\d+)? mm from the trim, \d+(\.\d+)?% of lines hyphenated$/m);
    expect(result.out).toMatch(/Checked 4 PDFs: every one passed preflight\.$/);
  });

  it('says so when there is nothing in output/ to check, exit 2', async () => {
    const root = await fixtureProject('minimal');
    const result = await runCli(root, ['preflight']);
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/^ {2}not built {2}output\/mini\/mini\.en\.booklet-a5\.pdf$/m);
    expect(result.err).toMatch(/^leaflets: there are no PDFs of this selection in output\/ to check: run "npx leaflets build" first$/m);
  });

  it('checks a PDF from elsewhere for what needs no content, one line per problem, exit 1', async () => {
    const dir = await tempDir('designer');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([148 * MM, 210 * MM]);
    page.drawText('Call us on this number', { x: 2 * MM, y: 100 * MM, size: 7, font });
    await writeFile(join(dir, 'flyer.pdf'), await doc.save());
    const result = await runCli(dir, ['preflight', 'flyer.pdf']);
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(STACK);
    expect(await readFile(join(ROOT, 'README.md'), 'utf8')).toContain(result.err.split('\n\n')[0]);
    expect(result.err.split('\n').filter(Boolean)).toEqual([
      'flyer.pdf  preflight page 1: "Call us on this number" is set at 7 pt, under the 8 pt minimum: set it at 8 pt or more in the template',
      'flyer.pdf  preflight page 1: "Call us on this number" is 2 mm from the trim, inside the 5 mm safe area where cutting or folding can reach it: move it further in (template padding)',
      '1 problem found; nothing was written.'.replace('1 problem', '2 problems'),
    ]);
  });
});
