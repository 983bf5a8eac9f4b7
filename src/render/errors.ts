// Kept apart from the renderer: the build's main thread reads these without loading react-pdf.

/** A fixed-size panel whose text does not fit even at the template's smallest size. */
export class FitError extends Error {
  constructor(
    readonly panel: string,
    readonly pages: number,
    readonly limit: number,
    /** How much too long, in millimetres of the panel's height. */
    readonly overflowMm: number,
  ) {
    super(`${panel} takes ${pages} pages where it has ${limit}`);
    this.name = 'FitError';
  }
}
