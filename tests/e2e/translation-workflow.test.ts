import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { po } from 'gettext-parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../helpers/pdf.ts';
import { edit, fixtureProject, hasTool, runCli } from '../helpers/project.ts';

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

/** A stamped fixture with its Russian translation exported as PO (or XLIFF). */
async function exportedAs(to: 'po' | 'xliff') {
  const root = await stamped();
  expect((await runCli(root, ['export', '--locale', 'ru', '--to', to])).code).toBe(0);
  return root;
}

describe('exchange with translators (gettext PO)', () => {
  const PO = 'output/translations/mini.ru.po';
  const exported = () => exportedAs('po');

  it('exports every unit with its id, English, translation, section, status and placeholder notes', async () => {
    const root = await exported();
    const po = await readFile(join(root, PO), 'utf8');
    expect(po).toMatch(/^"Language: ru\\n"$/m);
    expect(po).toContain('msgctxt "first.call"');
    expect(po).toContain('#. Section: First section');
    expect(po).toContain('#. Status: machine');
    expect(po).toContain('#, fuzzy');
    expect(po).toContain('#. {{phone "hotline"}} prints the phone number of Test hotline (KOM): keep it exactly as it is.');
  });

  it('round-trips without changes: no byte of the content changes', async () => {
    const root = await exported();
    const before = await readFile(join(root, RU));
    const result = await runCli(root, ['import', PO]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('no changes');
    expect(await readFile(join(root, RU))).toEqual(before);
  });

  it('imports an edited, confirmed unit as reviewed and keeps the rest of the file as it was', async () => {
    const root = await exported();
    const before = await readFile(join(root, RU), 'utf8');
    await edit(root, PO, /#, fuzzy\nmsgctxt "second.heading"\nmsgid "Second section"\nmsgstr "Второй раздел"/, 'msgctxt "second.heading"\nmsgid "Second section"\nmsgstr "Раздел второй"');
    expect((await runCli(root, ['import', PO])).out).toContain('1 unit changed');
    const after = await readFile(join(root, RU), 'utf8');
    expect(after).toMatch(/^ {4}second\.heading: reviewed [0-9a-f]{8}$/m);
    expect(after).toContain('Раздел второй');
    // Apart from that unit's text and record, the file is as it was.
    const rest = (yaml: string) => yaml.split('\n').filter((l) => !/second\.heading|Второй раздел|Раздел второй|heading: >-$/.test(l));
    expect(rest(after)).toEqual(rest(before));
  });

  it('fills units the translation lacked, writing the file anew in the source\'s order', async () => {
    const root = await stamped();
    await edit(root, RU, /          - text: Второй пункт с\n            list:\n              - подпунктом\n/, '');
    expect((await runCli(root, ['export', '--locale', 'ru', '--leaflet', 'mini'])).code).toBe(0);
    const table = po.parse(await readFile(join(root, PO)));
    table.translations['first.points.1']!['Another point with']!.msgstr = ['Второй пункт с'];
    table.translations['first.points.1.0']!['a sub-point']!.msgstr = ['подпунктом'];
    await writeFile(join(root, PO), po.compile(table));
    expect((await runCli(root, ['import', PO])).out).toContain('2 units changed');
    const [state] = await statusOf(root);
    expect(state!.missing).toEqual([]);
    expect(state!.stale).toEqual([]);
    expect((await runCli(root, ['check'])).code).toBe(0);
    const yaml = await readFile(join(root, RU), 'utf8');
    expect(yaml).toMatch(/^ {4}first\.points\.1: reviewed [0-9a-f]{8}$/m);
    expect(yaml.indexOf('Первый пункт')).toBeLessThan(yaml.indexOf('Второй пункт с'));
  });

  it('refuses a lost placeholder, naming the unit, and writes nothing', async () => {
    const root = await exported();
    const before = await readFile(join(root, RU));
    await edit(root, PO, 'телефон {{phone \\"hotline\\"}}', 'телефон 47 45 15 00');
    const result = await runCli(root, ['import', PO]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(/^output\/translations\/mini\.ru\.po:\d+ {2}first\.call: the placeholders of "first\.call" were changed: the English has .+\{\{phone "hotline"\}\}.+Copy them exactly as they are$/);
    expect(await readFile(join(root, RU))).toEqual(before);
  });

  it('refuses a translation of English that has changed since export', async () => {
    const root = await exported();
    await edit(root, EN, 'heading: Second section', 'heading: The second section');
    const result = await runCli(root, ['import', PO]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/second\.heading: the English of "second\.heading" changed since this file was exported/);
  });
});

// msgfmt is a system tool (gettext): .ci/run installs it, so CI always runs this check.
describe.runIf(hasTool('msgfmt') || process.env.CI)('msgfmt --check', () => {
  it('accepts the exported PO file', async () => {
    const root = await stamped();
    await runCli(root, ['export', '--locale', 'ru']);
    execFileSync('msgfmt', ['--check', '-o', '/dev/null', join(root, 'output/translations/mini.ru.po')]);
  });
});

describe('exchange with translators (XLIFF 2.0)', () => {
  const XLF = 'output/translations/mini.ru.xlf';
  const exported = () => exportedAs('xliff');

  it('writes an XLIFF 2.0 document: one unit per id, notes, and the segment state', async () => {
    const root = await exported();
    const xml = await readFile(join(root, XLF), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="en" trgLang="ru">/);
    expect(xml).toContain('<file id="mini">');
    const units = [...xml.matchAll(/<unit id="([^"]+)">/g)].map((m) => m[1]);
    expect(new Set(units).size).toBe(units.length);
    expect(units).toContain('first.call');
    // Every segment has a state from the XLIFF 2.0 core list.
    const states = [...xml.matchAll(/<segment state="([^"]+)"/g)].map((m) => m[1]);
    expect(states).toHaveLength(units.length);
    for (const s of states) expect(['initial', 'translated', 'reviewed', 'final']).toContain(s);
    expect(xml).toContain('subState="leaflets:machine"');
    expect(xml).toContain('<note>Section: First section\n{{name "hotline"}} prints the name of Test hotline (KOM): keep it exactly as it is.\n');
    expect(xml).toContain('{{phone "hotline"}} prints the phone number of Test hotline (KOM): keep it exactly as it is.');
  });

  it('round-trips without changes, and reads a reviewed state back', async () => {
    const root = await exported();
    const before = await readFile(join(root, RU));
    expect((await runCli(root, ['import', XLF])).out).toContain('no changes');
    expect(await readFile(join(root, RU))).toEqual(before);

    const xml = await readFile(join(root, XLF), 'utf8');
    const title = /<unit id="title">[\s\S]*?<segment state="initial" subState="leaflets:machine">/.exec(xml)![0];
    await edit(root, XLF, title, title.replace('state="initial" subState="leaflets:machine"', 'state="reviewed"'));
    expect((await runCli(root, ['import', XLF])).out).toContain('1 unit changed');
    expect(await readFile(join(root, RU), 'utf8')).toMatch(/^ {4}title: reviewed [0-9a-f]{8}$/m);
  });

  it('refuses an altered placeholder and writes nothing', async () => {
    const root = await exported();
    const before = await readFile(join(root, RU));
    await edit(root, XLF, 'телефон {{phone "hotline"}}', 'телефон {{phone "hotlne"}}');
    const result = await runCli(root, ['import', XLF]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(/^output\/translations\/mini\.ru\.xlf:\d+:\d+ {2}first\.call: the placeholders of "first\.call" were changed/);
    expect(await readFile(join(root, RU))).toEqual(before);
  });
});

describe('exchange of the templates\' own words (ui strings)', () => {
  it('exports every plural form the language has, and refuses an import that drops one', async () => {
    const root = await stamped();
    expect((await runCli(root, ['export', '--locale', 'ru'])).code).toBe(0);
    const po = await readFile(join(root, 'output/translations/ui.ru.po'), 'utf8');
    // Russian needs one, few, many and other (Intl.PluralRules), English has one and other.
    for (const form of ['one', 'few', 'many', 'other']) expect(po).toContain(`msgctxt "imprint.pages_${form}"`);
    expect(po).toContain('#. Plural form "few": used for numbers such as 2, 3, 4.');

    const before = await readFile(join(root, 'content/ui/ru.yaml'));
    expect((await runCli(root, ['import', 'output/translations/ui.ru.po'])).out).toContain('no changes');
    expect(await readFile(join(root, 'content/ui/ru.yaml'))).toEqual(before);

  });

  it('gives a new language its ui file from a translated export, with every plural form', async () => {
    const root = await stamped();
    await edit(root, 'content/locales.yaml', 'locales:\n', 'locales:\n  - { code: de, name: German, endonym: Deutsch, script: Latn, direction: ltr, hyphenation: de }\n');
    expect((await runCli(root, ['export', '--locale', 'de'])).out).toContain('ui.de.po');
    const file = join(root, 'output/translations/ui.de.po');
    const table = po.parse(await readFile(file));
    // The translator fills in every entry but one plural form.
    for (const entries of Object.values(table.translations)) {
      for (const entry of Object.values(entries)) {
        if (entry.msgctxt && entry.msgctxt !== 'imprint.pages_one') entry.msgstr = [`${entry.msgid} (de)`];
      }
    }
    await writeFile(file, po.compile(table));
    const refused = await runCli(root, ['import', file]);
    expect(refused.code).toBe(1);
    expect(refused.err.split('\n')[0]).toMatch(/ui\.de\.po:\d+ {2}imprint\.pages_one: the plural form "imprint\.pages_one" is not translated: "de" needs every one of its forms/);
    expect(await readFile(join(root, 'content/ui/de.yaml')).catch(() => 'absent')).toBe('absent');

    table.translations['imprint.pages_one']!['This leaflet has {{count}} page.']!.msgstr = ['Dieses Faltblatt hat {{count}} Seite.'];
    await writeFile(file, po.compile(table));
    expect((await runCli(root, ['import', file])).code).toBe(0);
    const ui = await readFile(join(root, 'content/ui/de.yaml'), 'utf8');
    expect(ui).toContain('pages_one: Dieses Faltblatt hat {{count}} Seite.');
    expect((await runCli(root, ['check'])).code).toBe(0);
  });
});
