import type { OutputFormat } from '../formats.ts';
import type { LocalizedChart } from '../localize/chart.ts';
import type { Localized } from '../localize/index.ts';
import type { PreflightResult } from '../preflight/index.ts';
import type { Project } from '../project.ts';
import type { CHART_FORMAT, FontsManifest, FormatId } from '../schema.ts';
import { toPortable, type PortableLeaflet } from './portable.ts';

/**
 * One PDF to make, with its companions: plain data, so it can run in a render worker or
 * in the build's own thread with the same result, byte for byte.
 */
export type RenderJob = LeafletJob | ChartJob;

export interface LeafletJob {
  kind: 'leaflet';
  root: string;
  fonts: FontsManifest;
  format: FormatId;
  leaflet: PortableLeaflet;
  /** What preflight needs to know (see PreflightContent): the strings without their origins. */
  preflight: { fontNames: string[]; texts: string[]; files: string[] };
  /** The result's contentPages from an earlier build, if known: a booklet then renders once, not twice. */
  contentPagesHint?: number;
}

export interface ChartJob {
  kind: 'chart';
  root: string;
  fonts: FontsManifest;
  chart: LocalizedChart;
  preflight: { fontNames: string[] };
}

export interface JobOutput {
  format: OutputFormat | typeof CHART_FORMAT;
  bytes: Uint8Array;
  pages: number;
  preflight: PreflightResult;
}

/** The finished, preflighted files, or a fixed panel that did not fit (the build turns it into a content problem). */
export type JobResult = (
  | { ok: true; fit: number; outputs: JobOutput[]; contentPages: number }
  | { ok: false; overflow: { panel: string; pages: number; limit: number; overflowMm: number } }
) & { stats: JobStats };

/** Where a job's time went (for `npm run bench`), and how often the shaping memo answered. */
export interface JobStats {
  renderMs: number;
  finishMs: number;
  preflightMs: number;
  shapingCalls: number;
  shapingHits: number;
}

/** The job for one leaflet × language × format. */
export function leafletJob(input: {
  root: string;
  project: Pick<Project, 'ui' | 'fonts'>;
  localized: Localized;
  format: FormatId;
  fontNames: string[];
  /** Files the build writes for this leaflet and language: where a QR code may lead. */
  files: Iterable<string>;
}): LeafletJob {
  const { root, project, localized, format } = input;
  return {
    kind: 'leaflet',
    root,
    fonts: project.fonts,
    format,
    leaflet: toPortable(localized.leaflet, project),
    preflight: { fontNames: input.fontNames, texts: localized.texts.map((t) => t.text), files: [...input.files] },
  };
}
