import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';
import { displayPath, onDisk } from './errors.ts';

export const LOCK = '.lock';

/** Locks this process holds, so a lock with our own PID can be told from one left by an earlier run. */
const heldHere = new Set<string>();

export interface Lock {
  path: string;
  release(): Promise<void>;
  /** For a signal handler, which cannot wait. */
  releaseSync(): void;
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
    if (Date.now() >= deadline) throw new EnvironmentError(messages.outputLocked(displayPath(path), pid, Math.round(waitMs / 1000)), path);
    await sleep(Math.min(200, Math.max(10, deadline - Date.now())));
  }
}

async function tryCreate(path: string): Promise<Lock | undefined> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    // output/ was removed by a build that wrote nothing while this one waited: make it again.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      await onDisk(dirname(path), () => mkdir(dirname(path), { recursive: true }));
      return undefined;
    }
    return onDisk(path, () => Promise.reject(err));
  }
  try {
    await onDisk(path, () => handle.writeFile(`${process.pid}\n`));
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true }).catch(() => undefined);
    throw err;
  }
  await handle.close();
  heldHere.add(path);
  const release = async () => {
    if (!heldHere.delete(path)) return;
    await rm(path, { force: true }).catch(() => undefined);
  };
  const releaseSync = () => {
    if (!heldHere.delete(path)) return;
    try {
      rmSync(path, { force: true });
    } catch {
      // The next start finds the lock's process dead and takes it over.
    }
  };
  return { path, release, releaseSync };
}

/** The PID in a lock file; NaN for a lock file that is empty or garbled (a build killed while writing it). */
async function holder(path: string): Promise<number | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    return /^\d+\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return onDisk(path, () => Promise.reject(err));
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
