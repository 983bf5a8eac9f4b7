import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { FONTS_DIR } from '../load/project.ts';
import type { FontsManifest } from '../schema.ts';

const registered = new Set<string>();

/**
 * Registers the manifest's fonts with react-pdf, once per process (react-pdf's font
 * store is global and parses each file once). No system font is ever used.
 */
export function registerFonts(root: string, manifest: FontsManifest): void {
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
  // react-pdf's default hyphenates every language with English patterns. Turn that off
  // process-wide; templates pass each language's own callback where hyphenation is wanted.
  Font.registerHyphenationCallback((word) => [word]);
}
