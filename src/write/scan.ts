import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { asEnvironmentError, onDisk } from './errors.ts';

/** output/<leaflet>/<leaflet>.<locale>.<format>.pdf, split into its parts. */
export interface FoundPdf {
  /** Relative to output/, with forward slashes. */
  file: string;
  leaflet: string;
  locale: string;
  format: string;
}

const PDF_NAME = /^(.+)\.([^.]+)\.([^.]+)\.pdf$/;
/** Temporary files of a build that was killed: `<name>.<pid>.tmp`. */
const TEMP_NAME = /\.\d+\.tmp$/;
/** Staging folders: `.staging-<pid>-<n>`. */
export const STAGING_PREFIX = '.staging-';

/**
 * Every PDF the build owns in output/, found without following a symbolic link: a link in
 * output/ could point anywhere, and a build must neither read nor delete through it.
 * Other files (exported translations, a reader's notes) are not the build's and are left alone.
 */
export async function listPdfs(outDir: string): Promise<{ pdfs: FoundPdf[]; links: string[] }> {
  const pdfs: FoundPdf[] = [];
  const links: string[] = [];
  for (const dir of await entries(outDir)) {
    if (!dir.isDirectory() || dir.name.startsWith('.')) continue;
    for (const f of await entries(join(outDir, dir.name))) {
      const m = PDF_NAME.exec(f.name);
      if (!m || m[1] !== dir.name) continue;
      const file = `${dir.name}/${f.name}`;
      if (f.isSymbolicLink()) links.push(file);
      else if (f.isFile()) pdfs.push({ file, leaflet: dir.name, locale: m[2] ?? '', format: m[3] ?? '' });
    }
  }
  return { pdfs: pdfs.sort((a, b) => a.file.localeCompare(b.file)), links };
}

/**
 * Removes what killed builds left: staging folders and `*.<pid>.tmp` files. Called only
 * while holding the lock, so none of them belongs to a build still running.
 */
export async function removeLeftovers(outDir: string, ownStaging: string | undefined): Promise<number> {
  let removed = 0;
  const top = await entries(outDir);
  for (const e of top) {
    const path = join(outDir, e.name);
    const stale =
      (e.name.startsWith(STAGING_PREFIX) && path !== ownStaging) ||
      (TEMP_NAME.test(e.name) && !e.isDirectory()) ||
      // The PID file a build links as .lock (see lock.ts); a waiting build makes a new one if needed.
      (/^\.lock-\d+$/.test(e.name) && e.name !== `.lock-${process.pid}`);
    if (!stale) continue;
    await onDisk(path, () => rm(path, { recursive: true, force: true }));
    removed++;
  }
  for (const dir of top.filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const f of await entries(join(outDir, dir.name))) {
      if (!TEMP_NAME.test(f.name) || f.isDirectory()) continue;
      const path = join(outDir, dir.name, f.name);
      await onDisk(path, () => rm(path, { force: true }));
      removed++;
    }
  }
  return removed;
}

/** What is at a path without following a link, or undefined when nothing is. */
export async function lstatOrNone(path: string) {
  try {
    return await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw asEnvironmentError(err, dir) ?? err;
  }
}
