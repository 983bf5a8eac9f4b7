import { TEMPLATE_FILES } from './format-properties.ts';
import type { Localized } from './localize/index.ts';
import type { LocalizedChart } from './localize/chart.ts';
import { problemsOf, type PreflightContent } from './preflight/index.ts';
import { manifestFontNames, preflightContent } from './preflight/inputs.ts';
import { formatProblem, type Problem } from './problems.ts';
import { FitError } from './render/errors.ts';
import { leafletJob, type JobResult as WorkerResult, type RenderJob as PortableJob } from './render/jobs.ts';
import { renderOutputs as runInPool } from './render/pool.ts';
import type { Project } from './project.ts';
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
  /** The project's ui strings: a render worker makes the ui words that take values from them. */
  ui: Project['ui'];
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
  /** Render workers (see BuildOptions.threads). */
  threads?: number | undefined;
  /** Called as each job is done, in any order. */
  onDone?: (result: JobResult) => void;
}

/**
 * Renders, finishes and preflights each job: the one place the build turns content into
 * files. The work runs in render workers (src/render/pool.ts) as plain data; findings
 * become problems here, in the build's thread, which knows where each string came from.
 * Jobs are independent of each other and of the order they run in.
 */
export async function renderOutputs(jobs: RenderJob[], context: RenderContext): Promise<JobResult[]> {
  const fontNames = [...manifestFontNames(context.root, context.fonts)];
  // What preflight knows of each leaflet job: its files go to the worker, its texts' origins stay here.
  const contents = jobs.map((job) => (job.kind === 'leaflet' ? preflightContent(job.meta, job.localized) : undefined));
  const portable = jobs.map((job, i): PortableJob => {
    if (job.kind === 'chart') return { kind: 'chart', root: context.root, fonts: context.fonts, chart: job.chart, preflight: { fontNames } };
    return leafletJob({ root: context.root, project: { ui: job.ui, fonts: context.fonts }, localized: job.localized, format: job.format, fontNames, files: contents[i]!.files });
  });
  const results: JobResult[] = new Array<JobResult>(jobs.length);
  await runInPool(portable, {
    threads: context.threads,
    onResult: (i, result) => {
      results[i] = fromWorker(jobs[i]!, result, contents[i]);
      context.onDone?.(results[i]);
    },
  });
  return results;
}

/** A worker's result as the build reads it: files with their manifest entries, refusals and warnings as problems. */
function fromWorker(job: RenderJob, result: WorkerResult, content: PreflightContent | undefined): JobResult {
  if (!result.ok) {
    if (job.kind === 'chart') throw new Error('render: the language chart has no fixed panel to overflow');
    const { panel, pages, limit, overflowMm } = result.overflow;
    return { job, overflow: new FitError(panel, pages, limit, overflowMm) };
  }
  if (job.kind === 'chart') {
    const [chart] = result.outputs;
    if (!chart) throw new Error('render: the language chart gave no file');
    const found = problemsOf(chart.preflight.findings, { leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, template: TEMPLATE_FILES[CHART_FORMAT] });
    const built: Built = { leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, status: 'machine', draft: true, pages: chart.pages, bytes: chart.bytes, fit: 1, preflight: chart.preflight.figures, cacheKey: job.key, warnings: found.warnings.map(formatProblem) };
    const passed = chart.preflight.figures.passed;
    return { job, outputs: passed ? [built] : [], refusals: passed ? [] : found.refusals, warnings: found.warnings };
  }
  const { localized } = job;
  const outputs: Built[] = [];
  const refusals: Problem[] = [];
  const warnings: Problem[] = [];
  for (const output of result.outputs) {
    if (output.format === CHART_FORMAT) continue;
    const where = { leaflet: job.leaflet, locale: job.locale, format: output.format, template: TEMPLATE_FILES[output.format], ...(content ? { content } : {}) };
    const found = problemsOf(output.preflight.findings, where);
    refusals.push(...found.refusals);
    warnings.push(...found.warnings);
    outputs.push({
      leaflet: job.leaflet,
      locale: job.locale,
      status: localized.leaflet.status,
      draft: localized.leaflet.draft,
      fit: result.fit,
      format: output.format,
      bytes: output.bytes,
      pages: output.pages,
      preflight: output.preflight.figures,
      cacheKey: job.key,
      warnings: found.warnings.map(formatProblem),
    });
  }
  // A format's companions are its pages again: one refused, all refused.
  return { job, outputs: refusals.length > 0 ? [] : outputs, refusals, warnings };
}
