/**
 * A memo of fontkit's text shaping, per font, kept across documents. react-pdf shapes the
 * same strings in the same fonts again and again (measuring, line breaking, each fit
 * attempt, both passes of a booklet, every format of a leaflet, the ui words of every
 * leaflet), and shaping is the dearest step of its text layout.
 *
 * A document must come out the same whatever was rendered before it in the process (a
 * render worker makes many, in any order). Shaping returns glyph objects from the font's
 * glyph cache, which remember the characters they were first made for (see fonts.ts), so
 * the memo never hands out an object from another document: it shapes with an empty
 * glyph cache, records every glyph the shaper asked the font for (id and characters),
 * and on each use asks the font of the current document for the same glyphs in the same
 * order. The current document's cache ends up as a fresh shaping would leave it, and the
 * run holds its own glyph objects.
 */

type Glyph = { id: number };
type GlyphRun = { glyphs: Glyph[]; positions: object[] | null; features?: object };
type ShapingFont = {
  layout(string: string, features?: unknown, script?: string, language?: string, direction?: string): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  _glyphs: Record<number, Glyph>;
};

interface Shaped {
  /** The run as shaped, without its glyph objects. */
  run: GlyphRun;
  /** Every glyph the shaper asked the font for, in order: id and characters. */
  requests: Array<[number, number[] | undefined]>;
  /** The run's glyphs, by id. */
  ids: number[];
}

/** Past this many strings a font's memo starts again (memory stays bounded in long-lived workers). */
const MAX_ENTRIES = 50_000;

const memos = new WeakMap<object, Map<string, Shaped>>();

/** Counts for `npm run bench`: how many layout calls the memo answered. */
export const shapingStats = { calls: 0, hits: 0 };

/** Memoizes the shaping of a font object registered with react-pdf (once per object). */
export function memoizeShaping(font: object): void {
  if (memos.has(font)) return;
  const shaper = font as ShapingFont;
  const memo = new Map<string, Shaped>();
  memos.set(font, memo);
  const layout = shaper.layout.bind(shaper);
  shaper.layout = (string, features, script, language, direction) => {
    shapingStats.calls++;
    const key = `${features === undefined ? '' : JSON.stringify(features)}\u0000${script ?? ''}\u0000${language ?? ''}\u0000${direction ?? ''}\u0000${string}`;
    let shaped = memo.get(key);
    if (shaped) shapingStats.hits++;
    else {
      if (memo.size >= MAX_ENTRIES) memo.clear();
      shaped = shapeClean(shaper, () => layout(string, features, script, language, direction));
      memo.set(key, shaped);
    }
    for (const [id, codePoints] of shaped.requests) shaper.getGlyph(id, codePoints);
    return copy(shaped.run, shaped.ids.map((id) => shaper.getGlyph(id)));
  };
}

/** Shapes with an empty glyph cache, recording the glyphs asked for; the font's cache is left as it was. */
function shapeClean(font: ShapingFont, shape: () => GlyphRun): Shaped {
  const cache = font._glyphs;
  const requests: Shaped['requests'] = [];
  const getGlyph = font.getGlyph;
  font._glyphs = {};
  font.getGlyph = function (this: ShapingFont, id, codePoints) {
    requests.push([id, codePoints && [...codePoints]]);
    return getGlyph.call(this, id, codePoints);
  };
  try {
    const run = shape();
    return { run: copy(run, []), requests, ids: run.glyphs.map((g) => g.id) };
  } finally {
    delete (font as Partial<ShapingFont>).getGlyph;
    font._glyphs = cache;
  }
}

/** A run of its own for each caller, as from a fresh layout: callers may change its arrays and positions. */
function copy(run: GlyphRun, glyphs: Glyph[]): GlyphRun {
  const clone = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  clone.glyphs = glyphs;
  if (run.features) clone.features = { ...run.features };
  clone.positions = run.positions && run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return clone;
}
