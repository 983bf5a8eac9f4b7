import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { didYouMean } from '../../src/did-you-mean.ts';
import { UsageError } from '../../src/problems.ts';
import { contentBytes, expectOneLine, outputProblems, run } from '../helpers/output.ts';
import { ROOT } from '../helpers/project.ts';
import { fixtureProject, runCli } from '../helpers/project.ts';

/**
 * Usage mistakes: one line naming what is wrong and what to write instead (the usage hint
 * follows), exit 2, no stack, nothing written.
 */
const BIN = join(ROOT, 'bin/leaflets.js');

describe('usage mistakes exit 2 with one line', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  const cases: Array<{ name: string; args: string[]; env?: string; expect: RegExp }> = [
    { name: 'an empty --leaflet', args: ['build', '--leaflet', ''], expect: /^leaflets: --leaflet needs a value, for example --leaflet is-trafficking$/ },
    { name: 'an empty --locale=', args: ['build', '--locale='], expect: /^leaflets: --locale needs a value, for example --locale uk$/ },
    { name: 'a blank --format', args: ['build', '--format', '  '], expect: /^leaflets: --format needs a value, for example --format booklet-a5$/ },
    { name: 'a mistyped leaflet', args: ['build', '--leaflet', 'mnii'], expect: /^leaflets: there is no leaflet "mnii": did you mean "mini"\? use one of "mini"$/ },
    { name: 'a mistyped locale', args: ['build', '--locale', 'ur'], expect: /^leaflets: no leaflet is built in "ur": did you mean "ru"\? the languages are "en", "ru" \(see content\/locales\.yaml\)$/ },
    { name: 'a mistyped format', args: ['build', '--format', 'booklet-a4'], expect: /^leaflets: unknown format "booklet-a4": did you mean "booklet-a5"\? use one of .+$/ },
    { name: 'a locale far from any', args: ['build', '--locale', 'xx'], expect: /^leaflets: no leaflet is built in "xx": the languages are "en", "ru" \(see content\/locales\.yaml\)$/ },
    { name: 'status for a language with no translation', args: ['status', '--locale', 'xx'], expect: /^leaflets: no leaflet has a translation into "xx": the languages are "en", "ru"$/ },
    { name: 'status for a mistyped language', args: ['status', '--locale', 'ur'], expect: /^leaflets: no leaflet has a translation into "ur": did you mean "ru"\? the languages are "en", "ru"$/ },
    { name: 'stamp for a language with no translation', args: ['stamp', '--locale', 'ur'], expect: /^leaflets: no leaflet has a translation into "ur": did you mean "ru"\? the languages are "en", "ru"$/ },
    { name: 'an empty status --leaflet', args: ['status', '--leaflet', ''], expect: /^leaflets: --leaflet needs a value/ },
    { name: 'SOURCE_DATE_EPOCH past year 9999', args: ['build'], env: '99999999999999999', expect: /^leaflets: SOURCE_DATE_EPOCH is "99999999999999999": it must be a whole number of seconds since 1970 up to 253402300799 \(the end of year 9999\); unset it or fix it$/ },
    { name: 'SOURCE_DATE_EPOCH not a whole number', args: ['build'], env: '1.5e9', expect: /^leaflets: SOURCE_DATE_EPOCH is "1\.5e9": it must be a whole number/ },
    { name: 'SOURCE_DATE_EPOCH negative', args: ['build'], env: '-1', expect: /^leaflets: SOURCE_DATE_EPOCH is "-1": it must be a whole number/ },
    { name: 'an unknown command', args: ['biuld'], expect: /^leaflets: unknown command "biuld"$/ },
  ];

  it.each(cases)('$name', async (c) => {
    const root = await fixtureProject('minimal');
    const content = await contentBytes(root);
    if (c.env !== undefined) process.env.SOURCE_DATE_EPOCH = c.env;
    const result = await runCli(root, c.args);
    expect(result.code).toBe(2);
    expectOneLine(result.err, c.expect);
    expect(result.err.split('\n').at(-1)).toMatch(/^Run "leaflets (\w+ )?--help" for usage\.$/);
    expect(await contentBytes(root)).toEqual(content);
    expect(await outputProblems(join(root, 'output'))).toEqual([]);
  });

  it('the library refuses a date it cannot stamp, as a usage mistake', async () => {
    const root = await fixtureProject('minimal');
    await expect(build({ root, sourceDateEpoch: 1e17 })).rejects.toThrow(UsageError);
  });

  it('no command at all is a usage mistake', async () => {
    const root = await fixtureProject('minimal');
    expect((await runCli(root, [])).code).toBe(2);
  });
});

describe('the command line', () => {
  it('loads only the modules of the command it runs: status and --help do not load the PDF renderer', async () => {
    const root = await fixtureProject('minimal');
    const log = join(root, 'loaded.txt');
    const hook = join(root, 'trace.mjs');
    // Node's module hooks record every module loaded by the real CLI.
    const hooks = `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
    await writeFile(hook, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));\n`);
    const loaded = async (args: string[]) => {
      await writeFile(log, '');
      const result = await run(process.execPath, ['--import', hook, BIN, ...args], { cwd: root });
      expect(result.code, result.err).toBe(0);
      return (await readFile(log, 'utf8')).split('\n');
    };
    const renderer = (urls: string[]) => urls.filter((u) => u.includes('/@react-pdf/') || u.includes('/pdf-lib/'));
    expect(renderer(await loaded(['status']))).toEqual([]);
    expect(renderer(await loaded(['--help']))).toEqual([]);
    // The trace sees the renderer when a command needs it, so the two checks above can fail.
    expect(renderer(await loaded(['build', '--locale', 'en'])).length).toBeGreaterThan(0);
  });

  it('did-you-mean suggests only near names', () => {
    expect(didYouMean('ur', ['en', 'ru', 'uk'])).toBe('ru');
    expect(didYouMean('is-traficking', ['is-trafficking', 'fi-trafficking'])).toBe('is-trafficking');
    expect(didYouMean('xx', ['en', 'ru'])).toBeUndefined();
    expect(didYouMean('card-sheet', ['card', 'email-a4'])).toBeUndefined();
  });
});
