/**
 * A structural walk over a TrueType font's glyph data (the loca and glyf tables), with
 * bounds on everything. fontkit trusts this data: a glyph whose composite components
 * point at other composites without end makes it allocate until the process dies, so
 * damaged glyph data must be found before fontkit draws a single glyph.
 */

type Tables = Record<string, { offset: number; length: number }>;

// Composite glyph flags (OpenType spec, glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
/** Real fonts nest composites two or three deep; maxp allows at most 16 levels in practice. */
const MAX_DEPTH = 16;

/** What is wrong with the glyph data, in words; undefined when it is sound or absent (CFF fonts). */
export function checkGlyphData(bytes: Uint8Array, tables: Tables): string | undefined {
  const { head, maxp, loca, glyf } = tables;
  if (!glyf || !loca) return undefined;
  if (!head || !maxp || head.length < 54 || maxp.length < 6) return 'its head or maxp table is missing or too short';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const entry = longOffsets ? 4 : 2;
  if (loca.length < (numGlyphs + 1) * entry) return `its loca table is too short for ${numGlyphs} glyphs`;
  const at = (g: number) => (longOffsets ? view.getUint32(loca.offset + g * 4) : view.getUint16(loca.offset + g * 2) * 2);

  const components = new Map<number, number[]>();
  for (let g = 0; g < numGlyphs; g++) {
    const start = at(g);
    const end = at(g + 1);
    if (start > end || end > glyf.length) return `glyph ${g} lies outside the glyf table`;
    const length = end - start;
    if (length === 0) continue;
    if (length < 10) return `glyph ${g} is shorter than its header`;
    const base = glyf.offset + start;
    const contours = view.getInt16(base);
    if (contours >= 0) {
      // Contour ends, then the instructions' length: both must be inside the glyph.
      const instructionsAt = 10 + contours * 2;
      if (instructionsAt + 2 > length || instructionsAt + 2 + view.getUint16(base + instructionsAt) > length) {
        return `glyph ${g} is longer than its data`;
      }
      continue;
    }
    const parts: number[] = [];
    let pos = 10;
    for (let more = true; more; ) {
      if (pos + 4 > length) return `glyph ${g} is longer than its data`;
      const flags = view.getUint16(base + pos);
      const part = view.getUint16(base + pos + 2);
      if (part >= numGlyphs) return `glyph ${g} is made of glyph ${part}, which does not exist`;
      parts.push(part);
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      pos += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
      if (pos > length) return `glyph ${g} is longer than its data`;
      more = (flags & MORE_COMPONENTS) !== 0;
    }
    components.set(g, parts);
  }

  // Composites made of composites: no cycle, no absurd depth (depth-first, without recursion).
  const depth = new Map<number, number>();
  for (const root of components.keys()) {
    const stack: Array<{ glyph: number; next: number }> = [{ glyph: root, next: 0 }];
    const onPath = new Set<number>([root]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const parts = components.get(top.glyph) ?? [];
      if (top.next < parts.length) {
        const part = parts[top.next++]!;
        if (onPath.has(part)) return `glyph ${root} is made of itself`;
        if (depth.has(part) || !components.has(part)) continue;
        if (stack.length >= MAX_DEPTH) return `glyph ${root} nests composite glyphs more than ${MAX_DEPTH} deep`;
        onPath.add(part);
        stack.push({ glyph: part, next: 0 });
      } else {
        stack.pop();
        onPath.delete(top.glyph);
        depth.set(top.glyph, 1 + Math.max(0, ...parts.map((p) => depth.get(p) ?? 0)));
        if ((depth.get(top.glyph) ?? 0) > MAX_DEPTH) return `glyph ${top.glyph} nests composite glyphs more than ${MAX_DEPTH} deep`;
      }
    }
  }
  return undefined;
}
