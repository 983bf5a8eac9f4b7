import { Font, renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement } from 'react';
import { templates } from '../../templates/index.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FontsManifest, FormatId } from '../schema.ts';
import { prepareFonts } from './fonts.ts';
import { ONE_PAGE } from './one-page.ts';
import { mapStrings, typesetText } from './typeset-text.ts';
import { lineBreaking, type Hyphenator } from './line-breaking.ts';
import { LanguageChart } from '../../templates/language-chart.tsx';
import type { LocalizedChart } from '../localize/chart.ts';

export interface RenderInput {
  root: string;
  fonts: FontsManifest;
  leaflet: LocalizedLeaflet;
  format: FormatId;
}

export interface Rendered {
  bytes: Buffer;
  pages: number;
  /** Size factor the one-page panels were set at: 1 unless they had to shrink to fit. */
  fit: number;
}

type LayoutTree = { children?: Array<{ props?: { id?: string } }> };

/** Steps a one-page panel may shrink through before the build gives up: never below 80%. */
const FIT_STEPS = [1, 0.94, 0.88, 0.82];

/** A one-page panel (the contacts page, say) that does not fit even at the smallest size. */
export class FitError extends Error {
  constructor(readonly panel: string) {
    super(`${panel} does not fit on one page`);
    this.name = 'FitError';
  }
}

/**
 * Renders one leaflet × locale × format to PDF bytes. A pure function of its input: no
 * clock, no environment, so it can run in a worker and be skipped when nothing changed.
 * Renders twice when the format needs a page multiple: once to count, once padded.
 */
export async function renderPdf(input: RenderInput): Promise<Rendered> {
  const template = templates[input.format];
  const breaking = await lineBreaking(input.leaflet.locale);
  // react-pdf's callback for text without its own is process-wide. Renders run one at a
  // time per process (and per worker thread), so setting it per document is safe.
  Font.registerHyphenationCallback(breaking.plain);
  const hyphenate = breaking.body;

  // Metadata is not laid out: it keeps the text as written.
  const leaflet = { ...mapStrings(input.leaflet, typesetText(input.leaflet.locale)), metadata: input.leaflet.metadata };

  const pass = async (padPages: number, fit: number) => {
    prepareFonts(input.root, input.fonts);
    let pageIds: Array<string | undefined> = [];
    const element = template.render({ leaflet, hyphenate, padPages, fit });
    // react-pdf hands the laid-out tree to onRender: its children are the pages, and a
    // page that overflowed into a second one repeats its id.
    const onRender = (props: { _INTERNAL__LAYOUT__DATA_?: LayoutTree }) => {
      pageIds = (props._INTERNAL__LAYOUT__DATA_?.children ?? []).map((p) => p.props?.id);
    };
    const bytes = await renderToBuffer(cloneElement(element, { onRender } as Partial<DocumentProps>));
    const overflowing = pageIds.find((id, i) => id?.startsWith(ONE_PAGE) && pageIds.indexOf(id) !== i);
    return { bytes, pages: pageIds.length, fit, overflowing };
  };

  // Shrink one-page panels step by step until each fits on its page.
  let first = await pass(0, 1);
  for (const fit of FIT_STEPS.slice(1)) {
    if (!first.overflowing) break;
    first = await pass(0, fit);
  }
  if (first.overflowing) throw new FitError(first.overflowing.slice(ONE_PAGE.length));

  const pad = (template.pageMultiple - (first.pages % template.pageMultiple)) % template.pageMultiple;
  if (pad === 0) return first;
  const second = await pass(pad, first.fit);
  if (second.pages % template.pageMultiple !== 0 || second.overflowing) {
    throw new Error(`render: ${input.leaflet.id}/${input.leaflet.locale.code}/${input.format} has ${second.pages} pages after padding`);
  }
  return second;
}

/** Renders the language chart: one page, every language in its own fonts and direction. */
export async function renderChartPdf(input: { root: string; fonts: FontsManifest; chart: LocalizedChart }): Promise<Rendered> {
  prepareFonts(input.root, input.fonts);
  const breaking = new Map<string, Hyphenator>();
  for (const entry of input.chart.entries) breaking.set(entry.locale.code, (await lineBreaking(entry.locale)).plain);
  Font.registerHyphenationCallback((word) => [word]);
  const chart = { ...input.chart, entries: input.chart.entries.map((e) => mapStrings(e, typesetText(e.locale))) };
  const bytes = await renderToBuffer(LanguageChart({ chart, breakingFor: (code) => breaking.get(code) ?? ((w) => [w]) }));
  return { bytes, pages: 1, fit: 1 };
}
