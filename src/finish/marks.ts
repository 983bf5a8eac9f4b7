import { rgb, type PDFPage } from 'pdf-lib';
import { MM } from './geometry.ts';

// Hairline registration black, as print norms ask (≥ 0.25 pt).
const LINE = { thickness: 0.3, color: rgb(0, 0, 0) };
const GAP = 3 * MM; // marks start outside the bleed
const LENGTH = 5 * MM;

/** Crop marks at the four corners of a trimmed area, drawn in the slug outside the bleed. */
export function drawCropMarks(page: PDFPage, trim: { x: number; y: number; width: number; height: number }): void {
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  for (const x of xs) {
    for (const y of ys) {
      const dx = x === trim.x ? -1 : 1;
      const dy = y === trim.y ? -1 : 1;
      page.drawLine({ start: { x: x + dx * GAP, y }, end: { x: x + dx * (GAP + LENGTH), y }, ...LINE });
      page.drawLine({ start: { x, y: y + dy * GAP }, end: { x, y: y + dy * (GAP + LENGTH) }, ...LINE });
    }
  }
}

/** Dashed fold marks above and below the trim at the given x positions. */
export function drawFoldMarks(page: PDFPage, trim: { y: number; height: number }, xs: number[]): void {
  for (const x of xs) {
    for (const [from, to] of [
      [trim.y - GAP, trim.y - GAP - LENGTH],
      [trim.y + trim.height + GAP, trim.y + trim.height + GAP + LENGTH],
    ] as const) {
      page.drawLine({ start: { x, y: from }, end: { x, y: to }, ...LINE, dashArray: [2, 2] });
    }
  }
}

/**
 * Cut marks for cards set apart on a sheet: every cut line (`xs`, `ys`, in points) marked
 * in the margins on both sides, starting outside the outermost cards' bleed.
 */
export function drawCutMarks(page: PDFPage, cuts: { xs: number[]; ys: number[]; bleed: number }): void {
  const { xs, ys, bleed } = cuts;
  const [left, right] = [Math.min(...xs) - bleed, Math.max(...xs) + bleed];
  const [bottom, top] = [Math.min(...ys) - bleed, Math.max(...ys) + bleed];
  for (const x of xs) {
    page.drawLine({ start: { x, y: bottom - GAP }, end: { x, y: bottom - GAP - LENGTH }, ...LINE });
    page.drawLine({ start: { x, y: top + GAP }, end: { x, y: top + GAP + LENGTH }, ...LINE });
  }
  for (const y of ys) {
    page.drawLine({ start: { x: left - GAP, y }, end: { x: left - GAP - LENGTH, y }, ...LINE });
    page.drawLine({ start: { x: right + GAP, y }, end: { x: right + GAP + LENGTH, y }, ...LINE });
  }
}
