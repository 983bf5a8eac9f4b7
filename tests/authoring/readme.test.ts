import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/project.ts';

/** The code blocks of a README section, in order, without their indentation. */
async function sectionBlocks(heading: string): Promise<Array<{ lang: string; body: string }>> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`### ${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n### ', start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/^( *)```(\w*)\n([\s\S]*?)^ *```$/gm)].map((m) => ({
    lang: m[2] ?? '',
    body: (m[3] ?? '').split('\n').map((l) => l.slice((m[1] ?? '').length)).join('\n'),
  }));
}

/** Runs a README shell block: each line is `npx leaflets …`. */
async function shell(root: string, block: string): Promise<string> {
  let out = '';
  for (const line of block.trim().split('\n')) {
    const [npx, bin, ...args] = line.trim().split(/\s+/);
    expect([npx, bin]).toEqual(['npx', 'leaflets']);
    const result = await runCli(root, args);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    out += `${result.out}\n`;
  }
  return out;
}

/**
 * "Adding a leaflet" works word by word: its commands and files, on a copy of the
 * project's own content, give a leaflet that checks and builds in both languages.
 */
it('the README\'s "Adding a leaflet" works as written', { timeout: 300_000 }, async () => {
  const root = await tempDir('readme');
  await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(ROOT, 'fonts'), join(root, 'fonts'), { recursive: true });
  const [start, meta, en, build, nb, again] = await sectionBlocks('Adding a leaflet');
  const dir = join(root, 'content/leaflets/safe-return');

  await shell(root, start!.body);
  expect(await readdir(dir)).toEqual(['en.yaml', 'leaflet.yaml']);
  await writeFile(join(dir, 'leaflet.yaml'), meta!.body);
  await writeFile(join(dir, 'en.yaml'), en!.body);
  await shell(root, build!.body);
  expect((await readdir(join(root, 'output/safe-return'))).sort()).toEqual(['safe-return.en.booklet-a5-imposed.pdf', 'safe-return.en.booklet-a5.pdf', 'safe-return.en.email-a4.pdf']);

  await writeFile(join(dir, 'nb.yaml'), nb!.body);
  await writeFile(join(dir, 'leaflet.yaml'), meta!.body.replace('locales: [en]', 'locales: [en, nb]'));
  await shell(root, again!.body);
  expect((await readdir(join(root, 'output/safe-return'))).filter((f) => f.includes('.nb.')).sort()).toEqual([
    'safe-return.nb.booklet-a5-imposed.pdf',
    'safe-return.nb.booklet-a5.pdf',
    'safe-return.nb.email-a4.pdf',
  ]);
  // Stamped: the Norwegian is complete and current, so nothing is left to name.
  expect((await runCli(root, ['check'])).out).not.toMatch(/safe-return nb/);
});
