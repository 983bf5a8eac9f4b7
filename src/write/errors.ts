import { isAbsolute, relative } from 'node:path';
import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';

/** Node's error codes that mean "the machine said no", not "the program is wrong". */
const ENVIRONMENT_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EMFILE', 'ENFILE', 'ELOOP', 'EBUSY', 'EIO', 'EFBIG', 'ENAMETOOLONG', 'EXDEV']);

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

/**
 * The EnvironmentError for a failed file operation, or undefined when the error is not
 * one (a bug keeps its stack). `fallback` names the path when Node's error has none.
 */
export function asEnvironmentError(err: unknown, fallback?: string): EnvironmentError | undefined {
  if (err instanceof EnvironmentError) return err;
  if (!(err instanceof Error)) return undefined;
  const { code, path, dest } = err as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !ENVIRONMENT_CODES.has(code)) return undefined;
  // A rename names both paths; the one that matters for "disk full" or "read-only" is where it goes.
  const where = dest ?? path ?? fallback ?? '';
  const detail = err.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '');
  const wrapped = new EnvironmentError(messages.environment(code, displayPath(where), detail), where);
  wrapped.stack = err.stack;
  return wrapped;
}

/** Runs a file operation, turning an environment failure into an EnvironmentError. */
export async function onDisk<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    throw asEnvironmentError(err, path) ?? err;
  }
}
