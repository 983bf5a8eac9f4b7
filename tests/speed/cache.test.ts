import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithReport, type BuildOptions } from '../../src/build.ts';
import { expectConsistent, manifestOf } from '../helpers/output.ts';
import { edit, fixtureProject, ROOT, runCli, tempDir } from '../helpers/project.ts';

/**
 * The cache: each kind of input, changed, rebuilds exactly the PDFs that depend on it
 * (asserted from the list the build returns and from the manifest), and the result is
 * byte for byte what a build without the cache makes.
 */
describe('the build cache', () => {
  let root: string;
  let code: string;
  const FILES = ['card', 'card-sheet', 'email-a4'].flatMap((f) => ['en', 'ru'].map((l) => `mini/mini.${l}.${f}.pdf`)).sort();
  const written = async (options: BuildOptions = {}) => {
    const report = await buildWithReport({ root, codeDir: code, ...options });
    expect(report.entries.map((e) => e.file).sort()).toEqual(FILES);
    await expectConsistent(join(root, 'output'));
    return report.written.map((e) => e.file).sort();
  };
  const files = (locales: string[], formats: string[]) => FILES.filter((f) => locales.some((l) => f.includes(`.${l}.`)) && formats.some((x) => f.endsWith(`.${x}.pdf`)));

  beforeAll(async () => {
    root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [email-a4, card]\ncard: [hotline]');
    // A contact no leaflet prints.
    await edit(root, 'content/contacts.yaml', 'contacts:\n', 'contacts:\n  - id: unused\n    country: NO\n    name:\n      en: Another office\n    phones:\n      - e164: "+4722334455"\n        display: 22 33 44 55\n    source: test fixture\n');
    // The tool's code, copied: a test may change a template without touching the repository's.
    code = await tempDir('code');
    for (const part of ['src', 'templates', 'patches', 'package.json', 'package-lock.json']) await cp(join(ROOT, part), join(code, part), { recursive: true });
    await mkdir(join(code, 'node_modules'));
    await cp(join(ROOT, 'node_modules/.package-lock.json'), join(code, 'node_modules/.package-lock.json')).catch(() => undefined);
  });

  it('builds everything once, then nothing: an unchanged PDF is neither rendered nor rewritten', async () => {
    expect(await written()).toEqual(FILES);
    const before = await manifestOf(join(root, 'output'));
    expect([...before.values()].every((e) => typeof e.cacheKey === 'string')).toBe(true);
    expect(await written()).toEqual([]);
    expect(await manifestOf(join(root, 'output'))).toEqual(before);
  });

  it('a text: only the formats of that language that print it', async () => {
    await edit(root, 'content/leaflets/mini/ru.yaml', 'Первый пункт', 'Самый первый пункт');
    // The card prints no section text.
    expect(await written()).toEqual(files(['ru'], ['email-a4']));
  });

  it("a contact's number: nothing when no leaflet prints it, everything that prints it otherwise", async () => {
    await edit(root, 'content/contacts.yaml', /"\+4722334455"\n(\s+)display: 22 33 44 55/, '"+4722334466"\n$1display: 22 33 44 66');
    expect(await written()).toEqual([]);
    await edit(root, 'content/contacts.yaml', /"\+4747451500"\n(\s+)display: 47 45 15 00/, '"+4747451501"\n$1display: 47 45 15 01');
    expect(await written()).toEqual(FILES);
  });

  it('a ui string: every PDF of that language, no other', async () => {
    await edit(root, 'content/ui/ru.yaml', 'phone: Телефон', 'phone: Тел.');
    expect(await written()).toEqual(files(['ru'], ['card', 'card-sheet', 'email-a4']));
  });

  it('a template file: the formats that use it', async () => {
    await writeFile(join(code, 'templates/email-a4.tsx'), `${await readFile(join(code, 'templates/email-a4.tsx'), 'utf8')}\n// changed\n`);
    expect(await written()).toEqual(files(['en', 'ru'], ['email-a4']));
    await writeFile(join(code, 'templates/card.tsx'), `${await readFile(join(code, 'templates/card.tsx'), 'utf8')}\n// changed\n`);
    expect(await written()).toEqual(files(['en', 'ru'], ['card', 'card-sheet']));
  });

  it('a font: nothing when no chain of these languages uses it, every PDF that does otherwise', async () => {
    await cp(join(root, 'fonts/NotoNaskhArabic-Bold.ttf'), join(root, 'fonts/NotoNaskhArabic-Regular.ttf'));
    expect(await written()).toEqual([]);
    await cp(join(root, 'fonts/NotoSans-BoldItalic.ttf'), join(root, 'fonts/NotoSans-Italic.ttf'));
    expect(await written()).toEqual(FILES);
  });

  it("a format's option: only that format", async () => {
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'card: [hotline]', 'card: [hotline, emergency]');
    expect(await written()).toEqual(files(['en', 'ru'], ['card', 'card-sheet']));
  });

  it('the date stamp: everything', async () => {
    expect(await written({ sourceDateEpoch: 1767225600 })).toEqual(FILES);
    expect(await written({ sourceDateEpoch: 1767225600 })).toEqual([]);
  });

  it('a PDF changed on disk is built again', async () => {
    const file = join(root, 'output/mini/mini.en.card.pdf');
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from('\n% edited\n')]));
    expect(await written({ sourceDateEpoch: 1767225600 })).toEqual(files(['en'], ['card', 'card-sheet']));
  });

  it('is byte for byte what a build without the cache makes', async () => {
    const fresh = join(await tempDir('fresh'), 'output');
    await buildWithReport({ root, outDir: fresh, codeDir: code, sourceDateEpoch: 1767225600, force: true });
    const hash = async (dir: string) => Object.fromEntries(await Promise.all(FILES.map(async (f) => [f, createHash('sha256').update(await readFile(join(dir, f))).digest('hex')])));
    expect(await hash(join(root, 'output'))).toEqual(await hash(fresh));
  });

  it('--force renders again; the summary says what was rebuilt and what was left unchanged', async () => {
    const first = await runCli(root, ['build', '--locale', 'en', '--format', 'email-a4']);
    expect(first.code).toBe(0);
    const again = await runCli(root, ['build', '--locale', 'en', '--format', 'email-a4']);
    expect(again.out).toMatch(/^Built 1 PDF \(all unchanged\) in [\d.]+ s; list in output\/manifest\.json$/m);
    const forced = await runCli(root, ['build', '--locale', 'en', '--format', 'email-a4', '--force']);
    expect(forced.out).toMatch(/^ {2}output\/mini\/mini\.en\.email-a4\.pdf {2}\d+ pages? /m);
    expect(forced.out).toMatch(/^Built 1 PDF in [\d.]+ s; list in output\/manifest\.json$/m);
    const all = await runCli(root, ['build', '--format', 'email-a4', '--json']);
    const events = all.out.split('\n').map((l) => JSON.parse(l) as { event: string; written?: number; unchanged?: number });
    expect(events.at(-1)).toMatchObject({ event: 'summary', written: 1, unchanged: 1 });
  });
});
