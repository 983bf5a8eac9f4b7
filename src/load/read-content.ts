import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';

/**
 * The largest content file read, in bytes. Real files are under 40 KB; a cap keeps a
 * pasted or generated giant from stalling a build for minutes.
 */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/**
 * Where a path really is, if it stays inside `base` (a folder of the project, such as
 * content/ or fonts/). A symbolic link anywhere in the path is followed first, so a
 * link to /etc/shadow is refused before a byte of it is read.
 */
export async function realPathInside(root: string, base: string, file: string): Promise<{ real: string } | { problem: Problem }> {
  let real: string;
  let realBase: string;
  try {
    realBase = await realpath(join(root, base));
    real = await realpath(join(root, file));
  } catch (err) {
    return { problem: { file, message: readFailure(err) } };
  }
  const rel = relative(realBase, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { problem: { file, message: messages.linkLeaves(base) } };
  return { real };
}

/**
 * Reads one content file as text, refusing (never throwing) what is not plain UTF-8 text
 * of a sensible size inside `base`: links that leave it, devices and pipes, files over
 * MAX_CONTENT_BYTES, bytes that are not UTF-8, and control characters.
 */
export async function readContentText(root: string, base: string, file: string): Promise<string | Problem> {
  const where = await realPathInside(root, base, file);
  if ('problem' in where) return where.problem;
  let bytes: Buffer;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: the path
    // was just resolved, so a link appearing now is refused rather than followed.
    const handle = await open(where.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { file, message: messages.notAFile() };
      if (stats.size > MAX_CONTENT_BYTES) return { file, message: messages.fileTooLarge(stats.size, MAX_CONTENT_BYTES) };
      // Read at most one byte past the cap: a file that grows while read is still refused.
      const buffer = Buffer.alloc(MAX_CONTENT_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > MAX_CONTENT_BYTES) return { file, message: messages.fileTooLarge(length, MAX_CONTENT_BYTES) };
      }
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { file, message: readFailure(err) };
  }
  return decodeText(file, bytes);
}

/** C0 and C1 control characters and DEL, except tab, line feed and carriage return. */
export const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;

/** Strict UTF-8, then no control characters other than tab, line feed and carriage return. */
export function decodeText(file: string, bytes: Uint8Array): string | Problem {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    // Everything before the bad byte is valid, so its position can be counted in characters.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const byte = bytes[offset] ?? 0;
    return { file, ...lineColumn(before, before.length), message: messages.notUtf8(byte, offset) };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const cp = control[0].codePointAt(0) ?? 0;
    return { file, ...lineColumn(text, control.index), message: messages.controlCharacter(cp) };
  }
  // A byte order mark is dropped by TextDecoder already; positions count from after it.
  return text;
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return messages.fileMissing();
  if (code === 'ELOOP') return messages.linkLoop();
  return messages.fileUnreadable(code ?? String(err));
}
