import { FINISH } from './formats.ts';
import { TEMPLATE_FILES } from './format-properties.ts';
import type { Localized } from './localize/index.ts';
import type { LocalizedChart } from './localize/chart.ts';
import { preflightPdf, problemsOf } from './preflight/index.ts';
import { manifestFontNames, preflightContent } from './preflight/inputs.ts';
import { formatProblem, type Problem } from './problems.ts';
import { FitError, renderChartPdf, renderPdf } from './render/index.ts';
import { CHART_FORMAT, CHART_ID, type FontsManifest, type FormatId, type Leaflet } from './schema.ts';
import type { Built } from './write/index.ts';

/** One leaflet × language × format to render, finish and preflight (its companions included). */
export interface LeafletJob {
  kind: 'leaflet';
  leaflet: string;
  locale: string;
  format: FormatId;
  /** The cache key its files are recorded with. */
  key: string;
  meta: Leaflet;
  /** Localized for this format (src/cache/keys.ts forFormat): what the key covers. */
  localized: Localized;
}

/** The language chart. */
export interface ChartJob {
  kind: 'chart';
  leaflet: typeof CHART_ID;
  locale: 'mul';
  format: typeof CHART_FORMAT;
  key: string;
  chart: LocalizedChart;
}

export type RenderJob = LeafletJob | ChartJob;

export type JobResult =
  /** Preflight passed (`outputs`), or refused some of the files (`refusals`: then none is written). */
  | { job: RenderJob; outputs: Built[]; refusals: Problem[]; warnings: Problem[] }
  /** A fixed panel does not fit even at the smallest size allowed. */
  | { job: LeafletJob; overflow: FitError };

export interface RenderContext {
  root: string;
  fonts: FontsManifest;
  /** Called as each job is done, in any order. */
  onDone?: (result: JobResult) => void;
}

/**
 * Renders, finishes and preflights each job: the one place the build turns content into
 * files. Jobs are independent of each other and of the order they run in.
 */
export async function renderOutputs(jobs: RenderJob[], context: RenderContext): Promise<JobResult[]> {
  const fonts = manifestFontNames(context.root, context.fonts);
  const results: JobResult[] = [];
  for (const job of jobs) {
    const result = await renderJob(job, context, fonts);
    context.onDone?.(result);
    results.push(result);
  }
  return results;
}

async function renderJob(job: RenderJob, context: RenderContext, fonts: Set<string>): Promise<JobResult> {
  if (job.kind === 'chart') {
    const { bytes, pages } = await renderChartPdf({ root: context.root, fonts: context.fonts, chart: job.chart });
    const checked = await preflightPdf({ bytes, format: CHART_FORMAT, fonts });
    const found = problemsOf(checked.findings, { leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, template: TEMPLATE_FILES[CHART_FORMAT] });
    const warnings = found.warnings.map(formatProblem);
    const built: Built = { leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, status: 'machine', draft: true, pages, bytes, fit: 1, preflight: checked.figures, cacheKey: job.key, warnings };
    return { job, outputs: checked.figures.passed ? [built] : [], refusals: checked.figures.passed ? [] : found.refusals, warnings: found.warnings };
  }
  const { localized } = job;
  const content = preflightContent(job.meta, localized);
  let rendered;
  try {
    rendered = await renderPdf({ root: context.root, fonts: context.fonts, leaflet: localized.leaflet, format: job.format });
  } catch (err) {
    if (err instanceof FitError) return { job, overflow: err };
    throw err;
  }
  const outputs: Built[] = [];
  const refusals: Problem[] = [];
  const warnings: Problem[] = [];
  for (const output of await FINISH[job.format](rendered, localized.leaflet)) {
    const checked = await preflightPdf({ bytes: output.bytes, format: output.format, fonts, rtl: localized.leaflet.locale.direction === 'rtl', content });
    const where = { leaflet: job.leaflet, locale: job.locale, format: output.format, template: TEMPLATE_FILES[output.format], content };
    const found = problemsOf(checked.findings, where);
    refusals.push(...found.refusals);
    warnings.push(...found.warnings);
    outputs.push({
      leaflet: job.leaflet,
      locale: job.locale,
      status: localized.leaflet.status,
      draft: localized.leaflet.draft,
      fit: rendered.fit,
      ...output,
      preflight: checked.figures,
      cacheKey: job.key,
      warnings: found.warnings.map(formatProblem),
    });
  }
  // A format's companions are its pages again: one refused, all refused.
  return { job, outputs: refusals.length > 0 ? [] : outputs, refusals, warnings };
}
