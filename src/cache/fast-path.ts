import { lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODE_DIR, codeFingerprint, sha256 } from './fingerprint.ts';
import { MANIFEST } from '../write/manifest.ts';
import type { ManifestEntry } from '../write/index.ts';

/**
 * The no-op fast path: when every input file (content/, fonts/, the templates, the tool)
 * and the options are byte for byte those of the last successful build of the same
 * selection, and output/manifest.json is exactly what that build left (the write stage
 * has just checked every PDF against it), the build has nothing to do and skips loading,
 * validating and localizing altogether. Any difference, and the build runs as usual, with
 * the per-file cache keys deciding what to render.
 */
export const RECORD = '.build-cache.json';
const VERSION = 1;
/** Selections remembered (a full build, a language, …): the oldest is dropped. */
const KEEP = 8;

interface Run {
  inputs: string;
  manifest: string;
  files: string[];
  warnings: string[];
}

interface Record {
  version: number;
  runs: { [options: string]: Run };
}

export interface FastPathOptions {
  leaflet?: string | undefined;
  locale?: string | undefined;
  format?: string | undefined;
  release?: boolean | undefined;
  sourceDateEpoch?: number | undefined;
  codeDir?: string | undefined;
}

const optionsKey = (o: FastPathOptions) => JSON.stringify([o.leaflet ?? null, o.locale ?? null, o.format ?? null, Boolean(o.release), o.sourceDateEpoch ?? null]);

/**
 * A hash of every file the build reads, or undefined when something makes that unsafe to
 * say (a symbolic link: where it leads is checked only by the full load).
 */
export async function inputsHash(root: string, codeDir?: string): Promise<string | undefined> {
  const parts: string[] = [];
  for (const dir of ['content', 'fonts']) {
    const files = await walk(join(root, dir));
    if (!files) return undefined;
    for (const f of files) parts.push(`${dir}/${f}\0${sha256(await readFile(join(root, dir, f)))}`);
  }
  const templates = join(codeDir ?? CODE_DIR, 'templates');
  for (const f of (await walk(templates)) ?? []) parts.push(`templates/${f}\0${sha256(await readFile(join(templates, f)))}`);
  parts.push(`tool\0${codeFingerprint(codeDir, codeDir !== undefined).tool}\0${process.version}\0${process.versions.icu ?? ''}`);
  return sha256(parts.join('\n'));
}

async function walk(dir: string, prefix = ''): Promise<string[] | undefined> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isSymbolicLink()) return undefined;
    if (e.isDirectory()) {
      const inner = await walk(dir, rel);
      if (!inner) return undefined;
      out.push(...inner);
    } else if (e.isFile()) out.push(rel);
  }
  return out;
}

async function readRecord(outDir: string): Promise<Record> {
  try {
    const data = JSON.parse(await readFile(join(outDir, RECORD), 'utf8')) as Record;
    if (data.version === VERSION && typeof data.runs === 'object' && data.runs) return data;
  } catch {
    // Missing or unreadable: no fast path, and the next success writes it anew.
  }
  return { version: VERSION, runs: {} };
}

async function manifestText(outDir: string): Promise<string | undefined> {
  return readFile(join(outDir, MANIFEST), 'utf8').catch(() => undefined);
}

/** The entries and warnings of the last identical build, when nothing has changed since. */
export async function unchangedSince(outDir: string, inputs: string | undefined, options: FastPathOptions): Promise<{ entries: ManifestEntry[]; warnings: string[] } | undefined> {
  if (!inputs) return undefined;
  const run = (await readRecord(outDir)).runs[optionsKey(options)];
  const text = await manifestText(outDir);
  if (!run || !text || run.inputs !== inputs || run.manifest !== sha256(text)) return undefined;
  const byFile = new Map((JSON.parse(text) as ManifestEntry[]).map((e) => [e.file, e]));
  const entries = run.files.map((f) => byFile.get(f));
  if (entries.some((e) => e === undefined)) return undefined;
  return { entries: entries as ManifestEntry[], warnings: run.warnings };
}

/**
 * Records a successful build. Best effort: a record that cannot be written only costs the
 * next build its fast path; one that no longer matches output/ is never used.
 */
export async function remember(outDir: string, inputs: string | undefined, options: FastPathOptions, entries: ManifestEntry[], warnings: string[]): Promise<void> {
  if (!inputs) return;
  const text = await manifestText(outDir);
  if (!text) return;
  const record = await readRecord(outDir);
  const key = optionsKey(options);
  delete record.runs[key];
  record.runs[key] = { inputs, manifest: sha256(text), files: entries.map((e) => e.file), warnings };
  const keys = Object.keys(record.runs);
  for (const old of keys.slice(0, Math.max(0, keys.length - KEEP))) delete record.runs[old];
  const path = join(outDir, RECORD);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    // A link or folder in its place is left alone: then there is no fast path.
    const existing = await lstat(path).catch(() => undefined);
    if (existing && !existing.isFile()) return;
    await writeFile(tmp, `${JSON.stringify(record)}\n`);
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}
