import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FormatId } from '../schema.ts';
import type { QrMatrix } from './images.ts';
import type { Hyphenator } from './line-breaking.ts';

/** What every template receives: the localized leaflet and the locale's typesetting helpers. */
export interface TemplateProps {
  leaflet: LocalizedLeaflet;
  /** Hyphenation for body text in this language (a no-op where it has no patterns). */
  hyphenate: Hyphenator;
  /** Extra notes pages the renderer asks for, to reach the format's page multiple. */
  padPages: number;
  /**
   * Size factor for text in fixed-size panels: 1, or less when they had to shrink to fit,
   * never below the template's `minFit`.
   */
  fit: number;
  /** The QR code's modules, for formats that print one (drawn as vector shapes). */
  images: { qr?: QrMatrix };
  /** Body text size in points, when the renderer raised it to fill spare pages (see `bodySizes`). */
  body?: number;
}

/** A format's layout: how to lay a leaflet out as a react-pdf document. Layout only, never facts. */
export interface Template {
  id: FormatId;
  /** Page count must be a multiple of this (4 for a saddle-stitched booklet). */
  pageMultiple: number;
  /**
   * Fixed-size panels, by the name their pages carry (`id={panelId(name)}`), and how many
   * pages each may take. Text in them shrinks (down to `minFit`) until it fits.
   */
  panels: Record<string, number>;
  /**
   * The smallest text that `fit` scales, in points before the script's size adjustment,
   * and the size it may never go below (8 pt on a card, print norms).
   */
  fitFloor: { size: number; min: number };
  /**
   * Larger body sizes to try (in any order) when the text leaves pages to pad to
   * `pageMultiple`: the largest that needs no more pages is used, so spare pages carry
   * larger type instead of notes pages.
   */
  bodySizes?: number[];
  /** Size of the QR code's symbol in millimetres (quiet zone not counted), when the format prints one. */
  qrMm?: number;
  /** Returns the <Document> element itself (not a component wrapping it). */
  render(props: TemplateProps): ReactElement<DocumentProps>;
}
