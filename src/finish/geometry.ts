/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Physical sizes in millimetres, from the print norms the project follows. */
export const SIZES = {
  a5: { width: 148, height: 210 },
  a4Portrait: { width: 210, height: 297 },
  a4Landscape: { width: 297, height: 210 },
  /** ISO/IEC 7810 ID-1. */
  card: { width: 85.6, height: 53.98 },
};
export const BLEED_MM = 3;
/** The slug: room outside the bleed for crop marks. */
export const SLUG_MM = 9;
/** Tri-fold panels, left to right on the outside of an A4 landscape sheet. */
export const TRIFOLD_PANELS_MM = { flap: 97, panel: 100 };

export type Size = { width: number; height: number };

/**
 * The card sheet: cards two across and four down on A4 portrait, 6 mm apart, so each
 * card's background runs 3 mm past its trim into the gutter (a cut that misses by a
 * millimetre leaves no white sliver) and the marks have room in the margins.
 */
export const CARD_SHEET = { cols: 2, rows: 4, gutterMm: 2 * BLEED_MM };

/** Each card's trim on the sheet, in millimetres from the bottom left, row by row from the bottom. */
export function cardSheetSlots(): Array<{ x: number; y: number; col: number; row: number }> {
  const { cols, rows, gutterMm } = CARD_SHEET;
  const card = SIZES.card;
  const sheet = SIZES.a4Portrait;
  const x0 = (sheet.width - cols * card.width - (cols - 1) * gutterMm) / 2;
  const y0 = (sheet.height - rows * card.height - (rows - 1) * gutterMm) / 2;
  const slots = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) slots.push({ x: x0 + col * (card.width + gutterMm), y: y0 + row * (card.height + gutterMm), col, row });
  }
  return slots;
}
