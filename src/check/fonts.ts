import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { FONTS_DIR } from '../load/project.ts';
import type { FontsManifest } from '../schema.ts';

export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';
type Font = { hasGlyphForCodePoint(cp: number): boolean; postscriptName: string };

const cache = new Map<string, Font>();

/** Opens a font file once per process (fonts are large; parsing them is not free). */
export function openFont(root: string, file: string): Font {
  const path = join(root, FONTS_DIR, file);
  let font = cache.get(path);
  if (!font) {
    font = fontkit.openSync(path) as unknown as Font;
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
