import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectConsistent } from '../helpers/output.ts';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';

const pdfs = async (root: string, leaflet: string) => (await readdir(join(root, 'output', leaflet)).catch(() => [] as string[])).filter((f) => f.endsWith('.pdf')).sort();

/** A mistake stops only what depends on it; the summary says what was built, refused and removed. */
describe('errors scoped to what they affect', () => {
  let root: string;
  beforeEach(async () => {
    root = await fixtureProject('minimal');
    // Two leaflets, each in English and Russian, as one email edition each (quick to build).
    await edit(root, 'content/leaflets/mini/leaflet.yaml', 'formats: [booklet-a5]', 'formats: [email-a4]');
    await cp(join(root, 'content/leaflets/mini'), join(root, 'content/leaflets/other'), { recursive: true });
    await edit(root, 'content/leaflets/other/leaflet.yaml', 'id: mini', 'id: other');
    expect((await runCli(root, ['build'])).code).toBe(0);
  });

  it("a broken translation of one leaflet leaves every other leaflet's PDFs built", async () => {
    await edit(root, 'content/leaflets/other/ru.yaml', 'heading: Первый раздел', 'heading: Первый: раздел: x');
    await edit(root, 'content/leaflets/mini/en.yaml', 'One point', 'The first point');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^content\/leaflets\/other\/ru\.yaml:\d+:\d+ {2}/);
    expect(lines.at(-1)).toBe('1 problem in other ru: its 1 PDF not built and removed; 3 PDFs built (1 rebuilt, 2 unchanged)');
    // The English edit rebuilt mini's English (the Russian has its own text of that unit).
    expect(result.out).toContain('output/mini/mini.en.email-a4.pdf');
    expect(result.out).not.toContain('output/mini/mini.ru.email-a4.pdf');
    expect(await pdfs(root, 'mini')).toEqual(['mini.en.email-a4.pdf', 'mini.ru.email-a4.pdf']);
    expect(await pdfs(root, 'other')).toEqual(['other.en.email-a4.pdf']);
    await expectConsistent(join(root, 'output'));
  });

  it('a mistake in the source text stops every language of that leaflet only', async () => {
    await edit(root, 'content/leaflets/other/en.yaml', 'id: call', 'id: call\n        nonsense: 1');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter(Boolean).at(-1)).toBe('1 problem in other (every language): its 2 PDFs not built and removed; 2 PDFs up to date (unchanged)');
    expect(await pdfs(root, 'mini')).toHaveLength(2);
    expect(await pdfs(root, 'other')).toEqual([]);
  });

  it('a mistake in a shared file stops everything, and says so', async () => {
    await edit(root, 'content/contacts.yaml', 'display: 47 45 15 00', 'display: 47 45 15 01');
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter(Boolean).at(-1)).toBe('1 problem in content/contacts.yaml, which every PDF depends on: no PDF built, 4 older copies removed');
    expect([...(await pdfs(root, 'mini')), ...(await pdfs(root, 'other'))]).toEqual([]);
    await expectConsistent(join(root, 'output'));
  });

  it('--release refusing a language keeps the PDFs of its current draft, and removes an older one', async () => {
    const release = await runCli(root, ['build', '--release', '--leaflet', 'mini']);
    expect(release.code).toBe(1);
    expect(release.err.split('\n').filter(Boolean).at(-1)).toBe('1 problem in mini ru: not built for release; its 1 PDF of the current draft kept; 1 PDF up to date (unchanged)');
    expect(await pdfs(root, 'mini')).toEqual(['mini.en.email-a4.pdf', 'mini.ru.email-a4.pdf']);
    // The Russian text changes: the draft in output/ is no longer of today's content.
    await edit(root, 'content/leaflets/mini/ru.yaml', 'Первый пункт', 'Самый первый пункт');
    const again = await runCli(root, ['build', '--release', '--leaflet', 'mini']);
    expect(again.err.split('\n').filter(Boolean).at(-1)).toBe('1 problem in mini ru: not built for release; 1 PDF of an older draft removed; 1 PDF up to date (unchanged)');
    expect(await pdfs(root, 'mini')).toEqual(['mini.en.email-a4.pdf']);
    await expectConsistent(join(root, 'output'));
  });
});
