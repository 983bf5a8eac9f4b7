import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FormatId } from '../schema.ts';
import type { Hyphenator } from './line-breaking.ts';

/** What every template receives: the localized leaflet and the locale's typesetting helpers. */
export interface TemplateProps {
  leaflet: LocalizedLeaflet;
  /** Hyphenation for body text in this language (a no-op where it has no patterns). */
  hyphenate: Hyphenator;
  /** Extra notes pages the renderer asks for, to reach the format's page multiple. */
  padPages: number;
  /**
   * Size factor for one-page panels (1, or less when they had to shrink to fit). A
   * template marks such a page with `id={ONE_PAGE + name}`; the renderer checks it did
   * not run onto a second page.
   */
  fit: number;
}

/** A format: how to lay a leaflet out as a react-pdf document. Layout only, never facts. */
export interface Template {
  id: FormatId;
  /** Page count must be a multiple of this (4 for a saddle-stitched booklet). */
  pageMultiple: number;
  /** Returns the <Document> element itself (not a component wrapping it). */
  render(props: TemplateProps): ReactElement<DocumentProps>;
}
