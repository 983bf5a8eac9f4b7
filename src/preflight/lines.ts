import { MM } from '../finish/geometry.ts';
import type { FormatLimits, Region } from '../format-properties.ts';
import type { Glyphs, ReadPdf } from './read-pdf.ts';

/** A region of a page in points, with its place in the reading order. */
export interface PlacedRegion extends Region {
  page: number;
  /** In points, page coordinates. */
  box: { left: number; bottom: number; right: number; top: number };
  /** The trim edges this region shares (a fold or cut is any other edge). */
  trimEdges: { left: boolean; bottom: boolean; right: boolean; top: boolean };
}

/** One line of text as set: glyph runs on one baseline inside one region. */
export interface Line {
  page: number;
  region: PlacedRegion;
  /** Baseline, points. */
  y: number;
  /** The largest size on the line. */
  size: number;
  left: number;
  right: number;
  /** The runs left to right, and their text joined (a space where runs have a gap). */
  runs: Glyphs[];
  text: string;
}

/** The extent of a run's glyphs: ascent and descent taken as shares of the size, enough to tell lines apart. */
export function extent(g: Glyphs) {
  return { left: g.x, right: g.x + g.width, bottom: g.y - 0.2 * g.size, top: g.y + 0.75 * g.size };
}

/** Every region of every page, placed on the page. */
export function placeRegions(pdf: ReadPdf, limits: FormatLimits, rtl: boolean): PlacedRegion[] {
  return pdf.pages.flatMap((page) => {
    const regions = limits.trimRegions
      ? [{ x: 0, y: 0, width: page.trim.width / MM, height: page.trim.height / MM, role: 'reading' as const, order: page.index }]
      : limits.regions(page.index, pdf.pages.length, rtl);
    return regions.map((r) => {
      const left = page.trim.x + r.x * MM;
      const bottom = page.trim.y + r.y * MM;
      const right = left + r.width * MM;
      const top = bottom + r.height * MM;
      const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
      return {
        ...r,
        page: page.index,
        box: { left, bottom, right, top },
        trimEdges: {
          left: near(left, page.trim.x),
          right: near(right, page.trim.x + page.trim.width),
          bottom: near(bottom, page.trim.y),
          top: near(top, page.trim.y + page.trim.height),
        },
      };
    });
  });
}

/** The region a run belongs to: the one holding its middle. */
export function regionOf(g: Glyphs, regions: PlacedRegion[]): PlacedRegion | undefined {
  const cx = g.x + g.width / 2;
  const cy = g.y + 0.25 * g.size;
  return regions.find((r) => r.page === g.page && cx >= r.box.left && cx <= r.box.right && cy >= r.box.bottom && cy <= r.box.top);
}

/**
 * The lines of a document in reading order: regions by their order, lines top to bottom.
 * Runs whose baselines are within a third of their size are on one line.
 */
export function readLines(pdf: ReadPdf, regions: PlacedRegion[]): Line[] {
  const byRegion = new Map<PlacedRegion, Glyphs[]>();
  for (const page of pdf.pages) {
    for (const g of page.glyphs) {
      const region = regionOf(g, regions);
      if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), g]);
    }
  }
  const lines: Line[] = [];
  const ordered = [...regions].sort((a, b) => a.order - b.order || a.page - b.page || b.box.top - a.box.top || a.box.left - b.box.left);
  for (const region of ordered) {
    const runs = [...(byRegion.get(region) ?? [])].sort((a, b) => b.y - a.y || a.x - b.x);
    const grouped: Glyphs[][] = [];
    for (const run of runs) {
      const line = grouped.find((l) => Math.abs(l[0]!.y - run.y) < Math.min(l[0]!.size, run.size) / 3);
      if (line) line.push(run);
      else grouped.push([run]);
    }
    for (const group of grouped) {
      group.sort((a, b) => a.x - b.x);
      let text = '';
      group.forEach((run, i) => {
        const prev = group[i - 1];
        const gap = prev ? run.x - (prev.x + prev.width) : 0;
        text += (prev && gap > 0.15 * run.size && !text.endsWith(' ') && !run.str.startsWith(' ') ? ' ' : '') + run.str;
      });
      lines.push({
        page: region.page,
        region,
        y: group[0]!.y,
        size: Math.max(...group.map((g) => g.size)),
        left: Math.min(...group.map((g) => g.x)),
        right: Math.max(...group.map((g) => g.x + g.width)),
        runs: group,
        text: text.trim(),
      });
    }
  }
  return lines;
}
