import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';

const RU = 'content/leaflets/mini/ru.yaml';
const EN = 'content/leaflets/mini/en.yaml';

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * Each case breaks one thing in a valid fixture. The CLI must answer with one line per
 * problem naming file:line:column, exit 1, print no stack trace, and leave no PDF of what
 * the mistake stops: not a half-written one, and not a stale one from an earlier build.
 */
const cases: Array<{ name: string; file: string; from: string | RegExp; to: string; expect: RegExp; problems?: number }> = [
  {
    name: 'malformed YAML',
    file: RU,
    from: 'title: Небольшая тестовая брошюра',
    to: 'title: "Небольшая тестовая брошюра',
    expect: /^content\/leaflets\/mini\/ru\.yaml:4:\d+ {2}the YAML is malformed: .+$/,
  },
  {
    name: 'a placeholder inside a double-quoted text',
    file: EN,
    from: 'text: Call {{name "hotline"}}',
    to: 'text: "Call {{name "hotline"}}',
    expect: /^content\/leaflets\/mini\/en\.yaml:14:\d+ {2}the YAML is malformed: this text is in double quotes .+single quotes/,
  },
  {
    name: 'a wrong type',
    file: 'content/leaflets/mini/leaflet.yaml',
    from: 'formats: [booklet-a5]',
    to: 'formats: booklet-a5',
    expect: /^content\/leaflets\/mini\/leaflet\.yaml:9:10 {2}formats: expected a list, found "booklet-a5"$/,
  },
  {
    name: 'an unknown field',
    file: RU,
    from: '    heading: Второй раздел',
    to: '    heading: Второй раздел\n    colour: red',
    expect: /^content\/leaflets\/mini\/ru\.yaml:23:13 {2}sections\[1\]\.colour: unknown field `colour`: .+$/,
  },
  {
    name: 'an unknown contact id',
    file: RU,
    from: '{{phone "emergency"}}',
    to: '{{phone "emergancy"}}',
    expect: /^content\/leaflets\/mini\/ru\.yaml:25:48 {2}sections\[1\]\.blocks\[0\]\.callout: unknown contact "emergancy": did you mean "emergency"\? use one of "hotline", "emergency", or add it to content\/contacts\.yaml$/,
  },
  {
    name: 'an unknown placeholder',
    file: EN,
    from: '{{email "hotline"}}',
    to: '{{fax "hotline"}}',
    expect: /^content\/leaflets\/mini\/en\.yaml:14:\d+ {2}sections\[0\]\.blocks\[0\]\.text: unknown placeholder \{\{fax\}\}: use one of .+$/,
  },
  {
    name: 'an unknown contact on the third line of a paragraph',
    file: EN,
    from: /text: Call .+\n/,
    to: 'text: >-\n          Call the hotline\n          any weekday, or write to\n          {{email "hotlne"}} today.\n',
    expect: /^content\/leaflets\/mini\/en\.yaml:17:11 {2}sections\[0\]\.blocks\[0\]\.text: unknown contact "hotlne": .+$/,
  },
  {
    name: 'a printed number that differs from the dialled one',
    file: 'content/contacts.yaml',
    from: 'display: 47 45 15 00',
    to: 'display: 47 45 15 01',
    expect: /^content\/contacts\.yaml:11:18 {2}contacts\[0\]\.phones\[0\]\.display: the printed number "47 45 15 01" does not have the same digits as \+4747451500: correct one of them$/,
  },
  {
    name: 'a block the source does not have',
    file: RU,
    from: /      - id: note\n        callout: .+\n/,
    to: '      - id: extra\n        text: Лишний абзац.\n',
    expect: /^content\/leaflets\/mini\/ru\.yaml:\d+:\d+ {2}sections\[1\]\.blocks\[0\]\.id: the block "extra" is not in the source text content\/leaflets\/mini\/en\.yaml: remove it here, or add it there first$/,
  },
  {
    name: 'a character no font covers (a Georgian letter in the Russian file)',
    file: RU,
    from: 'Первый пункт',
    to: 'Первый пункт ა',
    expect: /^content\/leaflets\/mini\/ru\.yaml:17:26 {2}sections\[0\]\.blocks\[1\]\.list\[0\]: the character "ა" \(U\+10D0 GEORGIAN LETTER AN\) is in no font for "ru" \(tried Noto Sans\): .+$/,
  },
  {
    name: 'a look-alike letter the language forbids (a locales.yaml rule)',
    file: 'content/locales.yaml',
    from: '    hyphenation: ru\n',
    to: '    hyphenation: ru\n    wrongCharacters: { ё: е }\n',
    expect: /^content\/leaflets\/mini\/ru\.yaml:8:\d+ {2}cover\.notes\[0\]: "ё" \(U\+0451\) is not used in Russian: write "е" \(U\+0435\)$/,
  },
  {
    name: 'an icon the set does not have, on a list item',
    file: EN,
    from: '          - text: Another point with\n',
    to: '          - text: Another point with\n            icon: lawyer\n',
    expect: /^content\/leaflets\/mini\/en\.yaml:19:19 {2}sections\[0\]\.blocks\[1\]\.list\[1\]\.icon: expected one of "phone", "sms", .*"legal-aid", .* found "lawyer"$/,
  },
  {
    name: 'a phone number typed into a text instead of its placeholder',
    file: RU,
    from: 'телефон {{phone "hotline"}}',
    to: 'телефон 47 45 15 00',
    expect: /^content\/leaflets\/mini\/ru\.yaml:14:\d+ {2}sections\[0\]\.blocks\[0\]\.text: "47 45 15 00" is typed into the text: write \{\{phone "hotline"\}\} instead, so that content\/contacts\.yaml stays the one place for it$/,
  },
  {
    name: 'a missing plural form',
    file: 'content/ui/ru.yaml',
    from: /  pages_few: .+\n/,
    to: '',
    expect: /^content\/ui\/ru\.yaml:\d+:\d+ {2}imprint\.pages: missing plural form "imprint\.pages_few": "ru" uses it for numbers such as 2, 3, 4$/,
  },
];

describe('a content mistake', () => {
  it.each(cases)('$name: one clear line, exit 1, no PDF left of what it stops', async (c) => {
    const root = await fixtureProject('minimal');
    // A good build first, so there is an older PDF that must not survive.
    expect((await runCli(root, ['build'])).code).toBe(0);
    // en and ru, each a booklet and its imposed companion.
    expect(await readdir(join(root, 'output/mini'))).toHaveLength(4);

    await edit(root, c.file, c.from, c.to);
    const result = await runCli(root, ['build']);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toMatch(c.expect);
    const count = c.problems ?? 1;
    expect(lines).toHaveLength(count + 1);
    // A mistake stops what depends on its file: a translation its language, the source
    // text or leaflet.yaml the leaflet, a shared file everything. The rest is built.
    const problems = `${count} problem${count === 1 ? '' : 's'}`;
    const file = /^([^:]+):/.exec(lines[0] ?? '')?.[1] ?? '';
    const scope = /\/ru\.yaml$/.test(file) ? 'ru' : file.startsWith('content/leaflets/mini/') ? 'mini' : 'all';
    const summary = lines.at(-1) ?? '';
    if (scope === 'ru') {
      // A ui file is every leaflet's words in that language.
      const where = file.startsWith('content/ui/') ? 'every leaflet in ru' : 'mini ru';
      expect(summary).toBe(`${problems} in ${where}: its 2 PDFs not built and removed; 2 PDFs up to date (unchanged)`);
    } else if (scope === 'mini') {
      // A leaflet.yaml that cannot be read does not say which PDFs it has: the older ones are counted.
      expect(summary).toMatch(new RegExp(`^${problems} in mini \\(every language\\): its (4 PDFs not built and removed|PDFs not built, 4 older copies removed); nothing was built$`));
    } else {
      expect(summary).toBe(`${problems} in ${file}, which every PDF depends on: no PDF built, 4 older copies removed`);
    }
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const left = scope === 'ru' ? ['mini.en.booklet-a5-imposed.pdf', 'mini.en.booklet-a5.pdf'] : [];
    expect(await readdir(join(root, 'output/mini'))).toEqual(left);
    const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as Array<{ file: string }>;
    expect(manifest.map((e) => e.file.replace('mini/', ''))).toEqual(left);

    // `check` reports the same problem and writes nothing.
    const checked = await runCli(root, ['check']);
    expect(checked.code).toBe(1);
    expect(checked.err.split('\n')[0]).toMatch(c.expect);
  });
});

describe('a command-line mistake', () => {
  let root: string;
  beforeAll(async () => {
    root = await fixtureProject('minimal');
  });

  it.each([
    [['build', '--colour'], /^leaflets: unknown option '--colour'$/],
    [['build', '--format', 'poster'], /^leaflets: unknown format "poster": use one of "booklet-a5", "trifold-dl", "card", "email-a4", "flyer-a4", "flyer-a5", "chart-a4"$/],
    [['build', '--leaflet', 'nope'], /^leaflets: there is no leaflet "nope": use one of "mini"$/],
    [['build', '--locale', 'ua'], /^leaflets: no leaflet is built in "ua": the languages are "en", "ru"/],
    [['publish'], /^leaflets: unknown command "publish"$/],
  ])('%j: says what is wrong, points to --help, exit 2', async (args, message) => {
    const result = await runCli(root, args);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toMatch(message);
    expect(result.err).toMatch(/--help" for usage\.$/);
    expect(await exists(join(root, 'output'))).toBe(false);
  });

  it('prints help for the program and for each command', async () => {
    expect((await runCli(root, ['--help'])).out).toMatch(/^Usage: leaflets <command>/);
    expect((await runCli(root, ['build', '--help'])).out).toMatch(/--leaflet ID/);
    expect((await runCli(root, ['check', '--help'])).out).toMatch(/^Usage: leaflets check/);
  });

  it('builds only what is asked for', async () => {
    const result = await runCli(root, ['build', '--locale', 'ru']);
    expect(result.code).toBe(0);
    expect(await readdir(join(root, 'output/mini'))).toEqual(['mini.ru.booklet-a5-imposed.pdf', 'mini.ru.booklet-a5.pdf']);
    expect(result.out).toMatch(/^Built 2 PDFs in [\d.]+ s/m);
  });
});
