import { unicodeName } from 'unicode-name';
import type { TracedText } from '../localize/index.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import { chainFaces, type FaceName } from './fonts.ts';

// Characters that draw nothing: spaces, line breaks, bidi isolates, joiners, soft hyphens.
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;
// Templates set text in these faces; a glyph must exist in each one used.
const FACES: FaceName[] = ['regular', 'bold'];

/**
 * Every character a PDF would show exists in the locale's font chain. react-pdf falls
 * back to Helvetica without a word, which prints empty boxes; this check is the guard.
 */
export function checkCoverage(project: Project, locale: string, texts: TracedText[]): Problem[] {
  const chain = project.fonts.chains[project.locales.get(locale)?.script ?? ''] ?? [];
  const faces = FACES.map((face) => chainFaces(project.root, project.fonts, chain, face));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const { text, origin } of texts) {
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      const cp = char.codePointAt(0) ?? 0;
      if (faces.every((fonts) => fonts.some(({ font }) => font.hasGlyphForCodePoint(cp)))) continue;
      const where = origin(char);
      const key = `${where.file}:${where.line}:${char}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({ ...where, message: messages.missingGlyph(char, codePoint, unicodeName(char) ?? 'unnamed', locale, chain) });
    }
  }
  return problems;
}
