import { readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../helpers/project.ts';

/** Every file under a folder, by relative path: its bytes, or where a link points. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string) => {
    for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      const full = join(dir, path);
      if (e.isSymbolicLink()) out.set(path, `link:${await readlink(full)}`);
      else if (e.isDirectory()) await walk(path);
      else out.set(path, (await readFile(full)).toString('base64'));
    }
  };
  await walk('');
  return out;
}

async function pdfsIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (e.name.includes('.pdf')) found.push(join(d, e.name));
    }
  };
  await walk(dir);
  return found;
}

/**
 * Runs `check` and `build` on a broken project and asserts what every refusal must be:
 * exit 1, the expected line first (file:line:column and the message), one line per
 * problem, no stack trace, content/ and fonts/ unchanged, and no PDF written of what the
 * problem stops: a translation's mistake stops that language, any other every PDF.
 */
export async function expectRefused(root: string, line: RegExp, commands: string[][] = [['check'], ['build']]): Promise<string> {
  const state = async () => [await snapshot(join(root, 'content')), await snapshot(join(root, 'fonts'))];
  const before = await state();
  let first = '';
  for (const args of commands) {
    const { code, out, err } = await runCli(root, args);
    const lines = err.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0], `${args.join(' ')}: ${err}`).toMatch(line);
    expect(code, `${args.join(' ')} exit code`).toBe(1);
    expect(err + out).not.toMatch(/^\s+at /m);
    expect(err + out).not.toMatch(/\bError:/);
    // One line per problem, then the summary: for a build, what each problem stopped.
    if (args[0] === 'build') expect(lines[lines.length - 1]).toMatch(/^\d+ problems? in .+: (its (\d+ )?PDFs? not built|no PDF built)|^(\d+ PDFs?|nothing was) built/);
    else expect(lines[lines.length - 1]).toMatch(/^\d+ problems? found; nothing was written\.$/);
    first = lines[0] ?? '';
  }
  expect(await state()).toEqual(before);
  const language = /^content\/(?:leaflets\/[^/]+|ui)\/([a-z]{2,3}(?:-[A-Za-z]+)?)\.yaml[:\s]/.exec(first)?.[1];
  const stopped = (await pdfsIn(join(root, 'output'))).filter((f) => !language || language === 'en' || f.includes(`.${language}.`));
  expect(stopped).toEqual([]);
  return first;
}
