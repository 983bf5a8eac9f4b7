import { appendFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_BYTES } from '../../src/load/read-content.ts';
import { createI18n } from '../../src/localize/i18n.ts';
import type { Project } from '../../src/project.ts';
import { LIMITS } from '../../src/schema.ts';
import { edit, fixtureProject, runCli, tempDir } from '../helpers/project.ts';
import { expectRefused } from './content-helpers.ts';

const RU = 'content/leaflets/mini/ru.yaml';
const UI_RU = 'content/ui/ru.yaml';
const META = 'content/leaflets/mini/leaflet.yaml';

/** Writes bytes at the end of a file of a temporary project. */
const append = (root: string, file: string, bytes: string | Buffer) => appendFile(join(root, file), bytes);

describe('YAML: only plain data, within limits', () => {
  it('an alias bomb is one line at the first alias, not a stack trace', async () => {
    const root = await fixtureProject('minimal');
    let bomb = 'bomb:\n  a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
    for (let i = 0, prev = 'a'; i < 8; i++) {
      const name = String.fromCharCode(98 + i);
      bomb += `  ${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = name;
    }
    await append(root, UI_RU, bomb);
    await expectRefused(root, /^content\/ui\/ru\.yaml:47:\d+ {2}the YAML aliases \(\*name\) here expand to too much text \(more than 100 uses\)/);
  });

  it('a custom tag (!!js/function) is refused, not read as a string', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'title: Небольшая тестовая брошюра', 'title: !!js/function "function () { return 1 }"');
    await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:4:8 {2}the YAML tag !!js\/function is not allowed/);
  });

  it('a YAML 1.1 tag outside the core schema (!!binary) is refused too', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'title: Небольшая тестовая брошюра', 'title: !!binary aGVsbG8=');
    await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:4:8 {2}the YAML tag !!binary is not allowed/);
  });

  it('brackets nested thousands deep are refused, not a stack overflow', async () => {
    const root = await fixtureProject('minimal');
    await append(root, UI_RU, `deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    await expectRefused(root, /^content\/ui\/ru\.yaml:\d+:\d+ {2}the YAML is nested too deeply to be content/);
  });

  it('a key given twice names the key and its second line', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'title: Небольшая тестовая брошюра', 'title: Небольшая тестовая брошюра\ntitle: Другое');
    await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:5:1 {2}the key "title" appears twice in this map: keep one of them$/);
  });

  it(`a text over ${LIMITS.textChars} characters and a list over ${LIMITS.listItems} entries are refused by the schema`, async () => {
    const root = await fixtureProject('minimal');
    const long = 'слово '.repeat(Math.ceil(LIMITS.textChars / 6) + 1).trim();
    await edit(root, RU, 'title: Небольшая тестовая брошюра', `title: ${long}`);
    const line = await expectRefused(root, new RegExp(`^content/leaflets/mini/ru\\.yaml:4:8 {2}title: this text has ${long.length} characters, more than the ${LIMITS.textChars} allowed`));
    expect(line).not.toContain('слово слово слово слово слово слово слово слово');

    const root2 = await fixtureProject('minimal');
    await edit(root2, RU, /^ {4}- Вам не нужно называть своё имя\.$/m, Array(LIMITS.listItems + 1).fill('    - Вам не нужно называть своё имя.').join('\n'));
    await expectRefused(root2, /^content\/leaflets\/mini\/ru\.yaml:7:3 {2}cover\.notes: this list has 501 entries, more than the 500 allowed here/);
  });

  it(`a content file over ${MAX_CONTENT_BYTES / 1024 / 1024} MB is refused before it is parsed`, async () => {
    const root = await fixtureProject('minimal');
    await append(root, UI_RU, Array.from({ length: 120_000 }, (_, i) => `x${i}: строка номер ${i}\n`).join(''));
    await expectRefused(root, /^content\/ui\/ru\.yaml {2}the file is \d\.\d MB, over the limit of 2 MB for a content file/);
  });

  it('loading is linear: a ui file just under the cap with 50,000 keys fails within seconds', async () => {
    const root = await fixtureProject('minimal');
    await append(root, UI_RU, Array.from({ length: 50_000 }, (_, i) => `x${i}: строка номер ${i}\n`).join(''));
    const started = performance.now();
    // The yaml library's own duplicate-key check made this quadratic: about 40 s here.
    await expectRefused(root, /^content\/ui\/ru\.yaml:2:1 {2}this file has 50031 strings, more than the 1000 a ui file may have/, [['check']]);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('encoding: UTF-8 text only', () => {
  it('a byte that is not UTF-8 is refused with its line, column and offset', async () => {
    const root = await fixtureProject('minimal');
    // "Небольшая" with a Latin-1 é in the middle of the fourth line.
    const bytes = await readFile(join(root, RU));
    const at = bytes.indexOf(Buffer.from('тестовая'));
    await writeFile(join(root, RU), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]));
    await expectRefused(root, new RegExp(`^content/leaflets/mini/ru\\.yaml:4:18 {2}the file is not UTF-8 text: the byte at offset ${at} \\(0xE9\\) is not valid UTF-8`));
  });

  it('a file saved as UTF-16 is refused at its first byte', async () => {
    const root = await fixtureProject('minimal');
    const text = await readFile(join(root, RU), 'utf8');
    await writeFile(join(root, RU), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:1:1 {2}the file is not UTF-8 text: the byte at offset 0 \(0xFF\)/);
  });

  it('a NUL byte is named as a control character, not as a malformed placeholder', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'title: Небольшая', 'title: Неб\u0000ольшая');
    const line = await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:4:11 {2}the file contains the control character U\+0000 here/);
    expect(line).not.toContain('placeholder');
  });

  it('a control character written as a YAML escape ("\\0") is refused too', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, RU, 'title: Небольшая тестовая брошюра', 'title: "Небольшая\\0 тестовая брошюра"');
    await expectRefused(root, /^content\/leaflets\/mini\/ru\.yaml:4:8 {2}the file contains the control character U\+0000 here/);
  });

  it('another control character (ESC) is refused the same way', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, UI_RU, 'phone: Телефон', 'phone: Тел\u001b[31mефон');
    await expectRefused(root, /^content\/ui\/ru\.yaml:3:13 {2}the file contains the control character U\+001B here/);
  });
});

describe('symbolic links: nothing outside content/ or fonts/ is read', () => {
  const secret = async () => {
    const dir = await tempDir('secret');
    await writeFile(join(dir, 'shadow'), 'root:$6$secret-hash:19000:0:99999:7:::\nadmin: hunter2\n');
    return join(dir, 'shadow');
  };

  it('leaflet.yaml linked to a file outside the project is refused, and none of its lines is echoed', async () => {
    const root = await fixtureProject('minimal');
    await rm(join(root, META));
    await symlink(await secret(), join(root, META));
    const line = await expectRefused(root, /^content\/leaflets\/mini\/leaflet\.yaml {2}this is a symbolic link to a place outside content\/, so it was not read/);
    const { err } = await runCli(root, ['check']);
    expect(err).not.toMatch(/secret-hash|hunter2|root:|admin/);
    expect(line).not.toContain('unknown field');
  });

  it('a translation linked outside content/ is refused, not skipped', async () => {
    const root = await fixtureProject('minimal');
    await symlink(await secret(), join(root, 'content/leaflets/mini/de.yaml'));
    await expectRefused(root, /^content\/leaflets\/mini\/de\.yaml {2}this is a symbolic link to a place outside content\//);
  });

  it('a leaflet folder linked outside content/ is refused and not listed', async () => {
    const root = await fixtureProject('minimal');
    const outside = await tempDir('outside');
    await mkdir(join(outside, 'evil'));
    await writeFile(join(outside, 'evil', 'leaflet.yaml'), 'id: evil\nsecret: hunter2\n');
    await symlink(join(outside, 'evil'), join(root, 'content/leaflets/evil'));
    await expectRefused(root, /^content\/leaflets\/evil {2}this is a symbolic link to a place outside content\//);
  });

  it('a link that stays inside content/ is followed', async () => {
    const root = await fixtureProject('minimal');
    const file = join(root, 'content/leaflets/mini/en.yaml');
    const text = await readFile(file);
    await mkdir(join(root, 'content/shared'));
    await writeFile(join(root, 'content/shared/en.yaml'), text);
    await rm(file);
    await symlink('../../shared/en.yaml', file);
    const { code, err } = await runCli(root, ['check']);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('a font linked outside fonts/ is refused at its manifest line and never opened', async () => {
    const root = await fixtureProject('minimal');
    const outside = await tempDir('font');
    await writeFile(join(outside, 'NotoSans-Bold.ttf'), await readFile(join(root, 'fonts/NotoSans-Bold.ttf')));
    await rm(join(root, 'fonts/NotoSans-Bold.ttf'));
    await symlink(join(outside, 'NotoSans-Bold.ttf'), join(root, 'fonts/NotoSans-Bold.ttf'));
    await expectRefused(root, /^fonts\/manifest\.yaml:\d+:\d+ {2}families\[0\]\.files\.bold: fonts\/NotoSans-Bold\.ttf: this is a symbolic link to a place outside fonts\//);
  });
});

describe('ui strings: no i18next nesting, only the values the code passes', () => {
  it('$t(…) nesting in a ui string is refused', async () => {
    const root = await fixtureProject('minimal');
    const from = /^ {2}page: .*$/m;
    const text = await readFile(join(root, UI_RU), 'utf8');
    const line = text.split('\n').findIndex((l) => from.test(l)) + 1;
    await edit(root, UI_RU, from, '  page: Страница {{page}} из {{total}} $t(footer.page)');
    await expectRefused(root, new RegExp(`^content/ui/ru\\.yaml:${line}:\\d+ {2}footer\\.page: \\$t\\(…\\) would insert another ui string here`));
  });

  it('a value the code does not pass, and an i18next format, are refused', async () => {
    const root = await fixtureProject('minimal');
    await edit(root, UI_RU, /^ {2}page: .*$/m, '  page: Страница {{page}} из {{total}} {{secret}}');
    await expectRefused(root, /^content\/ui\/ru\.yaml:\d+:\d+ {2}footer\.page: \{\{secret\}\} is not a value the build fills in for "footer\.page": it fills in \{\{page\}\}, \{\{total\}\}/);

    const root2 = await fixtureProject('minimal');
    await edit(root2, 'content/ui/en.yaml', /^ {2}page: .*$/m, '  page: Page {{page, number}} of {{total}}');
    await expectRefused(root2, /^content\/ui\/en\.yaml:\d+:\d+ {2}footer\.page: \{\{page, number\}\} is not a placeholder the build understands/);
  });

  it('i18next never runs nesting, even for a string that got past validation', () => {
    const project = {
      ui: new Map([['en', { value: { footer: { page: 'Page {{page}} of {{total}} $t(footer.page)' } } }]]),
    } as unknown as Project;
    const t = createI18n(project)('en');
    expect(t('footer.page', { page: '2', total: '4' })).toBe('Page 2 of 4 $t(footer.page)');
    // A value put into a string is not read for markers either.
    expect(t('footer.page', { page: '$t(footer.page)', total: '{{page}}' })).toBe('Page $t(footer.page) of {{page}} $t(footer.page)');
  });
});
