import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';
import { displayPath, onDisk } from './errors.ts';
import type { Writer } from './index.ts';
import { lstatOrNone } from './scan.ts';

/** The site's folder in output/ (the HTML edition, src/site/). */
export const SITE_DIR = 'site';

/** One file of output/site/ in the manifest: enough to verify it. */
export interface SiteEntry {
  /** Relative to output/: `site/…`. */
  file: string;
  bytes: number;
  sha256: string;
}

/** A file for output/site/: its path inside the site, and its bytes. */
export interface SiteFileIn {
  file: string;
  bytes: Uint8Array;
}

export const isSiteFile = (file: string) => file.startsWith(`${SITE_DIR}/`);

/** The way to output/site/, refused when it is a symbolic link: the build never writes through one. */
export async function sitePath(outDir: string): Promise<string> {
  const path = join(outDir, SITE_DIR);
  const found = await onDisk(path, () => lstatOrNone(path));
  if (found?.isSymbolicLink()) throw new EnvironmentError(messages.outputSymlink(displayPath(path)), path);
  return path;
}

/**
 * Writes the site's files into `dir` (a folder in the staging folder) and makes their
 * manifest entries. A path that would leave the site is a bug, not a file.
 */
export async function stageSite(dir: string, files: SiteFileIn[], writer: Writer, between: () => void): Promise<SiteEntry[]> {
  const entries: SiteEntry[] = [];
  for (const f of files) {
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(f.file) || f.file.split('/').some((part) => part === '..' || part === '.')) throw new Error(`site file outside the site: ${f.file}`);
    between();
    const to = join(dir, f.file);
    await onDisk(dirname(to), () => mkdir(dirname(to), { recursive: true }));
    await onDisk(to, () => writer.writeFile(to, f.bytes));
    entries.push({ file: `${SITE_DIR}/${f.file}`, bytes: f.bytes.byteLength, sha256: createHash('sha256').update(f.bytes).digest('hex') });
  }
  return entries;
}

/**
 * Puts a staged site in place of output/site/ with two renames (the old one moves into
 * the staging folder, which is removed after): never a mix of two builds' pages. A kill
 * between the two leaves no site, which the manifest then does not list.
 */
export async function swapSite(outDir: string, staged: string, stagingDir: string): Promise<void> {
  const live = await sitePath(outDir);
  const found = await onDisk(live, () => lstatOrNone(live));
  if (found?.isDirectory()) await onDisk(live, () => rename(live, join(stagingDir, 'site-before')));
  else if (found) await onDisk(live, () => rm(live, { force: true }));
  await onDisk(live, () => rename(staged, live));
}

/** Every file under output/site/ (relative to output/), and whether anything there is not a plain file or folder. */
export async function listSite(outDir: string): Promise<{ files: string[]; odd: boolean }> {
  const live = join(outDir, SITE_DIR);
  const top = await onDisk(live, () => lstatOrNone(live));
  if (!top) return { files: [], odd: false };
  // A link there is not the build's (writing refuses it, see sitePath); a plain file is a leftover.
  if (!top.isDirectory()) return { files: [], odd: !top.isSymbolicLink() };
  const files: string[] = [];
  let odd = false;
  const walk = async (dir: string, rel: string) => {
    for (const e of await onDisk(dir, () => readdir(dir, { withFileTypes: true }))) {
      if (e.isDirectory()) await walk(join(dir, e.name), `${rel}/${e.name}`);
      else if (e.isFile()) files.push(`${rel}/${e.name}`);
      else odd = true;
    }
  };
  await walk(live, SITE_DIR);
  return { files: files.sort(), odd };
}

/**
 * The site's manifest entries, when output/site/ is exactly what `vouched` lists (same
 * files, same bytes); otherwise the site is removed whole, with a notice: it is made
 * from the rest of output/, a part of it is worth nothing, and the next build writes it again.
 */
export async function reconcileSite(outDir: string, vouched: SiteEntry[], hashOf: (path: string) => Promise<{ sha256: string; size: number }>): Promise<{ entries: SiteEntry[]; notices: string[] }> {
  const { files, odd } = await listSite(outDir);
  if (files.length === 0 && !odd) return { entries: [], notices: [] };
  const known = new Map(vouched.map((e) => [e.file, e]));
  let matches = !odd && files.length === known.size;
  for (const file of matches ? files : []) {
    const entry = known.get(file);
    const { sha256, size } = await hashOf(join(outDir, file));
    if (!entry || entry.sha256 !== sha256 || entry.bytes !== size) {
      matches = false;
      break;
    }
  }
  if (matches) return { entries: files.map((f) => known.get(f)!), notices: [] };
  await onDisk(join(outDir, SITE_DIR), () => rm(join(outDir, SITE_DIR), { recursive: true, force: true }));
  return { entries: [], notices: [messages.siteRemoved()] };
}

/** Reads a file of output/ for the site (a PDF, or a file of the site as it was), never through a link. */
export function outputReader(outDir: string): (file: string) => Promise<Uint8Array | undefined> {
  return async (file) => {
    const path = join(outDir, file);
    const found = await lstatOrNone(path).catch(() => undefined);
    if (!found?.isFile()) return undefined;
    return onDisk(path, () => readFile(path));
  };
}

/** Removes output/site/ (never what a link there points to): the next build that writes the site makes it again. */
export async function removeSite(outDir: string): Promise<void> {
  const live = join(outDir, SITE_DIR);
  const found = await onDisk(live, () => lstatOrNone(live));
  if (found?.isDirectory()) await onDisk(live, () => rm(live, { recursive: true, force: true }));
}
