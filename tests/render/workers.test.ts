import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { edit, fixtureProject, ROOT, tempDir } from '../helpers/project.ts';

/** Every file a build wrote, by name, with its bytes. */
async function files(outDir: string, leaflet: string): Promise<Map<string, Buffer>> {
  const dir = join(outDir, leaflet);
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

describe('render workers', () => {
  it('write the same bytes as one thread, whatever each worker rendered before', async () => {
    // Six languages in four scripts: one thread renders them all in one process (one
    // shaping memo, one font store); two workers each render some, in another order.
    const selection = { root: ROOT, leaflet: 'no-stay-safe', format: 'card' };
    const one = await tempDir('threads-1');
    const two = await tempDir('threads-2');
    const single = await build({ ...selection, outDir: one, threads: 1 });
    const pooled = await build({ ...selection, outDir: two, threads: 2 });
    expect(pooled.map((e) => [e.file, e.sha256])).toEqual(single.map((e) => [e.file, e.sha256]));
    const a = await files(one, 'no-stay-safe');
    const b = await files(two, 'no-stay-safe');
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBe(12); // 6 cards and 6 card sheets
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
  }, 300_000); // two builds, and workers that load the renderer first

  it('report a panel that does not fit, from a worker, as the content problem it is', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [booklet-a5, trifold-dl]\nshort:\n  - section: first\n    blocks: [call, points]');
    const long = Array.from({ length: 4000 }, (_, i) => `word${i % 7 === 0 ? '.' : ''}`).join(' ');
    await edit(root, 'content/leaflets/mini/en.yaml', /text: Call .+\n/, `text: 'Call {{name "hotline"}}. ${long}'\n`);
    // Two jobs (booklet and tri-fold), so two workers.
    const error = await build({ root, locale: 'en', threads: 2 }).catch((e: unknown) => e);
    expect((error as { problems?: Array<{ file: string; message: string }> }).problems?.map((p) => [p.file, p.message.split(':')[0]])).toEqual([
      ['content/leaflets/mini/leaflet.yaml', 'the reading panels of trifold-dl in "en" does not fit even at the smallest type size allowed'],
    ]);
  }, 300_000);
});
