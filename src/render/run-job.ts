import { FINISH } from '../formats.ts';
import { preflightPdf } from '../preflight/index.ts';
import type { PreflightContent } from '../preflight/context.ts';
import { CHART_FORMAT } from '../schema.ts';
import { FitError, renderChartPdf, renderPdf } from './index.ts';
import type { JobOutput, JobResult, RenderJob } from './jobs.ts';
import { fromPortable } from './portable.ts';

/** Renders, finishes and preflights one job. Findings become problems in the build's thread, which knows where each string came from. */
export async function runJob(job: RenderJob): Promise<JobResult> {
  const fonts = new Set(job.preflight.fontNames);
  if (job.kind === 'chart') {
    const { bytes, pages } = await renderChartPdf({ root: job.root, fonts: job.fonts, chart: job.chart });
    return { ok: true, fit: 1, outputs: [{ format: CHART_FORMAT, bytes, pages, preflight: await preflightPdf({ bytes, format: CHART_FORMAT, fonts }) }] };
  }
  const leaflet = fromPortable(job.leaflet);
  let rendered;
  try {
    rendered = await renderPdf({ root: job.root, fonts: job.fonts, leaflet, format: job.format });
  } catch (err) {
    if (!(err instanceof FitError)) throw err;
    return { ok: false, overflow: { panel: err.panel, pages: err.pages, limit: err.limit, overflowMm: err.overflowMm } };
  }
  const content: PreflightContent = {
    leaflet,
    // Checks read the text; where it came from is looked up by the build, not here.
    texts: job.preflight.texts.map((text) => ({ text, origin: noOrigin })),
    files: new Set(job.preflight.files),
  };
  const rtl = leaflet.locale.direction === 'rtl';
  const outputs: JobOutput[] = [];
  for (const output of await FINISH[job.format](rendered, leaflet)) {
    outputs.push({ ...output, preflight: await preflightPdf({ bytes: output.bytes, format: output.format, fonts, rtl, content }) });
  }
  return { ok: true, fit: rendered.fit, outputs };
}

function noOrigin(): never {
  throw new Error('render job: the origin of a string is looked up by the build, not in a render worker');
}
