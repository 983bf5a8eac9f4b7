import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { readIdentity } from '../../src/finish/document.ts';
import { EnvironmentError } from '../../src/problems.ts';
import type { Writer } from '../../src/write/index.ts';
import { cli, contentBytes, expectConsistent, expectOneLine, finished, manifestOf, run, spawnCli, spawnIdle } from '../helpers/output.ts';
import { edit, fixtureProject, runCli, tempDir } from '../helpers/project.ts';

const MINI = ['mini/mini.en.booklet-a5-imposed.pdf', 'mini/mini.en.booklet-a5.pdf', 'mini/mini.ru.booklet-a5-imposed.pdf', 'mini/mini.ru.booklet-a5.pdf'];

/** A fixture project with one good build in output/. */
async function built(): Promise<{ root: string; out: string; content: Map<string, string> }> {
  const root = await fixtureProject('minimal');
  expect((await runCli(root, ['build'])).code).toBe(0);
  return { root, out: join(root, 'output'), content: await contentBytes(root) };
}

const pdfsIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.pdf')).sort();
const enospc = (path: string) => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write', path });

/** A manifest entry as a rebuild from the PDFs alone gives it: what preflight measured is not in the PDF. */
const withoutPreflight = <T extends { preflight?: unknown; cacheKey?: unknown; warnings?: unknown }>(e: T): Omit<T, 'preflight' | 'cacheKey' | 'warnings'> => {
  // Neither what preflight measured nor what the file was built from is in the PDF itself.
  const { preflight: _measured, cacheKey: _key, warnings: _warnings, ...rest } = e;
  return rest;
};

/**
 * Runs `test` on a fixture project whose output/ is a tmpfs mounted with `options`, and
 * unmounts it after; skips with a printed notice where this machine cannot mount one.
 */
async function onTmpfs(options: string, test: (root: string, out: string) => Promise<void>): Promise<void> {
  const root = await fixtureProject('minimal');
  const out = join(root, 'output');
  await mkdir(out);
  const mounted = await run('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', out]);
  if (mounted.code !== 0) {
    console.log(`skipped: cannot mount a tmpfs here (${mounted.err.trim() || `exit ${mounted.code}`})`);
    return;
  }
  try {
    await test(root, out);
  } finally {
    await run('umount', [out]);
  }
}

describe('output/ after failures of the machine: one line, exit 3, output/ consistent', () => {
  it('output/ is a plain file', async () => {
    const root = await fixtureProject('minimal');
    const content = await contentBytes(root);
    await writeFile(join(root, 'output'), 'not a folder');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(3);
    expectOneLine(result.err, /^leaflets: output is a file where the build needs a folder: move or delete it and build again$/);
    expect(await readFile(join(root, 'output'), 'utf8')).toBe('not a folder');
    expect(await contentBytes(root)).toEqual(content);
  });

  it('a symbolic link at output/<leaflet> is refused and nothing is written through it', async () => {
    const { root, out, content } = await built();
    const elsewhere = await tempDir('elsewhere');
    await rm(join(out, 'mini'), { recursive: true });
    await symlink(elsewhere, join(out, 'mini'));
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(3);
    expectOneLine(result.err, /^leaflets: output\/mini is a symbolic link, and the build never writes through one: replace it with a plain folder \(or delete it\) and build again$/);
    expect(await readdir(elsewhere)).toEqual([]);
    await rm(join(out, 'mini'));
    await expectConsistent(out);
    expect(await contentBytes(root)).toEqual(content);
  });

  it('a disk that fills up while writing (ENOSPC from the write stage): one line, no half-written PDF, older PDFs removed', async () => {
    const { root, out, content } = await built();
    let calls = 0;
    const full: Writer = {
      writeFile: async (path, data) => {
        if (++calls === 2) throw enospc(path);
        await writeFile(path, data);
      },
    };
    // --force: the ru PDFs are unchanged, and would otherwise not be written at all.
    const error = await build({ root, locale: 'ru', writer: full, force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/^\S*output\/\.staging-\d+-\d+\/mini__mini\.ru\.booklet-a5-imposed\.pdf: the disk is full; free some space and run the command again$/);
    // The ru PDFs were the selection: none passes for current. The en PDFs stay, listed.
    expect(await pdfsIn(join(out, 'mini'))).toEqual(['mini.en.booklet-a5-imposed.pdf', 'mini.en.booklet-a5.pdf']);
    expect([...(await manifestOf(out)).keys()]).toEqual(MINI.slice(0, 2));
    await expectConsistent(out);
    expect(await contentBytes(root)).toEqual(content);
  });

  it('a disk full when the manifest is written after the PDFs moved: the next start lists exactly what is there', async () => {
    const { root, out } = await built();
    const full: Writer = {
      writeFile: async (path, data) => {
        if (path.includes('manifest.json')) throw enospc(path);
        await writeFile(path, data);
      },
    };
    await edit(root, 'content/leaflets/mini/en.yaml', /title: .+/, 'title: A changed title');
    await expect(build({ root, locale: 'en', writer: full })).rejects.toThrow(/manifest\.json\.\d+\.tmp: the disk is full/);
    const notices: string[] = [];
    await build({ root, locale: 'ru', onNotice: (m) => notices.push(m) });
    await expectConsistent(out);
    expect(notices.join('\n')).toMatch(/output\/manifest\.json did not match output\/ .*dropped 2 entries without a matching PDF/);
  });

  it('a real full disk (output/ on a 100 KB tmpfs), where mounting is possible', async () => {
    await onTmpfs('size=100k', async (root, out) => {
      const result = await runCli(root, ['build']);
      expect(result.code).toBe(3);
      expectOneLine(result.err, /^leaflets: output\/\.staging-\d+-\d+\/mini__mini\.\w+\.booklet-a5[\w-]*\.pdf: the disk is full; free some space and run the command again$/);
      await expectConsistent(out);
      expect(await pdfsIn(join(out, 'mini'))).toEqual([]);
    });
  });

  it('a read-only output/ (a read-only mount), where mounting is possible', async () => {
    await onTmpfs('ro,size=100k', async (root, out) => {
      const result = await runCli(root, ['build']);
      expect(result.code).toBe(3);
      expectOneLine(result.err, /^leaflets: output\/\.lock: the file system is read-only; run the command in a copy of the project on a writable disk$/);
      expect(await readdir(out)).toEqual([]);
    });
  });

  it('a symbolic link as manifest.json is replaced, never written through', async () => {
    const { root, out } = await built();
    const target = join(await tempDir('target'), 'precious.txt');
    await writeFile(target, 'precious');
    await rm(join(out, 'manifest.json'));
    await symlink(target, join(out, 'manifest.json'));
    const result = await runCli(root, ['build', '--locale', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('note: output/manifest.json is not a plain file: rebuilt it from the 4 PDFs in output/');
    expect(await readFile(target, 'utf8')).toBe('precious');
    await expectConsistent(out);
  });

  it('--debug adds the stack to the one line', async () => {
    const root = await fixtureProject('minimal');
    await writeFile(join(root, 'output'), '');
    const result = await runCli(root, ['build', '--debug']);
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/^\s+at /m);
    expect(result.err).toMatch(/^leaflets: output is a file where the build needs a folder/m);
  });
});

describe('output/ as a transaction', () => {
  it('a second build waits for the lock; both sets of PDFs end up listed', async () => {
    const { root, out } = await built();
    await edit(root, 'content/leaflets/mini/en.yaml', /title: .+/, 'title: A changed title');
    await edit(root, 'content/leaflets/mini/ru.yaml', /title: .+/, 'title: Изменённое название');
    const before = await manifestOf(out);
    const [en, ru] = await Promise.all([cli(root, ['build', '--locale', 'en']), cli(root, ['build', '--locale', 'ru'])]);
    expect([en.code, ru.code, en.err, ru.err]).toEqual([0, 0, '', '']);
    const after = await manifestOf(out);
    expect([...after.keys()]).toEqual(MINI);
    // Both builds' PDFs are new, and both are listed with their new hashes.
    for (const file of MINI) expect(after.get(file)?.sha256).not.toBe(before.get(file)?.sha256);
    await expectConsistent(out);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while rendering: exit 130, output/ as it was, staging and lock gone', async (signal) => {
    const { root, out } = await built();
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    await edit(root, 'content/leaflets/mini/en.yaml', /title: .+/, 'title: A changed title');
    const child = spawnCli(root, ['build']);
    const exit = finished(child);
    // The lock appears when the build has opened output/, before it renders.
    while (!(await readdir(out)).includes('.lock')) await new Promise((done) => setTimeout(done, 20));
    child.kill(signal);
    const result = await exit;
    expect(result.code).toBe(130);
    expectOneLine(result.err, /^leaflets: interrupted/);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    await expectConsistent(out);
  });

  it('a build that cannot get the lock in time stops with the other process named, exit 3', async () => {
    const { root, out } = await built();
    const other = spawnIdle();
    try {
      await writeFile(join(out, '.lock'), `${other.pid}\n`);
      const error = await build({ root, lockWaitMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EnvironmentError);
      const lock = relative(process.cwd(), join(out, '.lock'));
      expect((error as Error).message).toBe(
        `${lock.startsWith('..') ? join(out, '.lock') : lock}: another build (process ${other.pid}) is writing output/; waited 0 s. Let it finish and build again, or, if no build is running, delete ${lock.startsWith('..') ? join(out, '.lock') : lock}`,
      );
      expect(await readFile(join(out, '.lock'), 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
    }
  });

  it('a killed build is cleaned up by the next start: stale lock, staging, temp files', async () => {
    const { root, out } = await built();
    const dead = (await run('sh', ['-c', 'echo $$'])).out.trim();
    await writeFile(join(out, '.lock'), `${dead}\n`);
    await mkdir(join(out, `.staging-${dead}-1`));
    await writeFile(join(out, `.staging-${dead}-1`, 'mini__mini.en.booklet-a5.pdf'), '%PDF-1.7 half');
    await writeFile(join(out, 'mini', `mini.en.booklet-a5.pdf.${dead}.tmp`), '%PDF-1.7 half');
    await writeFile(join(out, `manifest.json.${dead}.tmp`), '[');
    const result = await runCli(root, ['build', '--locale', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`note: a build (process ${dead}) that no longer runs left output/ locked: took the lock over`);
    expect(result.out).toContain('note: removed 3 unfinished files left by a build that was stopped');
    await expectConsistent(out);
  });

  it('a corrupt manifest.json is rebuilt from the PDFs present, and the rebuild is reported', async () => {
    const { root, out } = await built();
    const before = await manifestOf(out);
    await writeFile(join(out, 'manifest.json'), '[{"file": "mini/mini.en.booklet-a5.pdf", ');
    // Building only en: the ru PDFs are known only from their own metadata now.
    const result = await runCli(root, ['build', '--locale', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('note: output/manifest.json could not be read (it is not valid JSON): rebuilt it from the 4 PDFs in output/');
    const after = await manifestOf(out);
    expect([...after.keys()]).toEqual(MINI);
    // What preflight measured is not in the PDF: a rebuilt entry has the rest.
    for (const file of MINI.filter((f) => f.includes('.ru.'))) expect(after.get(file)).toEqual(withoutPreflight(before.get(file)!));
    await expectConsistent(out);
  });

  it('every format names its leaflet, language and format in its metadata (the email edition too)', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [booklet-a5, email-a4]');
    expect((await runCli(root, ['build', '--locale', 'ru'])).code).toBe(0);
    const out = join(root, 'output');
    const entries = [...(await manifestOf(out)).values()];
    expect(entries.map((e) => e.format).sort()).toEqual(['booklet-a5', 'booklet-a5-imposed', 'email-a4']);
    for (const e of entries) {
      const doc = await PDFDocument.load(await readFile(join(out, e.file)), { updateMetadata: false });
      expect(readIdentity(doc)).toEqual({ leaflet: 'mini', locale: 'ru', format: e.format, status: 'machine', draft: true });
    }
    // A lost manifest comes back the same from the files alone.
    await rm(join(out, 'manifest.json'));
    const result = await runCli(root, ['build', '--locale', 'en', '--format', 'booklet-a5']);
    expect(result.out).toContain('note: output/manifest.json was missing: rebuilt it from the 3 PDFs in output/');
    const rebuilt = await manifestOf(out);
    for (const e of entries) expect(rebuilt.get(e.file)).toEqual(withoutPreflight(e));
  });

  it('the same content gives the same bytes', async () => {
    const { root, out } = await built();
    const first = await manifestOf(out);
    // --force: rendered again, not left as it was by the cache.
    expect((await runCli(root, ['build', '--force'])).code).toBe(0);
    expect(await manifestOf(out)).toEqual(first);
  });

  it('PDFs of a language a leaflet no longer lists are removed, and the summary says so', async () => {
    const { root, out } = await built();
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'locales: [en, ru]', 'locales: [en]');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('removed 2 PDFs of languages or formats no longer listed: output/mini/mini.ru.booklet-a5-imposed.pdf, output/mini/mini.ru.booklet-a5.pdf');
    expect(result.out).toMatch(/^Built 2 PDFs \(all unchanged\) in [\d.]+ s; removed 2 no longer listed; list in output\/manifest\.json$/m);
    expect([...(await manifestOf(out)).keys()]).toEqual(MINI.slice(0, 2));
    await expectConsistent(out);
  });

  it("a leaflet with a mistake in its leaflet.yaml keeps its PDFs while another is built; a removed leaflet's go", async () => {
    const root = await fixtureProject('minimal');
    const out = join(root, 'output');
    await cp(join(root, 'content/leaflets/mini'), join(root, 'content/leaflets/other'), { recursive: true });
    await edit(root, 'content/leaflets/other/leaflet.yaml', 'id: mini', 'id: other');
    expect((await runCli(root, ['build', '--locale', 'en'])).code).toBe(0);
    await edit(root, 'content/leaflets/other/leaflet.yaml', 'formats: [booklet-a5]', 'formats: booklet-a5');
    const kept = await runCli(root, ['build', '--leaflet', 'mini', '--locale', 'en']);
    expect(kept.code).toBe(0);
    expect(kept.out).not.toContain('no longer listed');
    expect(await pdfsIn(join(out, 'other'))).toEqual(['other.en.booklet-a5-imposed.pdf', 'other.en.booklet-a5.pdf']);
    await rm(join(root, 'content/leaflets/other'), { recursive: true });
    const gone = await runCli(root, ['build', '--leaflet', 'mini', '--locale', 'en']);
    expect(gone.out).toContain('removed 2 PDFs of languages or formats no longer listed: output/other/other.en.booklet-a5-imposed.pdf, output/other/other.en.booklet-a5.pdf');
    await expectConsistent(out);
  });

  it('a PDF the build did not make, and a cut-off one, are removed at the start, reported', async () => {
    const { root, out } = await built();
    const whole = await readFile(join(out, MINI[1]!));
    await writeFile(join(out, MINI[1]!), whole.subarray(0, whole.byteLength / 2));
    const stranger = await PDFDocument.create();
    stranger.addPage();
    await writeFile(join(out, 'mini', 'mini.de.booklet-a5.pdf'), await stranger.save());
    const result = await runCli(root, ['build', '--locale', 'ru']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('note: removed output/mini/mini.de.booklet-a5.pdf: it does not say which leaflet, language and format it is (it was not made by this build)');
    expect(result.out).toContain(`note: removed output/${MINI[1]}: it is not a complete PDF`);
    await expectConsistent(out);
  });

  it("a crash in the write stage removes the selection's older PDFs too, not only a content mistake", async () => {
    const { root, out } = await built();
    const broken: Writer = {
      writeFile: async (path, data) => {
        if (path.endsWith('.pdf')) throw new Error('a bug in a writer');
        await writeFile(path, data);
      },
    };
    await expect(build({ root, locale: 'en', writer: broken, force: true })).rejects.toThrow('a bug in a writer');
    expect(await pdfsIn(join(out, 'mini'))).toEqual(['mini.ru.booklet-a5-imposed.pdf', 'mini.ru.booklet-a5.pdf']);
    await expectConsistent(out);
  });
});
