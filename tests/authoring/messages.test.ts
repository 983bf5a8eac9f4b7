import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';
import { snapshot } from './snapshot.ts';

const RU = 'content/leaflets/mini/ru.yaml';
const EN = 'content/leaflets/mini/en.yaml';
const META = 'content/leaflets/mini/leaflet.yaml';
const CONTACTS = 'content/contacts.yaml';

/**
 * The mistakes a content keeper made while adding languages and a leaflet (issue 14),
 * each made once in the fixture. `check` must answer with exactly this line, exit 1, no
 * stack trace, and leave content/ as it was.
 */
const cases: Array<{ name: string; edits: Array<[string, string | RegExp, string]>; line: string }> = [
  {
    name: 'a key indented two spaces too little',
    edits: [[RU, '    heading: Второй раздел', '  heading: Второй раздел']],
    line: 'content/leaflets/mini/ru.yaml:22:3  `heading:` is indented 2 spaces, but `id:` on line 21 is indented 4 (counting any "- " before it): fields of one item must start in the same column, so indent `heading:` 4 spaces, exactly under `id:`; use spaces, not tabs',
  },
  {
    name: 'a key indented two spaces too far',
    edits: [[RU, '    heading: Второй раздел', '      heading: Второй раздел']],
    line: 'content/leaflets/mini/ru.yaml:22:7  `heading:` is indented 6 spaces, but `id:` on line 21 is indented 4 (counting any "- " before it): fields of one item must start in the same column, so indent `heading:` 4 spaces, exactly under `id:`; use spaces, not tabs',
  },
  {
    name: 'a tab before a key',
    edits: [[RU, '    heading: Второй раздел', '\theading: Второй раздел']],
    line: 'content/leaflets/mini/ru.yaml:22:1  this line is indented with a tab, which YAML does not allow: indent it with spaces, as the lines around it (most editors can show tabs and turn them into spaces)',
  },
  {
    name: 'a quote opened and never closed',
    edits: [[RU, 'title: Небольшая тестовая брошюра', 'title: "Небольшая тестовая брошюра']],
    line: 'content/leaflets/mini/ru.yaml:4:8  the YAML is malformed: this text starts with a quote (") that is never closed, so everything after it would be read as one text: end the text with the same quote ("), or remove the quote at its start',
  },
  {
    name: 'a text with ": " inside, unquoted',
    edits: [[RU, 'callout: В экстренной', 'callout: Внимание: в экстренной']],
    line: "content/leaflets/mini/ru.yaml:25:18  this text contains \": \" (after \"Внимание\"), which YAML reads as the start of another field: put the whole text in quotes (callout: '…'), or write it on the lines after `callout: >-`",
  },
  {
    name: 'a list item with ": " inside, unquoted',
    edits: [[RU, '          - Первый пункт', '          - Merk: du har rett til hjelp']],
    line: "content/leaflets/mini/ru.yaml:17:13  sections[0].blocks[1].list[0]: this item contains \": \", so YAML reads it as a field \"Merk\" instead of a text: put the whole item in quotes: - 'Merk: du har rett til hjelp'",
  },
  {
    name: 'curly quotes in a placeholder',
    edits: [[RU, '{{phone "emergency"}}', '{{phone “emergency”}}']],
    line: 'content/leaflets/mini/ru.yaml:25:48  sections[1].blocks[0].callout: {{phone “emergency”}} has curly quotes “…”: use straight quotes "…", as in {{phone "emergency"}} (an editor\'s "smart quotes" setting makes them)',
  },
  {
    name: 'an unquoted number starting with +',
    edits: [[CONTACTS, 'e164: "+4747451500"', 'e164: +4747451500']],
    line: 'content/contacts.yaml:10:15  contacts[0].phones[0].e164: a number starting with + must be in quotes, or YAML reads it as a plain number and drops the +: write e164: "+4747451500"',
  },
  {
    name: 'a contact id with a typo',
    edits: [[RU, '{{phone "emergency"}}', '{{phone "emergancy"}}']],
    line: 'content/leaflets/mini/ru.yaml:25:48  sections[1].blocks[0].callout: unknown contact "emergancy": did you mean "emergency"? use one of "hotline", "emergency", or add it to content/contacts.yaml',
  },
  {
    name: 'a placeholder name with a typo',
    edits: [[EN, '{{email "hotline"}}', '{{emial "hotline"}}']],
    line: 'content/leaflets/mini/en.yaml:14:96  sections[0].blocks[0].text: unknown placeholder {{emial}}: did you mean {{email}}? use one of {{name "contact-id"}}, {{short "contact-id"}}, {{phone "contact-id"}}, {{email "contact-id"}}, {{web "contact-id"}}, {{hours "contact-id"}}',
  },
  {
    name: 'a country code for a language (ua)',
    edits: [[META, 'locales: [en, ru]', 'locales: [en, ua]']],
    line: 'content/leaflets/mini/leaflet.yaml:10:15  locales[1]: "ua" is the country code of Ukraine, not the language code meant here: Ukrainian is "uk"',
  },
  {
    name: 'a language code CLDR does not know',
    edits: [[META, 'locales: [en, ru]', 'locales: [en, xx]']],
    line: 'content/leaflets/mini/leaflet.yaml:10:15  locales[1]: "xx" is not a language CLDR knows: check the code (the IANA language subtag registry lists them), such as "uk" for Ukrainian',
  },
  {
    name: 'a language code one letter off',
    edits: [[META, 'locales: [en, ru]', 'locales: [en, ukk]']],
    line: 'content/leaflets/mini/leaflet.yaml:10:15  locales[1]: "ukk" is not a language CLDR knows: did you mean "uk" (Ukrainian)? Check the code in the IANA language subtag registry',
  },
  {
    name: 'a language code not in canonical form',
    edits: [[META, 'locales: [en, ru]', 'locales: [en, RU]']],
    line: 'content/leaflets/mini/leaflet.yaml:10:15  locales[1]: write the language code as "ru" (Russian), the form BCP 47 and this project use',
  },
  {
    name: 'a language one edit away from a known one',
    edits: [[META, 'locales: [en, ru]', 'locales: [en, ro]']],
    line: 'content/leaflets/mini/leaflet.yaml:10:15  locales[1]: the language "ro" is not in content/locales.yaml: did you mean "ru"? add it there first (see the README, "Adding a language")',
  },
  {
    name: 'a contact name in a language the project does not have',
    edits: [[CONTACTS, '      ru: Тестовая горячая линия (KOM)\n', '      ru: Тестовая горячая линия (KOM)\n      de: Test-Hotline (KOM)\n']],
    line: 'content/contacts.yaml:9:11  contacts[0].name.de: the contact "hotline" has a name in "de", a language content/locales.yaml does not have, so it is never printed: use one of "en", "ru", or add the language to content/locales.yaml (see the README, "Adding a language")',
  },
  {
    name: 'a contact name under a code that is no language',
    edits: [[CONTACTS, '      ru: Тестовая горячая линия (KOM)\n', '      ru: Тестовая горячая линия (KOM)\n      ua: Тестова гаряча лінія (KOM)\n']],
    line: 'content/contacts.yaml:9:11  contacts[0].name.ua: "ua" is the country code of Ukraine, not the language code meant here: Ukrainian is "uk"',
  },
  {
    name: 'a font whose licence file is not there',
    edits: [['fonts/manifest.yaml', /licence: OFL\.txt/, 'licence: OFL-1.1.txt']],
    line: 'fonts/manifest.yaml:15:14  families[0].licence: the licence file fonts/OFL-1.1.txt of "Noto Sans" does not exist: a font may be shipped only with its licence; add the file (for Noto fonts, the SIL Open Font License, OFL.txt) or fix the name',
  },
  {
    name: 'a missing field, with an example value',
    edits: [[META, 'publisher: hotline\n', '']],
    line: 'content/leaflets/mini/leaflet.yaml:1:1  publisher: missing field `publisher`: add it, for example `publisher: kom` (a contact id from content/contacts.yaml, not a name)',
  },
  {
    name: 'a name where a contact id belongs',
    edits: [[META, 'publisher: hotline', 'publisher: Our NGO']],
    line: 'content/leaflets/mini/leaflet.yaml:4:12  publisher: expected a contact id from content/contacts.yaml (the `id:` of a contact there, such as "kom"), not a name; found "Our NGO". Add the organisation to content/contacts.yaml if it is not there',
  },
  {
    name: 'a source that names no file',
    edits: [[META, 'seed: test-fixture.txt', 'seed: none.txt']],
    line: 'content/leaflets/mini/leaflet.yaml:6:9  source.seed: there is no source text content/sources/none.txt: save the text the facts come from there, or give its web address as `url: https://…` with `date`, the day you read it',
  },
  {
    name: 'a source that is not a file name',
    edits: [[META, 'seed: test-fixture.txt', 'seed: none']],
    line: 'content/leaflets/mini/leaflet.yaml:6:9  source.seed: expected the name of a text file in content/sources/, such as "001_c92a701fbf26fe5e.txt"; found "none"',
  },
  {
    name: 'a web source without the date it was read',
    edits: [[META, 'seed: test-fixture.txt', 'url: https://www.politiet.no/kom']],
    line: 'content/leaflets/mini/leaflet.yaml:5:1  source.date: missing field `date`: a web page changes, so give the day you read it, for example `date: 2026-11-30`',
  },
];

describe('a content keeper\'s mistake', () => {
  it.each(cases)('$name: one line they can act on, exit 1, content/ unchanged', async (c) => {
    const root = await fixtureProject('minimal');
    for (const [file, from, to] of c.edits) await edit(root, file, from, to);
    const before = await snapshot(root);
    const result = await runCli(root, ['check']);
    const lines = result.err.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([c.line, '1 problem found; nothing was written.']);
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await snapshot(root)).toEqual(before);
    await rm(root, { recursive: true, force: true });
  });
});

describe('a command-line mistake a content keeper makes', () => {
  it.each([
    [['build', '--leaflet', 'minii'], 'leaflets: there is no leaflet "minii": did you mean "mini"? use one of "mini"'],
    [['build', '--leaflet', 'mini', '--locale', 'pl'], 'leaflets: the leaflet "mini" is not built in "pl": its languages are "en", "ru"; to build it, add "pl" to `locales` in content/leaflets/mini/leaflet.yaml (`locales: [en, ru, pl]`) and translate content/leaflets/mini/pl.yaml (see the README, "Adding a language")'],
  ])('%j: says what to do, exit 2, content/ unchanged', async (args, line) => {
    const root = await fixtureProject('minimal');
    const before = await snapshot(root);
    const result = await runCli(root, args);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(line);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await snapshot(root)).toEqual(before);
  });
});

describe('required fields', () => {
  it('are all reported at once, each with an example value, across files', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, META, 'publisher: hotline\n', '');
    await edit(root, META, 'hotline: hotline\n', '');
    await edit(root, META, '  seed: test-fixture.txt\n', '');
    await edit(root, CONTACTS, /    hours: 24\/7\n    source: test fixture\n/, '    hours: 24/7\n');
    const result = await runCli(root, ['check']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter((l) => l.trim() !== '')).toEqual([
      'content/contacts.yaml:15:5  contacts[1].source: missing field `source`: add it, for example `source: 003_5466b8c86aae0601.txt` (the seed text the facts come from)',
      'content/leaflets/mini/leaflet.yaml:1:1  publisher: missing field `publisher`: add it, for example `publisher: kom` (a contact id from content/contacts.yaml, not a name)',
      'content/leaflets/mini/leaflet.yaml:4:1  source: missing field `seed` or `url`: give the source text, as `seed: 001_c92a701fbf26fe5e.txt` (a file in content/sources/) or as `url: https://…` with `date: 2026-11-30`, the day you read it',
      'content/leaflets/mini/leaflet.yaml:1:1  hotline: missing field `hotline`: add it, for example `hotline: kom` (a contact id from content/contacts.yaml)',
      '4 problems found; nothing was written.',
    ]);
  });
});

describe('a translation file the leaflet does not list', () => {
  it('is named by check and build with the line to write, and stops nothing', { timeout: 60_000 }, async () => {
    const root = await fixtureProject('minimal');
    await edit(root, META, 'locales: [en, ru]', 'locales: [en]');
    const before = await snapshot(root);
    const line = '  content/leaflets/mini/ru.yaml: this translation is not built: "ru" is not in `locales` of content/leaflets/mini/leaflet.yaml. To build it, write `locales: [en, ru]` there';
    const checked = await runCli(root, ['check']);
    expect(checked.code).toBe(0);
    expect(checked.out.split('\n')[0]).toBe(line);
    const built = await runCli(root, ['build']);
    expect(built.code).toBe(0);
    expect(built.out.split('\n')[0]).toBe(line);
    expect(await snapshot(root)).toEqual(before);
  });
});
