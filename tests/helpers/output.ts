import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { expect } from 'vitest';
import type { ManifestEntry } from '../../src/write/index.ts';

/**
 * What output/ holds and whether it tells the truth: every PDF complete (pdf-lib loads it)
 * and listed in manifest.json with the sha256 of its bytes, every entry's file present, no
 * temporary file, no staging folder, no lock. Returns the problems (empty when consistent).
 */
export async function outputProblems(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  const top = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  let manifest: ManifestEntry[] = [];
  const pdfs = new Map<string, Buffer>();
  for (const e of top) {
    if (e.name.startsWith('.staging-')) problems.push(`staging folder left: ${e.name}`);
    else if (e.name.startsWith('.lock')) problems.push(`lock left: ${e.name}`);
    else if (e.name.endsWith('.tmp')) problems.push(`temporary file left: ${e.name}`);
    else if (e.isDirectory()) {
      if (e.name === 'site') continue;
      for (const f of await readdir(join(outDir, e.name))) {
        if (f.endsWith('.tmp')) problems.push(`temporary file left: ${e.name}/${f}`);
        else if (f.endsWith('.pdf')) pdfs.set(`${e.name}/${f}`, await readFile(join(outDir, e.name, f)));
      }
    }
  }
  if (pdfs.size > 0 || top.some((e) => e.name === 'manifest.json')) {
    try {
      manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
    } catch (err) {
      return [...problems, `manifest.json unreadable: ${(err as Error).message}`];
    }
  }
  const listed = new Map(manifest.map((e) => [e.file, e]));
  for (const [file, bytes] of pdfs) {
    try {
      await PDFDocument.load(bytes, { updateMetadata: false });
    } catch {
      problems.push(`incomplete PDF: ${file}`);
    }
    const entry = listed.get(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (!entry) problems.push(`not in the manifest: ${file}`);
    else if (entry.sha256 !== sha || entry.bytes !== bytes.byteLength) problems.push(`sha256 or size differs from the manifest: ${file}`);
  }
  // The site (output/site/): every file listed with its sha256, every entry's file there.
  const site = new Map<string, Buffer>();
  for (const f of await readdir(join(outDir, 'site'), { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (f.isFile()) site.set(`${join(f.parentPath, f.name).slice(outDir.length + 1).split('\\').join('/')}`, await readFile(join(f.parentPath, f.name)));
  }
  for (const [file, bytes] of site) {
    const entry = listed.get(file);
    if (!entry) problems.push(`not in the manifest: ${file}`);
    else if (entry.sha256 !== createHash('sha256').update(bytes).digest('hex') || entry.bytes !== bytes.byteLength) problems.push(`sha256 or size differs from the manifest: ${file}`);
  }
  for (const file of listed.keys()) if (!pdfs.has(file) && !site.has(file)) problems.push(`listed but absent: ${file}`);
  return problems;
}

export async function expectConsistent(outDir: string): Promise<void> {
  expect(await outputProblems(outDir)).toEqual([]);
}

/** The manifest's entries, by file. */
export async function manifestOf(outDir: string): Promise<Map<string, ManifestEntry>> {
  const entries = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return new Map(entries.map((e) => [e.file, e]));
}

/** A failure printed the way the rules want it: one line, no stack trace, no "Error:" prefix. */
export function expectOneLine(err: string, pattern: RegExp): void {
  const lines = err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Run "leaflets'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toMatch(/\bError:/);
}

export const isLink = async (path: string) => (await lstat(path)).isSymbolicLink();

/** Every file under content/, to show a failure changed none of them. */
export async function contentBytes(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const f of (await readdir(join(root, 'content'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const path = join(f.parentPath, f.name);
    files.set(path, (await readFile(path)).toString('base64'));
  }
  return files;
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs a command, never throwing: exit code, signal and output. */
export function run(command: string, args: string[], options: { cwd?: string } = {}): Promise<Ran> {
  return finished(spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<Ran> {
  return new Promise((done) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => done({ code: -1, signal: null, out, err: e.message }));
    child.on('exit', (code, signal) => done({ code, signal, out, err }));
  });
}

const BIN = join(import.meta.dirname, '../../bin/leaflets.js');

/** The real CLI in a child process (for concurrency and signals). */
export const spawnCli = (root: string, args: string[]) => spawn(process.execPath, [BIN, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
export const cli = (root: string, args: string[]) => finished(spawnCli(root, args));

/** A process that stays alive until killed, to hold a PID. */
export const spawnIdle = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
