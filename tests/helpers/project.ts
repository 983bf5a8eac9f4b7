import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli.ts';

/** The repository root: tests build the real content. */
export const ROOT = resolve(import.meta.dirname, '../..');

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `leaflets-${prefix}-`));
}

/**
 * A small real project (tests/fixtures/<name>/content) with the repository's fonts,
 * copied to a temporary folder so a test can break one file.
 */
export async function fixtureProject(name: string): Promise<string> {
  const dir = await tempDir(name);
  await cp(join(ROOT, 'tests/fixtures', name, 'content'), join(dir, 'content'), { recursive: true });
  await cp(join(ROOT, 'fonts'), join(dir, 'fonts'), { recursive: true });
  return dir;
}

/** Replaces text in a file of a temporary project; fails loudly if the text is not there. */
export async function edit(root: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(root, file);
  const before = await readFile(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${file}`);
  await writeFile(path, after);
}

/** Runs the CLI in a project folder, capturing its output. */
export async function runCli(root: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.chdir(cwd);
  }
}

/**
 * Whether a system tool (qpdf, msgfmt) is on this machine. .ci/run installs the tools the
 * tests use, so CI always runs those tests; elsewhere they are skipped.
 */
export function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The full build of the project's content made once per test run (tests/global-build.ts):
 * its output folder and the PDFs' manifest entries. Read it, never write to it.
 */
export async function fullBuild(): Promise<{ outDir: string; entries: import('../../src/write/index.ts').ManifestEntry[] }> {
  const { inject } = await import('vitest');
  const { outDir } = inject('fullBuild');
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as import('../../src/write/index.ts').ManifestEntry[];
  return { outDir, entries: manifest.filter((e) => !e.file.startsWith('site/')) };
}
