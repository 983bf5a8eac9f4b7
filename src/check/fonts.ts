import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { FONTS_DIR } from '../load/project.ts';
import { messages } from '../messages.ts';
import { ContentError } from '../problems.ts';
import { checkGlyphData } from './glyph-data.ts';
import type { FontsManifest } from '../schema.ts';

export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';
type Font = { hasGlyphForCodePoint(cp: number): boolean; postscriptName: string };

const cache = new Map<string, Font>();

/**
 * Opens a font file once per process (fonts are large; parsing them is not free).
 * Validation has verified every file of the manifest by then; a file it has not seen
 * (a caller that skipped validation) is verified here, so a damaged font is a content
 * problem and never a crash.
 */
export function openFont(root: string, file: string): Font {
  const path = join(root, FONTS_DIR, file);
  let font = cache.get(path);
  if (!font) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new ContentError([{ file: `${FONTS_DIR}/${file}`, message: messages.fontFileMissing(file) }]);
    }
    if (!sound.has(digest(bytes))) {
      const fault = verifyFont(path, sampleFor([]));
      if (fault) throw new ContentError([{ file: `${FONTS_DIR}/${file}`, message: messages.fontFault(file, fault) }]);
    }
    font = fontkit.create(bytes) as unknown as Font;
    cache.set(path, font);
  }
  return font;
}

/** The files of one face (regular, bold …) for each family of a chain, in chain order. */
export function chainFaces(root: string, manifest: FontsManifest, chain: string[], face: FaceName) {
  return chain.flatMap((family) => {
    const entry = manifest.families.find((f) => f.family === family);
    const file = entry?.files[face] ?? entry?.files.regular;
    return file ? [{ family, font: openFont(root, file) }] : [];
  });
}

/** A few letters of each script a chain serves, laid out by `verifyFont`. */
const SCRIPT_SAMPLES: Record<string, string> = {
  Latn: 'Hamburgefonstiv ÆØÅ ș',
  Cyrl: 'Гамбургефонстив їґ',
  Grek: 'Αλφάβητο',
  Arab: 'سلام عليكم پژ ۱۲',
  Hebr: 'שלום',
  Ethi: 'ሰላም ትግርኛ',
  Thai: 'สวัสดีครับ',
  Hans: '你好中文，。',
  Hant: '你好中文',
  Deva: 'नमस्ते',
};
/** Every chain sets digits and common punctuation, from its own face or the Latin one. */
const COMMON_SAMPLE = '0123456789 +-()@./:';

/** The text `verifyFont` lays out for the fonts of the scripts given. */
export function sampleFor(scripts: Iterable<string>): string {
  return [...new Set(scripts)].map((s) => SCRIPT_SAMPLES[s] ?? '').join(' ') + COMMON_SAMPLE;
}

type FontkitFont = {
  type: string;
  directory?: { tables: Record<string, { tag: string; offset: number; length: number }> };
  variationAxes?: Record<string, unknown>;
  layout(text: string): { glyphs: Array<{ id: number; path: { commands: unknown[] }; advanceWidth: number }> };
  createSubset(): { includeGlyph(glyph: unknown): number; encode(): Uint8Array };
};

/** What is wrong with a font file, in words for the message; undefined when it is sound. */
export type FontFault =
  | { kind: 'format' }
  | { kind: 'collection' }
  | { kind: 'other'; type: string }
  | { kind: 'variable' }
  | { kind: 'truncated'; table: string; end: number; size: number }
  | { kind: 'damaged'; detail: string };

/**
 * Opens a font file fully, as the renderer will: every table's bytes must be inside the
 * file, every table fontkit knows must decode, and a sample of the chain's scripts must
 * lay out and embed (as a subset, like the PDF writer does). fontkit parses tables only
 * when first used and swallows decoding errors, so a truncated or damaged font would
 * otherwise pass here and crash the build later, inside the PDF writer.
 */
export function verifyFont(path: string, sample: string): FontFault | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { kind: 'format' };
  }
  // Checking every font takes about a third of a second; a font is checked once per
  // process for its bytes (tests build many copies of the same project).
  const hash = digest(bytes);
  const key = `${hash}\0${sample}`;
  if (verified.has(key)) return verified.get(key);
  const fault = inspect(bytes, sample);
  verified.set(key, fault);
  if (!fault) sound.add(hash);
  return fault;
}

const verified = new Map<string, FontFault | undefined>();
/** Fonts (by their bytes) that passed `verifyFont` with some sample. */
const sound = new Set<string>();
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function inspect(bytes: Buffer, sample: string): FontFault | undefined {
  const size = bytes.length;
  let font: FontkitFont;
  try {
    font = fontkit.create(bytes) as unknown as FontkitFont;
  } catch {
    return { kind: 'format' };
  }
  if (font.type === 'TTC' || font.type === 'DFont') return { kind: 'collection' };
  if (font.type !== 'TTF') return { kind: 'other', type: font.type };
  try {
    const tables = font.directory?.tables ?? {};
    for (const table of Object.values(tables)) {
      if (table.offset + table.length > size) return { kind: 'truncated', table: table.tag.trim(), end: table.offset + table.length, size };
    }
    const glyphData = checkGlyphData(bytes, tables);
    if (glyphData) return { kind: 'damaged', detail: glyphData };
    for (const tag of Object.keys(tables)) {
      // Known tables are getters on the font; one that fails to decode reads as undefined.
      // glyf is read glyph by glyph (below), never as a whole.
      if (tag !== 'glyf' && tag in font && (font as unknown as Record<string, unknown>)[tag] === undefined) {
        return { kind: 'damaged', detail: `its ${tag.trim()} table cannot be decoded` };
      }
    }
    if (Object.keys(font.variationAxes ?? {}).length > 0) return { kind: 'variable' };
    const { glyphs } = font.layout(sample);
    const subset = font.createSubset();
    let drawn = 0;
    for (const glyph of glyphs) {
      if (glyph.id !== 0 && glyph.path.commands.length > 0) drawn++;
      void glyph.advanceWidth;
      subset.includeGlyph(glyph);
    }
    subset.encode();
    // Letters the font maps but cannot draw: zeroed glyph data would print nothing at all.
    if (drawn === 0 && glyphs.some((g) => g.id !== 0)) return { kind: 'damaged', detail: 'its letters have no outlines' };
  } catch (err) {
    return { kind: 'damaged', detail: (err as Error).message.split('\n')[0] ?? 'unknown error' };
  }
  return undefined;
}
