import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { parse, parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importTranslations } from '../../src/exchange/index.ts';
import { EnvironmentError } from '../../src/problems.ts';
import { edit, ROOT, runCli, tempDir } from '../helpers/project.ts';

/*
 * A translator's file is input from outside. Each case starts from a real export
 * (is-trafficking in Ukrainian, from a copy of this repository's content), changes one
 * thing, imports it, and checks: one line naming the file (and line, column), the exit
 * code, no stack trace, and content/ unchanged byte for byte when refused; `check` passing
 * when accepted.
 */

const UK = 'content/leaflets/is-trafficking/uk.yaml';
const PO = 'output/translations/is-trafficking.uk.po';
const XLF = 'output/translations/is-trafficking.uk.xlf';
const PO_AT = /^output\/translations\/is-trafficking\.uk\.po:\d+ {2}/;

/** A copy of the repository's content and fonts, with the Ukrainian is-trafficking exported. */
async function exported(to: 'po' | 'xliff' = 'po', prepare?: (root: string) => Promise<void>): Promise<string> {
  const root = await tempDir('import');
  await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(ROOT, 'fonts'), join(root, 'fonts'), { recursive: true });
  await prepare?.(root);
  const result = await runCli(root, ['export', '--locale', 'uk', '--leaflet', 'is-trafficking', '--to', to]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return root;
}

/** Every file under content/, by path, with its bytes. */
async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(join(root, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(root.length), await readFile(path));
    }
  }
  return files;
}

/** Changes one PO entry as a translator's tool would: its msgstr, its fuzzy flag, its comments. */
async function setEntry(root: string, id: string, msgstr: string, options: { fuzzy?: boolean; extracted?: string; file?: string } = {}): Promise<void> {
  const file = join(root, options.file ?? PO);
  const table = po.parse(await readFile(file));
  const entry = Object.values(table.translations[id] ?? {})[0];
  if (!entry) throw new Error(`no entry ${id}`);
  entry.msgstr = [msgstr];
  const comments = entry.comments ?? {};
  if (options.fuzzy !== undefined) comments.flag = options.fuzzy ? 'fuzzy' : '';
  if (options.extracted !== undefined) comments.extracted = options.extracted;
  entry.comments = comments;
  await writeFile(file, po.compile(table, { foldLength: 0 }));
}

/** Imports, expects a refusal, and checks that content/ did not change. */
async function refused(root: string, files: string[], firstLine: RegExp, code = 1): Promise<string> {
  const before = await snapshot(root);
  const result = await runCli(root, ['import', ...files]);
  expect(result.out).toBe('');
  expect(result.err.split('\n')[0]).toMatch(firstLine);
  expect(result.code).toBe(code);
  expect(result.err).not.toMatch(/^\s+at /m);
  expect(result.err).not.toMatch(/^\w*Error:/m);
  expect(await snapshot(root)).toEqual(before);
  return result.err;
}

/** Imports, expects success, and that `check` then passes. */
async function accepted(root: string, files: string[]): Promise<string> {
  const result = await runCli(root, ['import', ...files]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const check = await runCli(root, ['check']);
  expect(check.err).toBe('');
  expect(check.code).toBe(0);
  return result.out;
}

const ukText = async (root: string) => parse(await readFile(join(root, UK), 'utf8')) as { title: string; translation: { status: string; units: Record<string, string> }; sections: Array<{ heading: string; blocks: Array<{ list?: string[]; text?: string }> }> };

describe('import keeps YAML intact whatever the text (item 1)', () => {
  it('stores a msgstr holding a newline, "translation:" and "status: approved" as text, nothing more', async () => {
    const root = await exported();
    const value = 'Торгівля людьми\ntranslation:\n  status: approved';
    await setEntry(root, 'title', value, { fuzzy: true });
    await accepted(root, [PO]);
    const text = await ukText(root);
    expect(text.title).toBe(value);
    expect(text.translation.status).toBe('machine');
    expect(text.translation.units.title).toMatch(/^translated [0-9a-f]{8}$/);
  });

  it('edits one item of a list written in flow style', async () => {
    const root = await exported('po', async (r) => {
      const doc = parseDocument(await readFile(join(r, UK), 'utf8'));
      (doc.getIn(['sections', 1, 'blocks', 1, 'list'], true) as { flow: boolean }).flow = true;
      await writeFile(join(r, UK), doc.toString({ lineWidth: 0 }));
    });
    const before = await readFile(join(root, UK), 'utf8');
    expect(before).toMatch(/list: \[ "?Зв’язок/);
    await setEntry(root, 'bjarkarhlid.services.1', 'Допомогу із заявою на тимчасовий дозвіл: > "проживання" [швидко], {чесно}', { fuzzy: false });
    await accepted(root, [PO]);
    const text = await ukText(root);
    expect(text.sections[1]!.blocks[1]!.list![1]).toBe('Допомогу із заявою на тимчасовий дозвіл: > "проживання" [швидко], {чесно}');
    expect(await readFile(join(root, UK), 'utf8')).toMatch(/list: \[ "?Зв’язок/);
  });

  it('keeps a comment after a value a comment, and "# …" typed in a translation text', async () => {
    const root = await exported('po', (r) => edit(r, UK, 'heading: Ви завжди можете отримати допомогу', 'heading: Ви завжди можете отримати допомогу # checked by Olena'));
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди # не коментар', { fuzzy: false });
    await accepted(root, [PO]);
    const yaml = await readFile(join(root, UK), 'utf8');
    expect(yaml).toContain('# checked by Olena');
    expect((await ukText(root)).sections[0]!.heading).toBe('Допомогу можна отримати завжди # не коментар');
  });

  it('imports into, and stamps, a translation file with CRLF line ends, keeping them', async () => {
    const root = await exported('po', async (r) => {
      const lf = await readFile(join(r, UK), 'utf8');
      await writeFile(join(r, UK), lf.replace(/^ {4}title: .*\n/m, '').replace(/\n/g, '\r\n'));
    });
    expect((await runCli(root, ['stamp', '--leaflet', 'is-trafficking', '--locale', 'uk'])).code).toBe(0);
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди', { fuzzy: false });
    await accepted(root, [PO]);
    const yaml = await readFile(join(root, UK), 'utf8');
    expect(yaml).not.toMatch(/[^\r]\n/);
    expect(yaml).toMatch(/\r\n {4}title: machine [0-9a-f]{8}\r\n/);
    expect((await ukText(root)).sections[0]!.heading).toBe('Допомогу можна отримати завжди');
  });

  it('stamps and imports a translation file written all in flow style', async () => {
    const root = await exported('po', async (r) => {
      const data = parse(await readFile(join(r, UK), 'utf8')) as { translation: { units: Record<string, string> } };
      delete data.translation.units['cover.lead'];
      await writeFile(join(r, UK), stringify(data, { collectionStyle: 'flow', lineWidth: 0 }));
    });
    expect((await runCli(root, ['stamp', '--leaflet', 'is-trafficking', '--locale', 'uk'])).code).toBe(0);
    expect((await ukText(root)).translation.units['cover.lead']).toMatch(/^machine [0-9a-f]{8}$/);
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди', { fuzzy: false });
    await accepted(root, [PO]);
    expect((await ukText(root)).sections[0]!.heading).toBe('Допомогу можна отримати завжди');
  });

  it('changes only the edited value\'s lines and its record; with no edits, no byte', async () => {
    const root = await exported();
    const before = await readFile(join(root, UK), 'utf8');
    expect(await accepted(root, [PO])).toContain('no changes');
    expect(await readFile(join(root, UK), 'utf8')).toBe(before);

    const old = 'Жертва торгівлі людьми може почуватися безпорадною, і їй буває важко довіряти іншим. Пам’ятайте: ви завжди можете отримати допомогу. Перший крок – звернутися до служби {{phone "emergency-is"}} телефоном, через SMS або вебчат.';
    const now = old.replace('Перший крок', 'Найперший крок');
    await setEntry(root, 'get-help.first-step', now, { fuzzy: false });
    await accepted(root, [PO]);
    const after = await readFile(join(root, UK), 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    // Only lines of the folded text and the unit's record differ, and the file has as many lines.
    const changed = (x: string[], y: string[]) => x.filter((l) => !y.includes(l));
    const removed = changed(a, b);
    const added = changed(b, a);
    expect(removed.length).toBeGreaterThan(1);
    expect(removed.every((l) => /get-help\.first-step: machine|^ {10}\S/.test(l))).toBe(true);
    expect(added.every((l) => /get-help\.first-step: reviewed|^ {10}\S/.test(l))).toBe(true);
    expect((await ukText(root)).sections[0]!.blocks[0]!.text).toBe(now);
    expect(b.length).toBe(a.length);
  });
});

describe('import refuses a hotline number smuggled into a text (item 2)', () => {
  it('refuses 47-45-16-00 \\{{phone "emergency-is"}} from a PO, at the entry', async () => {
    const root = await exported();
    await setEntry(root, 'cover.lead', 'Перший крок – 47-45-16-00 \\{{phone "emergency-is"}} телефоном, через SMS або вебчат:', { fuzzy: false });
    const err = await refused(root, [PO], /^output\/translations\/is-trafficking\.uk\.po:\d+ {2}cover\.lead: /);
    expect(err).toMatch(/^output\/translations\/is-trafficking\.uk\.po:\d+ {2}cover\.lead: "\\\{\{" \(a Handlebars escape, which prints the braces as text\) is not a placeholder/m);
    expect(err).toMatch(/^output\/translations\/is-trafficking\.uk\.po:\d+ {2}cover\.lead: "47-45-16-00" is typed into the text/m);
    const line = Number(/\.po:(\d+)/.exec(err)![1]);
    expect((await readFile(join(root, PO), 'utf8')).split('\n')[line - 1]).toBe('msgctxt "cover.lead"');
  });
});

describe('import validates the content it would make, as check does', () => {
  it('refuses a letter no font of the language has, at the entry', async () => {
    const root = await exported();
    await setEntry(root, 'get-help.heading', 'Ви завжди можете отримати допомогу ა', { fuzzy: false });
    await refused(root, [PO], /^output\/translations\/is-trafficking\.uk\.po:\d+ {2}get-help\.heading: the character "ა" \(U\+10D0 GEORGIAN LETTER AN\) is in no font for "uk"/);
  });
});

describe('import reads a PO file in its own charset only (item 3)', () => {
  it('reads a PO without a charset as UTF-8: no mojibake', async () => {
    const root = await exported();
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди', { fuzzy: false });
    await edit(root, PO, '"Content-Type: text/plain; charset=utf-8\\n"\n', '');
    await accepted(root, [PO]);
    expect((await ukText(root)).sections[0]!.heading).toBe('Допомогу можна отримати завжди');
  });

  it('refuses bytes that are not UTF-8 in a PO without a charset, with line and column', async () => {
    const root = await exported();
    await edit(root, PO, '"Content-Type: text/plain; charset=utf-8\\n"\n', '');
    const utf8 = await readFile(join(root, PO), 'utf8');
    const line = utf8.split('\n').findIndex((l) => l === 'msgctxt "get-help.heading"') + 3;
    // A Latin-1 file: "é" as the single byte 0xE9.
    await writeFile(join(root, PO), Buffer.from(utf8.replace('msgstr "Ви завжди можете отримати допомогу"', 'msgstr "Caf\u00e9"'), 'latin1'));
    await refused(root, [PO], new RegExp(`^output/translations/is-trafficking\\.uk\\.po:${line}:12 {2}the byte 0xE9 is not valid UTF-8`));
  });

  it('reads a PO in the charset its header declares', async () => {
    const root = await exported();
    // An old Windows tool's file: one entry, in Windows-1251.
    const text = [
      'msgid ""',
      'msgstr ""',
      '"Content-Type: text/plain; charset=windows-1251\\n"',
      '"Language: uk\\n"',
      '"X-Leaflet: is-trafficking\\n"',
      '',
      'msgctxt "get-help.heading"',
      'msgid "You can always get help"',
      'msgstr "Допомогу можна отримати завжди – ґречно"',
      '',
    ].join('\n');
    await writeFile(join(root, PO), encode1251(text));
    await accepted(root, [PO]);
    expect((await ukText(root)).sections[0]!.heading).toBe('Допомогу можна отримати завжди – ґречно');
  });

  it('refuses a charset it does not know', async () => {
    const root = await exported();
    await edit(root, PO, 'charset=utf-8', 'charset=klingon-8');
    await refused(root, [PO], /^output\/translations\/is-trafficking\.uk\.po:1:1 {2}the file declares the charset "klingon-8", which is not known/);
  });
});

describe('import reads XLIFF strictly (items 4, 12)', () => {
  const cases: Array<[string, (xml: string) => string | Buffer, RegExp]> = [
    ['a file cut inside a <target>', (x) => x.slice(0, x.indexOf('<target>', x.indexOf('cover.notes.0')) + 30), /^output\/translations\/is-trafficking\.uk\.xlf:\d+:\d+ {2}the XML is malformed \(.+\): the file may be cut off or damaged/],
    ['a DOCTYPE', (x) => x.replace('<xliff ', '<!DOCTYPE xliff>\n<xliff '), /^output\/translations\/is-trafficking\.uk\.xlf:2:\d+ {2}the file has a DOCTYPE declaration/],
    [
      'an external entity',
      (x) => x.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('<target>Торгівля', '<target>&xxe;Торгівля'),
      /^output\/translations\/is-trafficking\.uk\.xlf:2:\d+ {2}the file has a DOCTYPE declaration/,
    ],
    [
      'entity expansion (billion laughs)',
      (x) => x.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<xliff ').replace('<target>Торгівля', '<target>&c;Торгівля'),
      /^output\/translations\/is-trafficking\.uk\.xlf:2:\d+ {2}the file has a DOCTYPE declaration/,
    ],
    ['an undeclared entity', (x) => x.replace('<target>Торгівля', '<target>&nbsp;Торгівля'), /^output\/translations\/is-trafficking\.uk\.xlf:\d+:\d+ {2}the XML is malformed \(Invalid character entity\).+Only &amp; &lt; &gt; &quot; &apos; and numeric character references are accepted$/],
    ['a control character', (x) => x.replace('<target>Торгівля', '<target>\u0001Торгівля'), /^output\/translations\/is-trafficking\.uk\.xlf:10:17 {2}the character U\+0001 is not allowed in XML/],
    ['bytes that are not UTF-8', (x) => Buffer.concat([Buffer.from(x.slice(0, x.indexOf('Торгівля'))), Buffer.from([0xff, 0xfe]), Buffer.from(x.slice(x.indexOf('Торгівля')))]), /^output\/translations\/is-trafficking\.uk\.xlf:10:17 {2}the byte 0xFF is not valid UTF-8/],
    ['<pc> in a target', (x) => x.replace('<target>Торгівля людьми', '<target><pc id="1">Торгівля</pc> людьми'), /^output\/translations\/is-trafficking\.uk\.xlf:10:\d+ {2}the target of unit "title" contains the inline element <pc>, which leaflets do not use/],
    ['<ph> in a target', (x) => x.replace('служби {{phone "emergency-is"}} телефоном, через SMS або вебчат:', 'служби <ph id="1" equiv="112"/> телефоном, через SMS або вебчат:'), /^output\/translations\/is-trafficking\.uk\.xlf:\d+:\d+ {2}the target of unit "cover\.lead" contains the inline element <ph>/],
    ['an unknown segment state', (x) => x.replace('state="initial" subState="leaflets:machine"', 'state="pwned"'), /^output\/translations\/is-trafficking\.uk\.xlf:8:\d+ {2}unknown segment state "pwned"/],
    ['XLIFF 1.2', (x) => x.replace('version="2.0"', 'version="1.2"'), /^output\/translations\/is-trafficking\.uk\.xlf:2:\d+ {2}this is XLIFF 1\.2: import reads XLIFF 2\.0/],
  ];
  it.each(cases)('refuses %s', async (_, change, message) => {
    const root = await exported('xliff');
    await writeFile(join(root, XLF), change(await readFile(join(root, XLF), 'utf8')));
    await refused(root, [XLF], message);
  });

  it('takes the segment state as the status, and an empty target as not translated', async () => {
    const root = await exported('xliff');
    let xml = await readFile(join(root, XLF), 'utf8');
    const unit = (id: string) => new RegExp(`(<unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?<segment )state="initial" subState="leaflets:machine"([\\s\\S]*?<target>)[^<]*(</target>)`);
    xml = xml.replace(unit('title'), '$1state="final"$2Торгівля людьми: допомога є завжди$3');
    xml = xml.replace(unit('cover.notes.0'), '$1state="reviewed"$2   $3');
    await writeFile(join(root, XLF), xml);
    await accepted(root, [XLF]);
    const text = await ukText(root);
    expect(text.title).toBe('Торгівля людьми: допомога є завжди');
    expect(text.translation.units.title).toMatch(/^approved /);
    expect(text.translation.units['cover.notes.0']).toMatch(/^machine /);
  });
});

describe('XLIFF units split into segments', () => {
  const split = (second: string) => (x: string) =>
    x.replace(
      /<segment state="initial" subState="leaflets:machine">\s*<source>Human trafficking: you can always get help<\/source>\s*<target>[^<]*<\/target>\s*<\/segment>/,
      `<segment state="reviewed"><source>Human trafficking: </source><target>Торгівля людьми: </target></segment><segment state="final"><source>you can always get help</source>${second}</segment>`,
    );

  it('joins the segments, and takes the lowest state', async () => {
    const root = await exported('xliff');
    await writeFile(join(root, XLF), split('<target>допомога є завжди</target>')(await readFile(join(root, XLF), 'utf8')));
    await accepted(root, [XLF]);
    const text = await ukText(root);
    expect(text.title).toBe('Торгівля людьми: допомога є завжди');
    expect(text.translation.units.title).toMatch(/^reviewed /);
  });

  it('stores nothing of a unit with a segment not translated', async () => {
    const root = await exported('xliff');
    const before = await readFile(join(root, UK));
    await writeFile(join(root, XLF), split('')(await readFile(join(root, XLF), 'utf8')));
    expect(await accepted(root, [XLF])).toContain('no changes');
    expect(await readFile(join(root, UK))).toEqual(before);
  });
});

describe('status comes from the file\'s own state, never from comments (item 5)', () => {
  it('keeps a fuzzy entry unreviewed whatever its "Status:" comment says', async () => {
    const root = await exported();
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди', { fuzzy: true, extracted: 'Section: You can always get help\nStatus: approved' });
    await setEntry(root, 'police.heading', 'Поліція Ісландії', { fuzzy: true, extracted: 'Status: pwned' });
    await accepted(root, [PO]);
    const units = (await ukText(root)).translation.units;
    expect(units['get-help.heading']).toMatch(/^translated [0-9a-f]{8}$/);
    expect(units['police.heading']).toMatch(/^translated [0-9a-f]{8}$/);
  });

  it('treats a whitespace-only msgstr as not translated: the title stays', async () => {
    const root = await exported();
    const before = await readFile(join(root, UK));
    await setEntry(root, 'title', ' \t ', { fuzzy: false });
    expect(await accepted(root, [PO])).toContain('no changes');
    expect(await readFile(join(root, UK))).toEqual(before);
  });
});

describe('several files: all checked, then all written (item 6)', () => {
  async function two() {
    const root = await exported();
    expect((await runCli(root, ['export', '--locale', 'uk', '--leaflet', 'fi-trafficking'])).code).toBe(0);
    await setEntry(root, 'get-help.heading', 'Допомогу можна отримати завжди', { fuzzy: false });
    return root;
  }
  const FI = 'output/translations/fi-trafficking.uk.po';

  it('writes nothing when the second file is bad', async () => {
    const root = await two();
    await setEntry(root, 'title', 'Торгівля людьми: телефон 47 45 16 00', { fuzzy: false, file: FI });
    await refused(root, [PO, FI], /^output\/translations\/fi-trafficking\.uk\.po:\d+ {2}title: "47 45 16 00" is typed into the text/);
  });

  it('writes both when both are good', async () => {
    const root = await two();
    await edit(root, FI, /#, fuzzy\n(msgctxt "title"\n)/, '$1');
    const out = await accepted(root, [PO, FI]);
    expect(out).toMatch(/is-trafficking\/uk\.yaml {2}1 unit changed/);
    expect(out).toMatch(/fi-trafficking\/uk\.yaml {2}1 unit changed/);
  });

  it('refuses the same translation from two files', async () => {
    const root = await two();
    await cp(join(root, PO), join(root, 'output/translations/copy.po'));
    await refused(root, [PO, 'output/translations/copy.po'], /^output\/translations\/copy\.po {2}the translation content\/leaflets\/is-trafficking\/uk\.yaml is imported from two of these files/);
  });

  it('puts every file back when a write fails', async () => {
    const root = await two();
    await edit(root, FI, /#, fuzzy\n(msgctxt "title"\n)/, '$1');
    const before = await snapshot(root);
    // The temporary file of the second target cannot be created: a folder is in its place.
    await mkdir(join(root, `content/leaflets/fi-trafficking/uk.yaml.${process.pid}.tmp`));
    const failed = await importTranslations(root, [PO, FI]).then(() => undefined, (e: unknown) => e);
    expect(failed).toBeInstanceOf(EnvironmentError);
    expect((failed as Error).message).toMatch(/^could not write content\/leaflets\/fi-trafficking\/uk\.yaml \(EISDIR\); every file of this import was put back as it was/);
    const after = await snapshot(root);
    for (const [file, bytes] of before) expect(after.get(file), file).toEqual(bytes);
    expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('malformed PO files (item 12)', () => {
  it('refuses an invalid key with its line, and no stack trace', async () => {
    const root = await exported();
    await edit(root, PO, 'msgctxt "cover.lead"', 'msgfoo "x"\nmsgctxt "cover.lead"');
    const line = (await readFile(join(root, PO), 'utf8')).split('\n').indexOf('msgfoo "x"') + 1;
    await refused(root, [PO], new RegExp(`^output/translations/is-trafficking\\.uk\\.po:${line} {2}the PO file is malformed \\(Invalid key name "msgfoo"\\)`));
  });

  it('refuses a string cut off at the end of the file', async () => {
    const root = await exported();
    const text = await readFile(join(root, PO), 'utf8');
    await writeFile(join(root, PO), text.slice(0, text.lastIndexOf('msgstr "') + 12));
    await refused(root, [PO], PO_AT);
  });

  it('refuses an entry without msgctxt', async () => {
    const root = await exported();
    await writeFile(join(root, PO), `${await readFile(join(root, PO), 'utf8')}\nmsgid "Extra"\nmsgstr "Зайве"\n`);
    await refused(root, [PO], /^output\/translations\/is-trafficking\.uk\.po {2}the entry "Extra" has no msgctxt/);
  });

  it('refuses a missing file and a file of another kind as usage mistakes', async () => {
    const root = await exported();
    // Usage mistakes exit with 2 once the CLI gives them their own code (issue 10); 1 before.
    const missing = await runCli(root, ['import', 'nothing.po']);
    expect(missing.err.split('\n')[0]).toBe('leaflets: no such file: nothing.po');
    expect([1, 2]).toContain(missing.code);
    const other = await runCli(root, ['import', 'content/contacts.yaml']);
    expect(other.err.split('\n')[0]).toMatch(/^leaflets: cannot import content\/contacts\.yaml: give a \.po or \.xlf file/);
    expect([1, 2]).toContain(other.code);
  });
});

/** Windows-1251 bytes of a text of ASCII and Ukrainian letters (what an old Windows tool writes). */
function encode1251(text: string): Buffer {
  const table = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byChar = new Map([...table].map((ch, i) => [ch, i]));
  return Buffer.from([...text].map((ch) => {
    const b = byChar.get(ch);
    if (b === undefined) throw new Error(`not in windows-1251: ${ch}`);
    return b;
  }));
}
