import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';

/** e) No missing glyph (glyph id 0, the empty box) and no font the fonts manifest does not name. */
export const glyphs: Check = (ctx) => {
  const findings: Finding[] = [];
  for (const page of ctx.pdf.pages) {
    if (page.notdef > 0) findings.push({ check: 'glyphs', page: page.index, message: messages.preflight.notdef(page.notdef) });
  }
  for (const font of ctx.pdf.fonts) {
    if (ctx.fonts && !ctx.fonts.has(font)) findings.push({ check: 'glyphs', page: 0, message: messages.preflight.unknownFont(font) });
  }
  return findings;
};
