import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';
import { hyphenatorFor, lineBreaking, prepareLanguage } from '../../src/render/line-breaking.ts';
import { isolateForeignText } from '../../src/render/foreign-text.ts';
import { edit, fixtureProject, ROOT, runCli, tempDir } from '../helpers/project.ts';
import { readText } from '../helpers/pdf.ts';

const RU = 'content/leaflets/mini/ru.yaml';

/** The Russian fixture without its first paragraph and without its second section. */
async function incomplete(): Promise<string> {
  const root = await fixtureProject('minimal');
  await edit(root, RU, /      - id: call\n        text: .+\n/, '');
  await edit(root, RU, /  - id: second\n[\s\S]*$/, '');
  // Record what each remaining unit was translated from, as a real translation has.
  expect((await runCli(root, ['stamp'])).code).toBe(0);
  return root;
}

describe('a translation with units missing', () => {
  it('is named by check and build, one line per leaflet × language', { timeout: 60_000 }, async () => {
    const root = await incomplete();
    const checked = await runCli(root, ['check']);
    expect(checked.code).toBe(0);
    expect(checked.out.split('\n')).toEqual([
      '  mini ru: 3 of 10 units missing, printed in English',
      'Content is valid: 1 leaflet, 2 leaflet × language combinations, every character covered by the fonts.',
    ]);

    // A changed English unit makes the translation of it stale, and says so too.
    await edit(root, 'content/leaflets/mini/en.yaml', 'One point', 'One first point');
    const stale = await runCli(root, ['check']);
    expect(stale.out.split('\n')[0]).toBe('  mini ru: 3 of 10 units missing, printed in English; 1 of 10 units stale (the English changed since they were translated)');

    const built = await runCli(root, ['build', '--locale', 'ru']);
    expect(built.code).toBe(0);
    expect(built.out.split('\n')[0]).toBe('  mini ru: 3 of 10 units missing, printed in English; 1 of 10 units stale (the English changed since they were translated)');
  });

  it('prints the missing parts in English, marked in the reader\'s language, with English placeholders', { timeout: 60_000 }, async () => {
    const root = await incomplete();
    const { targets } = await prepare(root, { leaflet: 'mini', locale: 'ru' });
    const leaflet = targets[0]!.localized.leaflet;
    const [first, second] = leaflet.sections;
    // The heading of the first section is translated; its paragraph is not.
    expect(first!.lang).toBeUndefined();
    expect(first!.blocks.map((b) => b.lang)).toEqual(['en', undefined]);
    expect(second!.lang).toBe('en');
    expect(second!.blocks[0]!.lang).toBe('en');
    expect(leaflet.fallbackLocale?.code).toBe('en');
    // Hours in the English paragraph are in English, not in Russian.
    const call = first!.blocks[0]!;
    expect(call.kind === 'text' && call.text).toMatch(/^Call Test hotline \(KOM\) on .+\(Monday to Friday 08:00–16:00\)/);

    const built = await runCli(root, ['build', '--locale', 'ru']);
    expect(built.code).toBe(0);
    const text = await readText(join(root, 'output/mini/mini.ru.booklet-a5.pdf'));
    // One note per section with English in it, in Russian.
    expect(text.all.match(/Эта часть ещё не переведена\./g)).toHaveLength(2);
    // (The contacts page gives the hours in Russian; the English paragraph in English.)
    expect(text.all).toMatch(/Call Test hotline \(KOM\) on .+ \(Monday to Friday 08:00–16:00\)/);

    // The complete translation has no note.
    const full = await fixtureProject('minimal');
    expect((await runCli(full, ['build', '--locale', 'ru'])).code).toBe(0);
    expect((await readText(join(full, 'output/mini/mini.ru.booklet-a5.pdf'))).all).not.toContain('Эта часть');
  });

  it('is hyphenated with the patterns of its own language', async () => {
    const root = await incomplete();
    const { project } = await prepare(root, { leaflet: 'mini', locale: 'ru' });
    const ru = await lineBreaking(project.locales.get('ru')!);
    await prepareLanguage(project.locales.get('en')!);
    // Russian patterns do not break an English word; English text gets English patterns.
    expect(ru.body('responsibilities')).toEqual(['responsibilities']);
    expect(hyphenatorFor('en', ru.body)('responsibilities').length).toBeGreaterThan(1);
    expect(hyphenatorFor(undefined, ru.body)).toBe(ru.body);
  });
});

it('an English part in a right-to-left leaflet is set as a left-to-right run', { timeout: 60_000 }, async () => {
  const root = await tempDir('rtl-fallback');
  await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(ROOT, 'fonts'), join(root, 'fonts'), { recursive: true });
  const file = join(root, 'content/leaflets/no-stay-safe/ar.yaml');
  // Without its section "what-is-trafficking", which then prints in English.
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^  - id: what-is-trafficking\n[\s\S]*?(?=^  - id: )/m, ''));
  const { targets } = await prepare(root, { leaflet: 'no-stay-safe', locale: 'ar' });
  const leaflet = targets[0]!.localized.leaflet;
  const set = isolateForeignText(leaflet);
  const english = set.sections.find((s) => s.id === 'what-is-trafficking')!;
  expect(english.lang).toBe('en');
  // LRI … PDI: "?" stays at the end of "What is human trafficking?".
  expect(english.heading).toBe('\u2066What is human trafficking?\u2069');
  const arabic = set.sections.find((s) => s.id === 'warning-signs')!;
  expect(arabic.heading).toBe(leaflet.sections.find((s) => s.id === 'warning-signs')!.heading);
  expect(arabic.heading).not.toMatch(/[\u2066-\u2069]/);
});
