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
