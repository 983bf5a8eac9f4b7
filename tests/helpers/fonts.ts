import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { parse } from 'yaml';
import { ROOT } from './project.ts';

type Manifest = {
  families: Array<{ family: string; files: Record<string, string> }>;
  chains: Record<string, string[]>;
};
type Locales = { locales: Array<{ code: string; script: string }> };

const manifest = parse(readFileSync(join(ROOT, 'fonts/manifest.yaml'), 'utf8')) as Manifest;
const locales = parse(readFileSync(join(ROOT, 'content/locales.yaml'), 'utf8')) as Locales;

const postscriptName = (file: string) => (fontkit.openSync(join(ROOT, 'fonts', file)) as unknown as { postscriptName: string }).postscriptName;

/**
 * The PostScript names of the fonts fonts/manifest.yaml names for a locale, read from
 * the font files: `all` for every face of its chain, `first` for its script's own face.
 */
export function fontsForLocale(code: string): { all: string[]; first: string } {
  const script = locales.locales.find((l) => l.code === code)?.script ?? '';
  const chain = manifest.chains[script] ?? [];
  const faces = chain.map((family) => manifest.families.find((f) => f.family === family)!);
  const all = [...new Set(faces.flatMap((f) => Object.values(f.files).map(postscriptName)))];
  return { all, first: postscriptName(faces[0]!.files.regular!) };
}
