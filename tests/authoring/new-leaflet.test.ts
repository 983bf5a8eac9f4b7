import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureProject, runCli } from '../helpers/project.ts';
import { snapshot } from './snapshot.ts';

describe('leaflets new', () => {
  it.each([
    [['new'], "leaflets: give the new leaflet's id, for example: npx leaflets new my-leaflet"],
    [['new', 'Our NGO'], 'leaflets: "Our NGO" cannot be a leaflet id: use lower case letters, digits and hyphens only, such as "our-ngo"'],
    [['new', 'no_work_rights'], 'leaflets: "no_work_rights" cannot be a leaflet id: use lower case letters, digits and hyphens only, such as "no-work-rights"'],
    [['new', 'mini'], 'leaflets: content/leaflets/mini already exists: choose another id, or edit that leaflet'],
    [['new', 'language-chart'], 'leaflets: "language-chart" is the name of the language chart: choose another id'],
    [['new', 'a', 'b'], 'leaflets: give one id, without spaces ("b" is one too many): for example npx leaflets new my-leaflet'],
  ])('%j is refused in one line, exit 2, content/ unchanged', async (args, line) => {
    const root = await fixtureProject('minimal');
    const before = await snapshot(root);
    const result = await runCli(root, args);
    expect(result.code).toBe(2);
    expect(result.err).toBe(line);
    expect(result.out).toBe('');
    expect(await snapshot(root)).toEqual(before);
  });

  it('writes a leaflet with every field that checks, then builds every format', { timeout: 120_000 }, async () => {
    const root = await fixtureProject('minimal');
    const created = await runCli(root, ['new', 'no-work-rights']);
    expect(created.code).toBe(0);
    expect(created.out.split('\n')[0]).toBe('Created content/leaflets/no-work-rights/leaflet.yaml and content/leaflets/no-work-rights/en.yaml.');
    expect(await readdir(join(root, 'content/leaflets'))).toEqual(['mini', 'no-work-rights']);
    expect(await readdir(join(root, 'content/leaflets/no-work-rights'))).toEqual(['en.yaml', 'leaflet.yaml']);

    // Every field of leaflet.yaml is there, each with a comment above it.
    const metaText = await readFile(join(root, 'content/leaflets/no-work-rights/leaflet.yaml'), 'utf8');
    const meta = parse(metaText) as Record<string, unknown>;
    expect(Object.keys(meta).sort()).toEqual(
      ['id', 'sourceLocale', 'country', 'publisher', 'source', 'validFrom', 'formats', 'locales', 'hotline', 'emergency', 'contacts', 'short', 'card'].sort(),
    );
    for (const key of Object.keys(meta)) expect(metaText).toMatch(new RegExp(`# .+\\n${key}:`));
    // The English text has one section of each block kind.
    const en = parse(await readFile(join(root, 'content/leaflets/no-work-rights/en.yaml'), 'utf8')) as { sections: Array<{ blocks: Array<Record<string, unknown>> }> };
    const kinds = en.sections.map((s) => ['text', 'list', 'callout'].find((k) => k in s.blocks[0]!));
    expect(kinds).toEqual(['text', 'list', 'callout']);

    // A second `new` with the same id is refused, and the first is left as it was.
    const before = await snapshot(root);
    expect((await runCli(root, ['new', 'no-work-rights'])).code).toBe(2);
    expect(await snapshot(root)).toEqual(before);

    const checked = await runCli(root, ['check']);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/^Content is valid: 2 leaflets, 3 leaflet × language combinations/m);

    const built = await runCli(root, ['build', '--leaflet', 'no-work-rights']);
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    expect((await readdir(join(root, 'output/no-work-rights'))).sort()).toEqual(
      ['booklet-a5', 'booklet-a5-imposed', 'card', 'card-sheet', 'email-a4', 'trifold-dl'].map((f) => `no-work-rights.en.${f}.pdf`).sort(),
    );
  });
});
