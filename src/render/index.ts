import { Font, renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement } from 'react';
import { PDFDocument } from 'pdf-lib';
import { templates } from '../../templates/index.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FontsManifest, FormatId } from '../schema.ts';
import { prepareFonts } from './fonts.ts';
import { FORMAT_LIMITS } from '../format-properties.ts';
import { assertTagged } from './tagging.ts';
import { qrMatrix } from './images.ts';
import { panelName } from './panels.ts';
import { mapStrings, typesetText } from './typeset-text.ts';
import { isolateForeignText } from './foreign-text.ts';
import { HYPHENATION } from './hyphenation-policy.ts';
import { lineBreaking, prepareLanguage, type Hyphenator } from './line-breaking.ts';
import { LanguageChart } from '../../templates/language-chart.tsx';
import type { LocalizedChart } from '../localize/chart.ts';

export interface RenderInput {
  root: string;
  fonts: FontsManifest;
  leaflet: LocalizedLeaflet;
  format: FormatId;
  /**
   * How many pages the document had before notes pages were added, the last time it was
   * rendered (`contentPages`). A right guess makes a booklet one render instead of two;
   * a wrong one costs nothing more than no guess.
   */
  contentPagesHint?: number | undefined;
}

export interface Rendered {
  bytes: Buffer;
  pages: number;
  /** Size factor the fixed panels were set at: 1 unless they had to shrink to fit. */
  fit: number;
  /** Page indexes (0-based) of each named panel, for finishing. */
  panels: Record<string, number[]>;
  /** Pages before the notes pages that make up the format's page multiple. */
  contentPages: number;
}

type LayoutPage = { props?: { id?: string }; style?: { height?: number; paddingTop?: number; paddingBottom?: number }; children?: Array<{ box?: { top: number; height: number }; props?: { fixed?: boolean } }> };

export { FitError } from './errors.ts';
import { FitError } from './errors.ts';

/**
 * Renders one leaflet × locale × format to PDF bytes. A pure function of its input: no
 * clock, no environment, so it can run in a worker and be skipped when nothing changed.
 * Fixed panels that overflow are set smaller step by step, never below the template's
 * minimum; a booklet renders once more with the notes pages its page count needs.
 */
export async function renderPdf(input: RenderInput): Promise<Rendered> {
  const template = templates[input.format];
  const breaking = await lineBreaking(input.leaflet.locale);
  // react-pdf's callback for text without its own is process-wide. Renders run one at a
  // time per process (and per worker thread), so setting it per document is safe.
  Font.registerHyphenationCallback(breaking.plain);
  const hyphenate = breaking.body;
  // Parts not yet translated are hyphenated in their own language (hyphenatorFor).
  if (input.leaflet.fallbackLocale) await prepareLanguage(input.leaflet.fallbackLocale);
  // Metadata is not laid out: it keeps the text as written.
  const leaflet = { ...mapStrings(isolateForeignText(input.leaflet), typesetText(input.leaflet.locale)), metadata: input.leaflet.metadata };
  const images = template.qrMm && leaflet.onlineUrl ? { qr: qrMatrix(leaflet.onlineUrl) } : {};

  const pass = async (padPages: number, fit: number, body?: number) => {
    prepareFonts(input.root, input.fonts);
    let layoutPages: LayoutPage[] = [];
    const element = template.render({ leaflet, hyphenate, padPages, fit, images, ...(body !== undefined ? { body } : {}) });
    // react-pdf hands the laid-out tree to onRender: its children are the pages, and a
    // panel that overflowed carries its id onto the next page.
    const onRender = (props: { _INTERNAL__LAYOUT__DATA_?: { children?: LayoutPage[] } }) => {
      layoutPages = props._INTERNAL__LAYOUT__DATA_?.children ?? [];
    };
    const bytes = await renderToBuffer(cloneElement(element, { onRender } as Partial<DocumentProps>));
    if (FORMAT_LIMITS[input.format].tagged) assertTagged(bytes, `${input.leaflet.id} ${input.leaflet.locale.code} ${input.format}`);
    const panels: Record<string, number[]> = {};
    layoutPages.forEach((page, i) => {
      const name = panelName(page.props?.id);
      if (name) (panels[name] ??= []).push(i);
    });
    const over = Object.entries(template.panels).find(([name, limit]) => (panels[name]?.length ?? 0) > limit);
    const overflow = over ? { name: over[0], limit: over[1], pages: panels[over[0]]!.length, mm: overflowMm(layoutPages, panels[over[0]]!.slice(over[1])) } : undefined;
    return { bytes, pages: layoutPages.length, fit, panels, overflow, body, hyphenRun: longestHyphenRun(layoutPages) };
  };

  const minFit = Math.min(1, template.fitFloor.min / (template.fitFloor.size * leaflet.fontScale));
  const steps = [...FIT_STEPS.filter((f) => f > minFit), minFit];
  // Notes pages come after the text and before the back page: they never move the text,
  // so the pages of the text are the pages rendered less the notes pages asked for.
  const padFor = (content: number) => (template.pageMultiple - (content % template.pageMultiple)) % template.pageMultiple;
  const guess = input.contentPagesHint !== undefined ? padFor(input.contentPagesHint) : 0;
  let first = await pass(guess, 1);
  for (const fit of steps.slice(1)) {
    if (!first.overflow) break;
    first = await pass(guess, fit);
  }
  if (first.overflow) throw new FitError(first.overflow.name, first.overflow.pages, first.overflow.limit, first.overflow.mm);

  // The text's pages at the default body size: the hint for the next render of this document.
  const contentPages = first.pages - guess;
  let pad = padFor(contentPages);
  const sizes = [...(template.bodySizes ?? [])].sort((a, b) => a - b);
  // The first pass guessed its notes pages right, and no larger body size is to be tried.
  if (pad === guess && (pad === 0 || sizes.length === 0)) return { ...first, contentPages };
  // Spare pages: the largest body size that needs no more pages fills them first. A
  // larger size never needs fewer pages, so the sizes are searched by halving (two extra
  // renders for three sizes), largest acceptable kept.
  const target = contentPages + pad;
  let best = first;
  let [low, high] = [0, sizes.length - 1];
  while (pad > 0 && low <= high) {
    const mid = Math.floor((low + high) / 2);
    const larger = await pass(0, first.fit, sizes[mid]);
    // Kept only when it breaks no rule the default size keeps: no more pages, no panel
    // overflowing, no run of hyphenated lines longer than the policy allows.
    if (larger.overflow || larger.pages > target || larger.hyphenRun > HYPHENATION.maxConsecutive) {
      high = mid - 1;
    } else {
      best = larger;
      pad = target - larger.pages;
      low = mid + 1;
    }
  }
  if (best !== first && pad === 0) return { ...best, contentPages };
  if (best === first && pad === guess) return { ...first, contentPages };
  const second = await pass(pad, first.fit, best.body);
  if (second.pages % template.pageMultiple !== 0 || second.overflow) {
    throw new Error(`render: ${input.leaflet.id}/${input.leaflet.locale.code}/${input.format} has ${second.pages} pages after padding`);
  }
  return { ...second, contentPages };
}

/**
 * The most lines in a row, in any one paragraph, that end in a hyphen: textkit writes the
 * hyphen it inserts into the laid-out line. (A line that ends in a hyphen of the text
 * counts too, which errs on the side of the smaller size.)
 */
function longestHyphenRun(pages: LayoutPage[]): number {
  let longest = 0;
  const walk = (node: LayoutNode) => {
    let run = 0;
    for (const line of node.lines ?? []) {
      run = /[-\u2010]\s*$/.test(line.string ?? '') ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    node.children?.forEach(walk);
  };
  pages.forEach((p) => walk(p as LayoutNode));
  return longest;
}

type LayoutNode = { lines?: Array<{ string?: string }>; children?: LayoutNode[] };

/** Sizes a fixed panel may shrink through, down to the template's own minimum. */
const FIT_STEPS = [1, 0.94, 0.88, 0.82, 0.76];

/** The height of the content that spilled onto extra pages, in millimetres. */
function overflowMm(pages: LayoutPage[], extra: number[]): number {
  let points = 0;
  for (const i of extra) {
    const page = pages[i];
    const top = page?.style?.paddingTop ?? 0;
    const flowing = (page?.children ?? []).filter((c) => !c.props?.fixed);
    const bottom = Math.max(0, ...flowing.map((c) => (c.box ? c.box.top + c.box.height : 0)));
    points += Math.max(0, bottom - top);
  }
  return Math.round((points / 72) * 25.4);
}

/** Renders the language chart: one page, every language in its own fonts and direction. */
export async function renderChartPdf(input: { root: string; fonts: FontsManifest; chart: LocalizedChart }): Promise<Rendered> {
  prepareFonts(input.root, input.fonts);
  const breaking = new Map<string, Hyphenator>();
  for (const entry of input.chart.entries) breaking.set(entry.locale.code, (await lineBreaking(entry.locale)).plain);
  Font.registerHyphenationCallback((word) => [word]);
  const chart = { ...input.chart, entries: input.chart.entries.map((e) => mapStrings(e, typesetText(e.locale))) };
  const bytes = await renderToBuffer(LanguageChart({ chart, breakingFor: (code) => breaking.get(code) ?? ((w) => [w]) }));
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages, fit: 1, panels: {}, contentPages: pages };
}
