import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';
import { asEnvironmentError, displayPath, onDisk } from './errors.ts';

export const LOCK = '.lock';

/** Locks this process holds, so a lock with our own PID can be told from one left by an earlier run. */
const heldHere = new Set<string>();

export interface Lock {
  path: string;
  release(): Promise<void>;
}

/**
 * Takes output/.lock (holding this process's PID) so that one build at a time changes
 * output/. A second build waits up to `waitMs`, then stops with a message naming the
 * other process (exit 3). A lock whose process no longer runs was left by a killed build:
 * it is taken over and `onStale` is told.
 */
export async function acquireLock(outDir: string, waitMs: number, onStale: (pid: number) => void): Promise<Lock> {
  const path = join(outDir, LOCK);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const taken = await tryCreate(path);
    if (taken) return taken;
    const pid = await holder(path);
    if (pid === undefined) continue; // released between our attempt and the read: try again
    if (!alive(pid, path) && !(Number.isNaN(pid) && (await young(path)))) {
      // A killed build's lock. Removing it and creating ours is two steps; a third build
      // doing the same at the same moment finds our fresh lock alive and waits.
      await onDisk(path, () => rm(path, { force: true }));
      onStale(pid);
      continue;
    }
    if (Date.now() >= deadline) throw new EnvironmentError(messages.outputLocked(displayPath(path), Number.isNaN(pid) ? 'unknown' : pid, Math.round(waitMs / 1000)), path);
    await sleep(Math.min(200, Math.max(10, deadline - Date.now())));
  }
}

/**
 * Creates the lock with its content in one step: the PID is written to `.lock-<pid>` and
 * hard-linked as `.lock`, which fails if a lock exists. So a lock file is never seen empty,
 * and one found holding our PID is ours even before this function returns.
 */
async function tryCreate(path: string): Promise<Lock | undefined> {
  const mine = `${path}-${process.pid}`;
  try {
    // A failure here (read-only, full) is reported as one to create the lock.
    await onDisk(path, () => writeFile(mine, `${process.pid}\n`).catch((e: NodeJS.ErrnoException) => Promise.reject(Object.assign(e, { path }))));
    await link(mine, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return undefined;
    // output/ was removed by a build that wrote nothing while this one waited: make it again.
    if (code === 'ENOENT') {
      await onDisk(dirname(path), () => mkdir(dirname(path), { recursive: true }));
      return undefined;
    }
    // A file system without hard links: exclusive create, then the PID.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
      if (!(await createExclusive(path))) return undefined;
    } else {
      throw asEnvironmentError(err, path) ?? err;
    }
  } finally {
    await rm(mine, { force: true }).catch(() => undefined);
  }
  heldHere.add(path);
  const release = async () => {
    if (!heldHere.delete(path)) return;
    await rm(path, { force: true }).catch(() => undefined);
  };
  return { path, release };
}

async function createExclusive(path: string): Promise<boolean> {
  try {
    await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw asEnvironmentError(err, path) ?? err;
  }
}

/**
 * For a signal handler, which cannot wait: removes the lock if it holds this process's PID,
 * also in the moment between creating it and acquireLock returning.
 */
export function releaseIfOursSync(path: string): void {
  heldHere.delete(path);
  try {
    rmSync(`${path}-${process.pid}`, { force: true });
    if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
  } catch {
    // No lock, or it cannot be read: the next start finds a dead process's lock and takes it over.
  }
}

/** The PID in a lock file; NaN for a lock file that is empty or garbled (a build killed while writing it). */
async function holder(path: string): Promise<number | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    return /^\d+\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw asEnvironmentError(err, path) ?? err;
  }
}

/** A garbled lock younger than this may be one another build is still writing. */
async function young(path: string): Promise<boolean> {
  const s = await stat(path).catch(() => undefined);
  return s !== undefined && Date.now() - s.mtimeMs < 2000;
}

function alive(pid: number, path: string): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return heldHere.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
