import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';

/** A content file to write: its text before (undefined: it is new) and after. */
export interface FileWrite {
  file: string;
  original?: string | undefined;
  updated: string;
}

/**
 * Writes several content files as one change: every new text goes to a temporary file
 * beside its target first (a full disk fails here, before any target is touched), then
 * each is renamed into place. If anything fails, the files already replaced get their old
 * text back, new files are removed, and temporary files are deleted.
 */
export async function commit(root: string, writes: readonly FileWrite[]): Promise<void> {
  const temps: string[] = [];
  const done: FileWrite[] = [];
  let current = '';
  try {
    for (const w of writes) {
      current = w.file;
      const tmp = `${join(root, w.file)}.${process.pid}.tmp`;
      temps.push(tmp);
      await writeFile(tmp, w.updated);
    }
    for (const [i, w] of writes.entries()) {
      current = w.file;
      await rename(temps[i]!, join(root, w.file));
      done.push(w);
    }
  } catch (err) {
    for (const w of done.reverse()) {
      const path = join(root, w.file);
      await (w.original === undefined ? rm(path, { force: true }) : writeFile(path, w.original)).catch(() => undefined);
    }
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    const e = err as NodeJS.ErrnoException;
    throw new EnvironmentError(messages.importWrite(current, e.code ?? e.message), current);
  }
}
