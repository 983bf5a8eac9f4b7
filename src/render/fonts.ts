import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { FONTS_DIR } from '../load/project.ts';
import type { FontsManifest } from '../schema.ts';
import { memoizeShaping } from './shaping-memo.ts';

const registered = new Set<string>();

/**
 * Registers the manifest's fonts with react-pdf, once per process (react-pdf's font
 * store is global and parses each file once), and gives each document clean glyph
 * caches (see below). No system font is ever used.
 */
export function prepareFonts(root: string, manifest: FontsManifest): void {
  registerFonts(root, manifest);
  resetGlyphCaches();
}

function registerFonts(root: string, manifest: FontsManifest): void {
  for (const family of manifest.families) {
    const key = `${root}\0${family.family}`;
    if (registered.has(key)) continue;
    registered.add(key);
    const src = (file: string) => join(root, FONTS_DIR, file);
    const { regular, bold, italic, boldItalic } = family.files;
    Font.register({
      family: family.family,
      fonts: [
        { src: src(regular), fontWeight: 400, fontStyle: 'normal' },
        { src: src(bold), fontWeight: 700, fontStyle: 'normal' },
        { src: src(italic ?? regular), fontWeight: 400, fontStyle: 'italic' },
        { src: src(boldItalic ?? bold), fontWeight: 700, fontStyle: 'italic' },
      ],
    });
  }
}

type FontSource = { data?: { _glyphs?: Record<number, unknown> } | null };
type RegisteredFonts = Record<string, { sources: FontSource[] }>;

/**
 * fontkit caches a glyph object per glyph id with the characters it was first made for.
 * Embedding a font subset makes the components of composite glyphs (Arabic letters are
 * built from a base and dots) with no characters at all; a later document whose shaping
 * yields such a glyph then gets one with no characters, and react-pdf drops letters at
 * line starts and maps copy-paste text wrongly. A document that starts with empty caches
 * shapes exactly as in a fresh process. Parsed font files are kept, and so is what their
 * shaping memo knows (shaping-memo.ts), which never hands out another document's glyphs.
 */
function resetGlyphCaches(): void {
  const families = (Font as unknown as { getRegisteredFonts(): RegisteredFonts }).getRegisteredFonts();
  for (const family of Object.values(families)) {
    for (const source of family.sources) {
      if (source.data?._glyphs) {
        source.data._glyphs = {};
        memoizeShaping(source.data);
      }
    }
  }
}
