import { ContentError } from '../problems.ts';
import { messages } from '../messages.ts';

/**
 * Decodes a translator's file in the charset it declares, refusing any byte that is not
 * valid in it: a wrong guess (Latin-1 for UTF-8) would store mojibake that looks like a
 * translation. The error names the line and column of the first bad byte.
 */
export function decodeStrict(bytes: Uint8Array, charset: string, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: false });
  } catch {
    throw new ContentError([{ file, line: 1, column: 1, message: messages.importCharset(charset) }]);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = firstBadByte(bytes, charset);
    const { line, column } = positionOf(bytes, bad, charset);
    throw new ContentError([{ file, line, column, message: messages.importBadBytes(charset, bytes[bad] ?? 0) }]);
  }
}

/** The offset of the first byte the charset cannot decode: the shortest prefix that fails. */
function firstBadByte(bytes: Uint8Array, charset: string): number {
  const fails = (n: number) => {
    try {
      new TextDecoder(charset, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  if (fails(hi)) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fails(mid)) hi = mid;
      else lo = mid + 1;
    }
  } else lo = hi + 1; // only the end is wrong: a sequence cut off by the end of the file
  // The longest prefix that decodes may end inside a multi-byte sequence, which the byte
  // that made it fail cut short: the bad sequence starts after the last whole character.
  const whole = new TextDecoder(charset).decode(bytes.subarray(0, Math.max(0, lo - 1)), { stream: true });
  return /^utf-?8$/i.test(charset) ? Buffer.byteLength(whole, 'utf8') : Math.max(0, lo - 1);
}

function positionOf(bytes: Uint8Array, offset: number, charset: string): { line: number; column: number } {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder(charset).decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** Line and column (1-based, in characters) of an offset in a text. */
export function linePos(text: string, offset: number): { line: number; column: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
