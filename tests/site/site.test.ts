import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';
import { buildSite, projectSite } from '../../src/site/index.ts';
import { openOutput, type ManifestEntry } from '../../src/write/index.ts';
import { expectConsistent, manifestOf } from '../helpers/output.ts';
import { edit, fixtureProject, ROOT, runCli } from '../helpers/project.ts';

/** The minimal fixture, publishing online: it then gets the site, with the site's words of the real ui files. */
async function publishing(): Promise<string> {
  const root = await fixtureProject('minimal');
  await writeFile(join(root, 'content/publishing.yaml'), 'onlineBaseUrl: https://help.example.org/leaflets/\n');
  for (const code of ['en', 'ru']) {
    const words = /\nsite:\n(?: {2}.*\n)+/.exec(await readFile(join(ROOT, `content/ui/${code}.yaml`), 'utf8'))![0];
    await writeFile(join(root, `content/ui/${code}.yaml`), `${await readFile(join(root, `content/ui/${code}.yaml`), 'utf8')}${words}`);
  }
  return root;
}

describe('the site in output/site/', () => {
  it('is written with the PDFs for a project that publishes online, every file listed in the manifest', async () => {
    const root = await publishing();
    const result = await runCli(root, ['build']);
    expect(result.code, result.err).toBe(0);
    const out = join(root, 'output');
    const site = (await readdir(join(out, 'site'), { recursive: true, withFileTypes: true }))
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name).slice(join(out, 'site').length + 1))
      .sort();
    expect(site.filter((f) => f.startsWith('assets/fonts/'))).toContainEqual(expect.stringMatching(/^assets\/fonts\/NotoSans-Regular\.[0-9a-f]{12}\.woff2$/));
    expect(site).toEqual(
      expect.arrayContaining(['index.html', 'assets/site.css', 'mini/en/index.html', 'mini/ru/index.html', 'mini/ru/mini.ru.booklet-a5.pdf', 'mini/ru/mini.ru.booklet-a5.jpg']),
    );
    await expectConsistent(out);
    const manifest = await manifestOf(out);
    expect([...manifest.keys()].filter((f) => f.startsWith('site/')).sort()).toEqual(site.map((f) => `site/${f}`));
    // The PDF beside the page is the one in output/, byte for byte.
    expect(await readFile(join(out, 'site/mini/ru/mini.ru.booklet-a5.pdf'))).toEqual(await readFile(join(out, 'mini/mini.ru.booklet-a5.pdf')));

    const page = await readFile(join(out, 'site/mini/ru/index.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ru" dir="ltr">/);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain('<h2>First section</h2>'.replace('First section', (await readFile(join(root, 'content/leaflets/mini/ru.yaml'), 'utf8')).match(/heading: (.+)/)![1]!));
    // Numbers are links, kept left to right; the picture of the booklet's first page is there.
    expect(page).toMatch(/<a href="tel:\+\d+" dir="ltr" class="fact">/);
    expect(page).toMatch(/<img src="mini\.ru\.booklet-a5\.jpg" width="320" height="\d+" alt=""/);
  });

  it('writes no site for a project without content/publishing.yaml', async () => {
    const root = await fixtureProject('minimal');
    expect((await runCli(root, ['build', '--locale', 'en'])).code).toBe(0);
    await expect(readdir(join(root, 'output/site'))).rejects.toThrow();
  });

  it('is made again when it no longer matches the manifest, and never written through a symbolic link', async () => {
    const root = await publishing();
    const out = join(root, 'output');
    expect((await runCli(root, ['build', '--locale', 'en'])).code).toBe(0);
    await writeFile(join(out, 'site/mini/en/index.html'), 'changed by hand');
    // The next start removes a site it cannot vouch for; the build then writes it again.
    const again = await runCli(root, ['build', '--locale', 'en']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('note: removed output/site/: it did not match output/manifest.json');
    expect(await readFile(join(out, 'site/mini/en/index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    await expectConsistent(out);

    // A site removed by a crash between the two renames is simply not listed any more.
    await rm(join(out, 'site'), { recursive: true });
    await (await openOutput(out)).close();
    await expectConsistent(out);

    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, join(out, 'site'));
    const refused = await runCli(root, ['build', '--locale', 'en']);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/site is a symbolic link, and the build never writes through one/);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('goes with the PDFs a content mistake removes: no copy of an old PDF stays in the site', async () => {
    const root = await publishing();
    const out = join(root, 'output');
    expect((await runCli(root, ['build'])).code).toBe(0);
    await edit(root, 'content/leaflets/mini/en.yaml', '{{phone "hotline"}}', '{{phone "hotlin"}}');
    expect((await runCli(root, ['build', '--locale', 'en'])).code).toBe(1);
    // A mistake in the source text stops the whole leaflet: it is left out of the site, with
    // every copy of its PDFs, until it is put right; the site itself stays.
    await expect(readdir(join(out, 'site/mini'))).rejects.toThrow();
    expect(await readdir(join(out, 'site'))).toContain('index.html');
    await expectConsistent(out);
    // Put right, the next build writes it again.
    await edit(root, 'content/leaflets/mini/en.yaml', '{{phone "hotlin"}}', '{{phone "hotline"}}');
    expect((await runCli(root, ['build', '--locale', 'en'])).code).toBe(0);
    expect(await readdir(join(out, 'site/mini'))).toEqual(['en', 'ru']);
    await expectConsistent(out);
  });

  it('says so where a picture of a PDF cannot be made, never showing a broken image', async () => {
    const root = await publishing();
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [booklet-a5, email-a4]');
    const { project } = await prepare(root, {});
    const pdf: ManifestEntry = { leaflet: 'mini', locale: 'en', format: 'email-a4', file: 'mini/mini.en.email-a4.pdf', pages: 3, bytes: 12_000, sha256: '0'.repeat(64), status: 'source', draft: false };
    const files = await projectSite(project, { pdfs: [pdf], read: async (file) => (file === pdf.file ? new TextEncoder().encode('%PDF-1.7 not really') : undefined) });
    const index = new TextDecoder().decode(files.find((f) => f.file === 'index.html')!.bytes);
    expect(index).toContain('<span class="no-picture">No picture of the first page could be made.</span>');
    expect(index).not.toContain('<img');
    expect(index).toContain('<a href="mini/en/mini.en.email-a4.pdf">');
    expect(index).toContain('This leaflet has 3 pages. · 12 kB');
    expect(files.some((f) => f.file.endsWith('.jpg'))).toBe(false);
  });

  it('has fonts that draw every character of its pages, Thai SARA AM included (drawn by its parts), and keeps Thai words whole', async () => {
    const { project } = await prepare(ROOT, { leaflet: 'kom-possible-victims' });
    const files = await projectSite(project, { pdfs: [], read: async () => undefined });
    const page = new TextDecoder().decode(files.find((f) => f.file === 'kom-possible-victims/th/index.html')!.bytes);
    const thai = fontkit.create(Buffer.from(files.find((f) => /^assets\/fonts\/NotoSansThai-Regular\.\w+\.woff2$/.test(f.file))!.bytes)) as fontkit.Font;
    const text = page.replace(/<[^>]*>/g, '');
    const missing = [...new Set(`${text}${text.normalize('NFKD')}`)].filter((c) => /\p{Script=Thai}/u.test(c) && !thai.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(text).toContain('\u0E33');
    // Words the line breaker's dictionary would split (keepWhole in content/locales.yaml) are kept whole, as in the PDF.
    expect(page).toContain('<span class="whole">ผู้เสียหาย</span>');
    expect(missing).toEqual([]);
    // A subset, not the whole font.
    expect(files.find((f) => /^assets\/fonts\/NotoSansSC-Regular-Subset\.\w+\.woff2$/.test(f.file))!.bytes.byteLength).toBeLessThan(400_000);
  });
});

it('buildSite lists nothing for a leaflet without PDFs but its web page', async () => {
  const root = await publishing();
  const { project, targets } = await prepare(root, { locale: 'en' });
  const files = await buildSite({ root, fonts: project.fonts, leaflets: targets.map((t) => t.localized.leaflet), localeOrder: ['en'], titleLocales: ['en'], pdfs: [], read: async () => undefined });
  const page = new TextDecoder().decode(files.find((f) => f.file === 'mini/en/index.html')!.bytes);
  expect(page).not.toContain('id="pdf"');
  expect(page).toContain('href="../../index.html#en"');
  expect(page).toContain('href="../../assets/site.css"');
});
