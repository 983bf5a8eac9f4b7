import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../helpers/pdf.ts';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';

const RU = 'content/leaflets/mini/ru.yaml';
const EN = 'content/leaflets/mini/en.yaml';
const DRAFT = 'Машинный перевод, ещё не проверен';

/** A fixture whose Russian translation is stamped: every unit records its source. */
async function stamped() {
  const root = await fixtureProject('minimal');
  expect((await runCli(root, ['stamp'])).code).toBe(0);
  return root;
}

const statusOf = async (root: string) =>
  JSON.parse((await runCli(root, ['status', '--json', '--locale', 'ru'])).out) as Array<{ missing: string[]; stale: string[]; byStatus: Record<string, number>; releasable: boolean; total: number }>;

describe('translation status', () => {
  it('records a hash per unit, and marks a unit stale when its English changes', async () => {
    const root = await stamped();
    expect(await readFile(join(root, RU), 'utf8')).toMatch(/^ {2}units:\n {4}title: machine [0-9a-f]{8}$/m);
    const [before] = await statusOf(root);
    expect(before!.stale).toEqual([]);
    expect(before!.byStatus).toEqual({ machine: before!.total });

    await edit(root, EN, 'heading: Second section', 'heading: The second section');
    const [after] = await statusOf(root);
    expect(after!.stale).toEqual(['second.heading']);
    expect((await runCli(root, ['status'])).out).toMatch(/ru +\d+ units: \d+ machine, 1 stale {2}→ draft/);
  });

  it('lists a unit the translation lacks, and prints it in English in the draft', async () => {
    const root = await stamped();
    await edit(root, RU, /          - text: Второй пункт с\n            list:\n              - подпунктом\n/, '');
    const [state] = await statusOf(root);
    expect(state!.missing).toEqual(['first.points.1', 'first.points.1.0']);
    expect((await runCli(root, ['build', '--locale', 'ru'])).code).toBe(0);
    const text = await readText(join(root, 'output/mini/mini.ru.booklet-a5.pdf'));
    expect(text.all).toContain('Another point with');
    expect(text.all).toContain('a sub-point');
  });
});

describe('draft and release builds', () => {
  it('marks every page of an unreviewed translation, and the manifest says draft', async () => {
    const root = await stamped();
    expect((await runCli(root, ['build', '--locale', 'ru'])).code).toBe(0);
    const text = await readText(join(root, 'output/mini/mini.ru.booklet-a5.pdf'));
    for (const page of text.pages) expect(page).toContain(DRAFT);
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as Array<{ format: string; draft: boolean }>;
    expect(manifest.every((e) => e.draft)).toBe(true);
  });

  it('refuses to release an unreviewed or stale translation, with the counts', async () => {
    const root = await stamped();
    const result = await runCli(root, ['build', '--release']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(
      /^content\/leaflets\/mini\/ru\.yaml {2}not released: "mini" in "ru" has \d+ machine units; have them translated and reviewed \(npx leaflets status lists them\), or build without --release$/,
    );
  });

  it('releases a reviewed translation without the draft line', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'status: machine', 'status: reviewed');
    expect((await runCli(root, ['stamp'])).code).toBe(0);
    const result = await runCli(root, ['build', '--release']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const text = await readText(join(root, 'output/mini/mini.ru.booklet-a5.pdf'));
    expect(text.all).not.toContain('не проверен');
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as Array<{ draft: boolean }>;
    expect(manifest.some((e) => e.draft)).toBe(false);

    // A later change to the English makes the same translation unreleasable.
    await edit(root, EN, 'title: A small test leaflet', 'title: A small leaflet for tests');
    expect((await runCli(root, ['build', '--release'])).err).toMatch(/has 1 stale unit;/);
  });
});
