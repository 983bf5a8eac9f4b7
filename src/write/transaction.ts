import { rmSync } from 'node:fs';
import { mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messages } from '../messages.ts';
import { ContentError, EnvironmentError, InterruptedError, UsageError } from '../problems.ts';
import { asEnvironmentError, displayPath, onDisk } from './errors.ts';
import { commit, stage } from './commit.ts';
import type { Built, ManifestEntry, Selection, Writer } from './index.ts';
import { acquireLock, LOCK, releaseIfOursSync, type Lock } from './lock.ts';
import { reconcile } from './manifest.ts';
import { listPdfs, lstatOrNone, removeLeftovers, STAGING_PREFIX, type FoundPdf } from './scan.ts';
import { removeSite, SITE_DIR, sitePath, stageSite, swapSite, type SiteEntry, type SiteFileIn } from './site.ts';

export interface OutputOptions {
  /** Test seam: how files are written (see Writer). */
  writer?: Writer;
  /** How long to wait for another build's lock on output/, in milliseconds. Default 30 s. */
  lockWaitMs?: number;
  /** Told, one line each, what was repaired or removed in output/. */
  onNotice?: (message: string) => void;
  /**
   * Stop cleanly on SIGINT and SIGTERM (the CLI): outside a write to output/ at once, during
   * one once it is complete; either way staging and the lock are removed and the exit code is 130.
   */
  handleSignals?: boolean;
}

export interface OutputTransaction {
  readonly outDir: string;
  /**
   * Puts built PDFs in place: each is written to a staging folder inside output/ (same file
   * system, so a rename is atomic), then all are renamed into place, then PDFs not in
   * `listed` (languages or formats a leaflet no longer has) are removed, and last
   * manifest.json is written from what is on disk. Returns the new entries and the removed files.
   */
  write(built: Built[], listed?: (pdf: FoundPdf) => boolean): Promise<{ entries: ManifestEntry[]; removed: string[]; all: ManifestEntry[] }>;
  /**
   * Replaces output/site/ with these files (the HTML edition, src/site/): staged like the
   * PDFs, put in place whole, then listed in manifest.json. Returns the site's entries.
   */
  writeSite(files: SiteFileIn[]): Promise<SiteEntry[]>;
  /** Removes the selection's PDFs and their manifest entries; returns the files removed. */
  remove(selection: Selection): Promise<string[]>;
  /** Removes staging, stops listening for signals, releases the lock. */
  close(): Promise<void>;
}

const DEFAULT_LOCK_WAIT_MS = 30_000;
let stagingCount = 0;

const diskWriter: Writer = { writeFile: (path, data) => writeFile(path, data) };

/**
 * Opens output/ for one build: makes sure it is a folder, takes the lock, removes what
 * killed builds left behind, and reconciles manifest.json with the PDFs present, so that a
 * build stopped at any moment (even by SIGKILL) is repaired by the next start.
 */
export async function openOutput(outDir: string, options: OutputOptions = {}): Promise<OutputTransaction> {
  const writer = options.writer ?? diskWriter;
  const notice = (m: string) => options.onNotice?.(m);
  const created = await ensureFolder(outDir);
  let staging: string | undefined;
  let writing = 0;
  let pending: NodeJS.Signals | undefined;

  // Listening before the lock is taken, so that no moment leaves a lock behind.
  const onSignal = (signal: NodeJS.Signals) => {
    if (writing > 0 && !pending) {
      // In the middle of changing output/: finish that (it takes milliseconds), then stop.
      pending = signal;
      return;
    }
    if (staging) rmSync(staging, { recursive: true, force: true });
    releaseIfOursSync(join(outDir, LOCK));
    process.stderr.write(`leaflets: ${writing > 0 ? messages.interruptedTwice() : messages.interrupted()}\n`);
    process.exit(130);
  };
  const signals: NodeJS.Signals[] = options.handleSignals ? ['SIGINT', 'SIGTERM'] : [];
  for (const s of signals) process.on(s, onSignal);
  let lock: Lock;
  try {
    lock = await acquireLock(outDir, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, (pid) => notice(messages.staleLock(pid)));
  } catch (err) {
    for (const s of signals) process.off(s, onSignal);
    throw err;
  }

  /** Runs a change to output/ that a signal must not cut in half. */
  const critical = async <T>(action: () => Promise<T>, afterwards: () => string): Promise<T> => {
    writing++;
    let result: T;
    try {
      result = await action();
    } finally {
      writing--;
    }
    if (writing === 0 && pending) {
      pending = undefined;
      throw new InterruptedError(afterwards());
    }
    return result;
  };
  /** Between two staged files: a signal stops the build there, output/ untouched. */
  const stopIfAsked = () => {
    if (!pending) return;
    pending = undefined;
    throw new InterruptedError(messages.interrupted());
  };

  const close = async () => {
    for (const s of signals) process.off(s, onSignal);
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    staging = undefined;
    await lock.release();
    // A build that wrote nothing (a usage mistake) leaves no empty output/ behind.
    if (created) await rmdir(outDir).catch(() => undefined);
  };

  const transaction: OutputTransaction = {
    outDir,
    // Staging is inside the critical part too: a file write already handed to the system
    // would finish after an immediate exit and leave a file in a folder just removed.
    write: (built, listed) =>
      critical(async () => {
        const dir = join(outDir, `${STAGING_PREFIX}${process.pid}-${++stagingCount}`);
        staging = dir;
        try {
          const staged = await stage(dir, built, writer, stopIfAsked);
          const { entries, removed, notices, all } = await commit(outDir, staged, listed, writer, async (path) => void (await ensureFolder(path, true)));
          notices.forEach(notice);
          return { entries, removed, all };
        } finally {
          // Empty after a commit; after a failure (a full disk) this frees the space first.
          await rm(dir, { recursive: true, force: true }).catch(() => undefined);
          staging = undefined;
        }
      }, messages.interruptedAfterWrite),
    writeSite: (files) =>
      critical(async () => {
        await sitePath(outDir);
        const dir = join(outDir, `${STAGING_PREFIX}${process.pid}-${++stagingCount}`);
        staging = dir;
        try {
          const entries = await stageSite(join(dir, SITE_DIR), files, writer, stopIfAsked);
          await swapSite(outDir, join(dir, SITE_DIR), dir);
          (await reconcile(outDir, writer, [], new Set(), entries)).notices.forEach(notice);
          return entries;
        } finally {
          await rm(dir, { recursive: true, force: true }).catch(() => undefined);
          staging = undefined;
        }
      }, messages.interruptedAfterWrite),
    remove: (selection) =>
      critical(async () => {
        const matches = (pdf: { leaflet: string; locale: string; format: string }) =>
          (!selection.leaflet || selection.leaflet === pdf.leaflet) &&
          (!selection.locale || selection.locale === pdf.locale) &&
          // A format's companions (booklet-a5-imposed, card-sheet) go with it.
          (!selection.format || pdf.format === selection.format || pdf.format.startsWith(`${selection.format}-`));
        const removed: string[] = [];
        for (const pdf of (await listPdfs(outDir)).pdfs.filter(matches)) {
          await onDisk(join(outDir, pdf.file), () => rm(join(outDir, pdf.file), { force: true }));
          removed.push(pdf.file);
        }
        // The site holds copies of the PDFs and pages made with them: none may outlive its PDF.
        if (removed.length > 0) await removeSite(outDir);
        (await reconcile(outDir, writer, [], new Set(removed))).notices.forEach(notice);
        return removed;
      }, messages.interruptedAfterWrite),
    close,
  };

  try {
    await critical(async () => {
      const leftovers = await removeLeftovers(outDir, undefined);
      if (leftovers > 0) notice(messages.leftovers(leftovers));
      (await reconcile(outDir, writer)).notices.forEach(notice);
    }, messages.interrupted);
  } catch (err) {
    await close();
    throw err;
  }
  return transaction;
}

/**
 * Runs a build's work with output/ open: on a failure that is not the user's (a crash, a
 * full disk), the selection's older PDFs are removed like after a content mistake, so none
 * passes for current; the error is then reported as it is.
 */
export async function withOutput<T>(outDir: string, options: OutputOptions & { selection: Selection }, body: (output: OutputTransaction) => Promise<T>): Promise<T> {
  const output = await openOutput(outDir, options);
  try {
    return await body(output);
  } catch (err) {
    if (!(err instanceof ContentError || err instanceof UsageError || err instanceof InterruptedError)) {
      try {
        const removed = await output.remove(options.selection);
        if (removed.length > 0) options.onNotice?.(messages.crashRemoved(removed.length));
      } catch {
        // The disk that failed may fail again; the next start reconciles output/.
      }
    }
    throw asEnvironmentError(err) ?? err;
  } finally {
    await output.close();
  }
}

/**
 * Makes sure a path is a folder (creating it when missing: then true). output/ itself may be a link
 * to a folder elsewhere (the user's choice); a link inside output/ is refused.
 */
async function ensureFolder(path: string, inside = false): Promise<boolean> {
  const found = await onDisk(path, () => lstatOrNone(path));
  if (!found) {
    await onDisk(path, () => mkdir(path, { recursive: true }));
    return true;
  }
  if (found.isSymbolicLink()) {
    if (inside) throw new EnvironmentError(messages.outputSymlink(displayPath(path)), path);
    const target = await onDisk(path, () => stat(path));
    if (target.isDirectory()) return false;
  } else if (found.isDirectory()) return false;
  throw new EnvironmentError(messages.outputNotFolder(displayPath(path)), path);
}

