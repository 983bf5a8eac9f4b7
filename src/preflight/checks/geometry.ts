import { MIN_TYPE_PT, toMm } from '../../format-properties.ts';
import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { inFooter } from '../context.ts';
import { extent, regionOf } from '../lines.ts';

const pt = (n: number) => Math.round(n * 100) / 100;
const mm = (n: number) => Math.round(toMm(n) * 10) / 10;

/** b) Type size: nothing under 8 pt; body text of reading editions at least the format's body size. */
export const typeSize: Check = (ctx) => {
  const findings: Finding[] = [];
  for (const page of ctx.pdf.pages) {
    const small = page.glyphs.filter((g) => g.size < MIN_TYPE_PT - 0.005);
    if (small.length > 0) {
      const g = small.reduce((a, b) => (b.size < a.size ? b : a));
      findings.push({ check: 'type size', page: page.index, needle: g.str, message: messages.preflight.typeTooSmall(g.str, pt(g.size), MIN_TYPE_PT, small.length) });
    }
  }
  const body = ctx.limits.minBodyPt;
  if (body !== undefined) {
    for (const line of ctx.lines) {
      if (line.region.role !== 'reading' || inFooter(ctx, line) || line.size >= body - 0.005) continue;
      findings.push({ check: 'type size', page: line.page, needle: line.text, message: messages.preflight.bodyTooSmall(line.text, pt(line.size), body) });
    }
  }
  return findings;
};

/** c) Safe area: every glyph the format's distance inside its trim edges, folds and cuts, and on its page. */
export const safeArea: Check = (ctx) => {
  const findings: Finding[] = [];
  const safe = (ctx.limits.safeMm * 72) / 25.4;
  for (const page of ctx.pdf.pages) {
    for (const g of page.glyphs) {
      const e = extent(g);
      const m = page.media;
      if (e.left < m.x - 0.5 || e.right > m.x + m.width + 0.5 || e.bottom < m.y - 0.5 || e.top > m.y + m.height + 0.5) {
        findings.push({ check: 'safe area', page: page.index, needle: g.str, message: messages.preflight.offPage(g.str) });
        continue;
      }
      const region = regionOf(g, ctx.regions);
      if (!region) {
        findings.push({ check: 'safe area', page: page.index, needle: g.str, message: messages.preflight.outsideTrim(g.str) });
        continue;
      }
      const b = region.box;
      const gaps = { left: e.left - b.left, right: b.right - e.right, bottom: e.bottom - b.bottom, top: b.top - e.top };
      const [side, gap] = Object.entries(gaps).reduce((a, c) => (c[1] < a[1] ? c : a));
      if (gap < safe - 0.3) {
        const edge = region.trimEdges[side as keyof typeof gaps] ? 'trim' : ctx.format === 'trifold-dl' ? 'fold' : 'cut';
        findings.push({ check: 'safe area', page: page.index, needle: g.str, message: messages.preflight.safeArea(g.str, mm(gap), ctx.limits.safeMm, edge) });
      }
    }
  }
  return dedupe(findings);
};

/** d) Nothing printed over anything: two runs whose glyph boxes overlap, in any script. */
export const overprint: Check = (ctx) => {
  const findings: Finding[] = [];
  for (const page of ctx.pdf.pages) {
    const runs = page.glyphs.map((g) => ({ g, e: extent(g) }));
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        const min = Math.min(a.g.size, b.g.size);
        const dx = Math.min(a.e.right, b.e.right) - Math.max(a.e.left, b.e.left);
        const dy = Math.min(a.e.top, b.e.top) - Math.max(a.e.bottom, b.e.bottom);
        // Kerning and accents touch their neighbours; a third of the type size is text on text.
        if (dx > min / 3 && dy > min / 3) {
          findings.push({ check: 'overprint', page: page.index, needle: a.g.str, message: messages.preflight.overprint(a.g.str, b.g.str) });
        }
      }
    }
  }
  return dedupe(findings);
};

/** One finding per page and message: a line too close to the trim is one problem, not forty glyph runs. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.page}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Measured figures for the manifest: the smallest type, and the closest any glyph comes to the trim. */
export function figures(ctx: Parameters<Check>[0]): { smallestTextPt: number; closestToTrimMm: number | null } {
  let smallest = Infinity;
  let closest = Infinity;
  for (const page of ctx.pdf.pages) {
    const t = page.trim;
    for (const g of page.glyphs) {
      smallest = Math.min(smallest, g.size);
      const e = extent(g);
      closest = Math.min(closest, e.left - t.x, t.x + t.width - e.right, e.bottom - t.y, t.y + t.height - e.top);
    }
  }
  return { smallestTextPt: Number.isFinite(smallest) ? pt(smallest) : 0, closestToTrimMm: Number.isFinite(closest) ? mm(closest) : null };
}
