import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONTS_DIR } from '../load/project.ts';
import type { FontsManifest, Locale } from '../schema.ts';

/** A font file of the site, relative to the site's root. */
export interface SiteFont {
  file: string;
  bytes: Uint8Array;
}

const FACES = [
  { key: 'regular', weight: 400 },
  { key: 'bold', weight: 700 },
] as const;

/**
 * The project's own fonts for the web: each regular and bold face cut down to the
 * characters the site shows in the scripts whose chain names the family (harfbuzz keeps
 * what shaping reaches from them: Arabic joining forms, Thai marks), as WOFF2, with the
 * @font-face rules and each language's font chain as CSS. No font comes from elsewhere.
 * `textOf` gives the site's text for the locales that use a family; `previous` reads a
 * file of the site as the last build left it.
 */
export async function siteFonts(
  root: string,
  manifest: FontsManifest,
  locales: Locale[],
  textOf: (locales: Locale[]) => string,
  previous: (file: string) => Promise<Uint8Array | undefined>,
): Promise<{ files: SiteFont[]; css: string }> {
  const files: SiteFont[] = [];
  const rules: string[] = [];
  for (const family of manifest.families) {
    const users = locales.filter((l) => (manifest.chains[l.script] ?? []).includes(family.family));
    if (users.length === 0) continue;
    const text = [...new Set(textOf(users))].sort().join('');
    for (const face of FACES) {
      const source = family.files[face.key];
      const ttf = await readFile(join(root, FONTS_DIR, source));
      // Named by what it is made of: the same font and characters give the same file, which
      // the last build already made (subsetting takes seconds) and a browser may have cached.
      const hash = createHash('sha256').update(ttf).update(text).digest('hex').slice(0, 12);
      const name = `${source.replace(/\.[^.]+$/, '')}.${hash}.woff2`;
      const bytes = (await previous(`assets/fonts/${name}`)) ?? (await subsetFont(ttf, text, { targetFormat: 'woff2' }));
      files.push({ file: `assets/fonts/${name}`, bytes });
      rules.push(`@font-face {\n  font-family: '${family.family}';\n  src: url('fonts/${name}') format('woff2');\n  font-weight: ${face.weight};\n  font-style: normal;\n  font-display: swap;\n}`);
    }
  }
  // Each language set in its script's chain, as the PDFs are (fonts/manifest.yaml).
  for (const locale of locales) {
    const chain = (manifest.chains[locale.script] ?? []).map((f) => `'${f}'`).join(', ');
    rules.push(`:lang(${locale.code}) {\n  --fonts: ${chain};\n}`);
  }
  return { files, css: `${rules.join('\n')}\n` };
}
