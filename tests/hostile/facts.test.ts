import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, ROOT, runCli, tempDir } from '../helpers/project.ts';

/*
 * The facts guard: a phone number, email or web address typed into a text instead of its
 * placeholder is refused by `check`, in every script and with every separator, and so is
 * Handlebars syntax that prints something other than a checked placeholder.
 */

const UK = 'content/leaflets/is-trafficking/uk.yaml';
const KOM = 'content/leaflets/kom-possible-victims';
/** The Ukrainian is-trafficking text has this in a folded paragraph (sections[0].blocks[0].text). */
const ANCHOR = 'Пам’ятайте: ви завжди';

async function project(): Promise<string> {
  const root = await tempDir('facts');
  await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(ROOT, 'fonts'), join(root, 'fonts'), { recursive: true });
  return root;
}

async function checkRefuses(root: string, line: RegExp): Promise<void> {
  const result = await runCli(root, ['check']);
  expect(result.code).toBe(1);
  expect(result.err.split('\n')).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
  expect(result.err).not.toMatch(/^\s+at /m);
  expect(result.err).not.toMatch(/^\w*Error:/m);
}

let anchorLine = 0;
beforeAll(async () => {
  anchorLine = (await readFile(join(ROOT, UK), 'utf8')).split('\n').findIndex((l) => l.includes(ANCHOR)) + 1;
  expect(anchorLine).toBeGreaterThan(0);
});

describe('a typed phone number in any script (item 2)', () => {
  it('finds 47-45-16-00 typed in place of {{phone "kom"}} in Russian', async () => {
    const root = await project();
    await edit(root, `${KOM}/ru.yaml`, 'телефон {{phone "kom"}}', 'телефон 47-45-16-00');
    await checkRefuses(root, /^content\/leaflets\/kom-possible-victims\/ru\.yaml:318:\d+ {2}sections\[\d+\]\.blocks\[\d+\]\.\w+: "47-45-16-00" is typed into the text: add it to content\/contacts\.yaml and write a placeholder/);
  });

  it('finds ۴۷ ۴۵ ۱۶ ۰۰ (Persian digits) in Persian', async () => {
    const root = await project();
    await edit(root, `${KOM}/fa.yaml`, 'به شمارهٔ {{phone "kom"}}', 'به شمارهٔ ۴۷ ۴۵ ۱۶ ۰۰');
    await checkRefuses(root, /^content\/leaflets\/kom-possible-victims\/fa\.yaml:311:\d+ {2}sections\[\d+\]\.blocks\[\d+\]\.\w+: "۴۷ ۴۵ ۱۶ ۰۰" is typed into the text/);
  });

  it('finds KOM\'s own number in Arabic-Indic digits, and names its placeholder', async () => {
    const root = await project();
    await edit(root, `${KOM}/ar.yaml`, 'على الرقم {{phone "kom"}}', 'على الرقم ٤٧ ٤٥ ١٥ ٠٠');
    await checkRefuses(root, /^content\/leaflets\/kom-possible-victims\/ar\.yaml:303:\d+ {2}\S+: "٤٧ ٤٥ ١٥ ٠٠" is typed into the text: write \{\{phone "kom"\}\} instead/);
  });

  const typed: Array<[string, string, string]> = [
    ['fullwidth digits', '４７４５１６００', '４７４５１６００'],
    ['no-break spaces', '47\u00A045\u00A016\u00A000', '47\u00A045\u00A016\u00A000'],
    ['narrow no-break spaces', '47\u202F45\u202F16\u202F00', '47\u202F45\u202F16\u202F00'],
    ['dots', '47.45.16.00', '47.45.16.00'],
    ['slashes', '47/45/16/00', '47/45/16/00'],
    ['dashes and spaces', '47 – 45 – 16 – 00', '47 – 45 – 16 – 00'],
    ['brackets and a country code', '(+47) 45 16 00', '(+47) 45 16 00'],
    ['Arabic-Indic digits with dashes', '٤٧-٤٥-١٦-٠٠', '٤٧-٤٥-١٦-٠٠'],
  ];
  it.each(typed)('finds a number written with %s', async (_, number, shown) => {
    const root = await project();
    await edit(root, UK, ANCHOR, `Телефон ${number}. ${ANCHOR}`);
    const at = new RegExp(`^content/leaflets/is-trafficking/uk\\.yaml:${anchorLine}:\\d+ {2}sections\\[0\\]\\.blocks\\[0\\]\\.text: "${shown.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is typed into the text`);
    await checkRefuses(root, at);
  });

  it('finds KOM\'s email with a fullwidth at sign, and web addresses', async () => {
    const root = await project();
    await edit(root, UK, ANCHOR, `Пишіть на KOM.pod＠politiet.no або www.politiet.no, https://example.org/help. ${ANCHOR}`);
    const result = await runCli(root, ['check']);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    const prefix = `content/leaflets/is-trafficking/uk.yaml:${anchorLine}:`;
    expect(lines.some((l) => l.startsWith(prefix) && l.includes('"KOM.pod@politiet.no" is typed into the text: write {{email "kom"}} instead'))).toBe(true);
    expect(lines.some((l) => l.startsWith(prefix) && l.includes('"www.politiet.no" is typed into the text'))).toBe(true);
    expect(lines.some((l) => l.startsWith(prefix) && l.includes('"https://example.org/help" is typed into the text'))).toBe(true);
  });

  it('lets dates, spans of years and short counts through', async () => {
    const root = await project();
    await edit(root, UK, ANCHOR, `З 01.02.2024, у 2019–2024 роках, 3 з 10 людей. ${ANCHOR}`);
    const result = await runCli(root, ['check']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('Handlebars syntax that is not a placeholder (item 2)', () => {
  const constructs: Array<[string, string, RegExp]> = [
    ['an escape', '47-45-16-00 \\{{phone "emergency-is"}}', /"\\\{\{" \(a Handlebars escape, which prints the braces as text\) is not a placeholder/],
    ['a backslash before a placeholder', 'тел. \\\\{{phone "emergency-is"}}', /a backslash before a placeholder is not a placeholder/],
    ['triple braces', '{{{phone "emergency-is"}}}', /a placeholder in three braces \{\{\{…\}\}\} is not a placeholder/],
    ['"{{&"', '{{&phone "emergency-is"}}', /"\{\{&" is not a placeholder/],
    ['a comment', '{{! перевірено }}', /a Handlebars comment \{\{! … \}\} is not a placeholder/],
    ['a block comment', '{{!-- перевірено --}}', /a Handlebars comment \{\{!-- … --\}\} is not a placeholder/],
    ['a raw block', '{{{{raw}}}} 47 45 16 00 {{{{/raw}}}}', /a raw block \{\{\{\{…\}\}\}\} is not a placeholder/],
  ];
  it.each(constructs)('refuses %s', async (_, text, message) => {
    const root = await project();
    await edit(root, UK, ANCHOR, `${text} ${ANCHOR}`);
    const at = new RegExp(`^content/leaflets/is-trafficking/uk\\.yaml:${anchorLine}:\\d+ {2}sections\\[0\\]\\.blocks\\[0\\]\\.text: ${message.source}`);
    await checkRefuses(root, at);
  });
});
