import { FINISH } from '../formats.ts';
import { preflightPdf } from '../preflight/index.ts';
import type { PreflightContent } from '../preflight/context.ts';
import { CHART_FORMAT } from '../schema.ts';
import { FitError, renderChartPdf, renderPdf } from './index.ts';
import type { JobOutput, JobResult, JobStats, LeafletJob, RenderJob } from './jobs.ts';
import { fromPortable } from './portable.ts';
import { shapingStats } from './shaping-memo.ts';

/** Renders, finishes and preflights one job. Findings become problems in the build's thread, which knows where each string came from. */
export async function runJob(job: RenderJob): Promise<JobResult> {
  const stats: JobStats = { renderMs: 0, finishMs: 0, preflightMs: 0, shapingCalls: -shapingStats.calls, shapingHits: -shapingStats.hits };
  const timed = async <T>(stage: 'renderMs' | 'finishMs' | 'preflightMs', work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      stats[stage] += performance.now() - started;
    }
  };
  const done = <T extends object>(result: T): T & { stats: JobStats } => {
    stats.shapingCalls += shapingStats.calls;
    stats.shapingHits += shapingStats.hits;
    return { ...result, stats };
  };
  const fonts = new Set(job.preflight.fontNames);
  if (job.kind === 'chart') {
    const { bytes, pages } = await timed('renderMs', () => renderChartPdf({ root: job.root, fonts: job.fonts, chart: job.chart }));
    const preflight = await timed('preflightMs', () => preflightPdf({ bytes, format: CHART_FORMAT, fonts }));
    return done({ ok: true as const, fit: 1, contentPages: pages, outputs: [{ format: CHART_FORMAT, bytes, pages, preflight }] });
  }
  const leaflet = fromPortable(job.leaflet);
  let rendered;
  try {
    const hint = job.contentPagesHint ?? lastContentPages.get(key(job));
    rendered = await timed('renderMs', () => renderPdf({ root: job.root, fonts: job.fonts, leaflet, format: job.format, contentPagesHint: hint }));
    lastContentPages.set(key(job), rendered.contentPages);
  } catch (err) {
    if (!(err instanceof FitError)) throw err;
    return done({ ok: false as const, overflow: { panel: err.panel, pages: err.pages, limit: err.limit, overflowMm: err.overflowMm } });
  }
  const content: PreflightContent = {
    leaflet,
    // Checks read the text; where it came from is looked up by the build, not here.
    texts: job.preflight.texts.map((text) => ({ text, origin: noOrigin })),
    files: new Set(job.preflight.files),
  };
  const rtl = leaflet.locale.direction === 'rtl';
  const outputs: JobOutput[] = [];
  for (const output of await timed('finishMs', () => FINISH[job.format](rendered, leaflet))) {
    const preflight = await timed('preflightMs', () => preflightPdf({ bytes: output.bytes, format: output.format, fonts, rtl, content }));
    outputs.push({ ...output, preflight });
  }
  return done({ ok: true as const, fit: rendered.fit, contentPages: rendered.contentPages, outputs });
}

/**
 * The text's page count of each document this thread rendered last: the guess for the
 * next render of it (watch mode, repeated builds), which then needs one pass, not two.
 */
const lastContentPages = new Map<string, number>();
const key = (job: LeafletJob) => `${job.root}\0${job.leaflet.id}\0${job.leaflet.locale.code}\0${job.format}`;

function noOrigin(): never {
  throw new Error('render job: the origin of a string is looked up by the build, not in a render worker');
}
