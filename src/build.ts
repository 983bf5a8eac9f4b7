import { join, resolve } from 'node:path';
import type { Prepared } from './build-pipeline.ts';
import { inputsHash, remember, unchangedSince } from './cache/fast-path.ts';
import { messages } from './messages.ts';
import { UsageError } from './problems.ts';
import { CHART_FORMAT, formatIds } from './schema.ts';
import { validSourceDateEpoch } from './source-date.ts';
import { withOutput, type ManifestEntry, type OutputOptions, type Selection } from './write/index.ts';

export type { Prepared, Target } from './build-pipeline.ts';

export interface BuildOptions extends Selection, OutputOptions {
  /** Project root holding content/, fonts/ and templates/. Default: the working directory. */
  root?: string;
  /** Where PDFs go. Default: <root>/output. */
  outDir?: string;
  /** Seconds since 1970 to stamp into PDFs instead of the leaflet's valid-from date. */
  sourceDateEpoch?: number | undefined;
  /** Called as each PDF is written, for progress output. */
  onBuilt?: (entry: ManifestEntry) => void;
  /** Called with things worth knowing that do not stop the build. */
  onWarning?: (message: string) => void;
  /**
   * Release build: refuse every leaflet × language with a unit that is missing, stale,
   * or not reviewed or approved. Released PDFs carry no draft line.
   */
  release?: boolean;
  /** Called with the PDFs removed because their leaflet no longer lists that language or format. */
  onPruned?: (files: string[]) => void;
  /** Called once per leaflet × language with missing or stale units (src/translation-gaps.ts). */
  onGap?: (line: string) => void;
  /**
   * Render workers: default one per available core (and LEAFLETS_THREADS=N for the CLI); 1
   * renders in this thread. The PDFs are the same bytes either way.
   */
  threads?: number | undefined;
  /** Render every selected PDF, even those whose cache key and file are unchanged. */
  force?: boolean;
  /** Called once the build knows how many PDFs it renders and how many it leaves as they are. */
  onPlan?: (plan: { render: number; unchanged: number }) => void;
  /** Called as each leaflet × language × format is rendered and preflighted (before anything is written). */
  onRendered?: (done: { leaflet: string; locale: string; format: string; files: number; passed: boolean }) => void;
  /** Test seam: the folder whose src/ and templates/ the cache keys hash (then read afresh each build). */
  codeDir?: string;
}

/** What a build did: every PDF of the selection now in output/, and which of them it wrote. */
export interface BuildReport {
  /** Every PDF of the selection in output/ after the build (written or left as it was). */
  entries: ManifestEntry[];
  /** The PDFs this build rendered and wrote. */
  written: ManifestEntry[];
  /** The PDFs whose cache key and bytes were unchanged: not rendered, not rewritten. */
  unchanged: ManifestEntry[];
}

/**
 * Loads, validates and localizes content, checks every glyph, and renders and writes the
 * selected PDFs whose cache key changed (src/cache/). A content mistake stops only the
 * PDFs that depend on it (src/build-scope.ts): the others are built, the ones it stops are
 * removed from output/ so none can pass for current, and a ContentError then carries
 * every problem and the summary.
 */
export async function build(options: BuildOptions = {}): Promise<ManifestEntry[]> {
  return (await buildWithReport(options)).entries;
}

/** As build(), telling what was written and what was left unchanged. */
export async function buildWithReport(options: BuildOptions = {}): Promise<BuildReport> {
  const root = resolve(options.root ?? process.cwd());
  const outDir = options.outDir ?? join(root, 'output');
  if (options.format && ![...formatIds, CHART_FORMAT].includes(options.format)) {
    throw new UsageError(messages.unknownFormat(options.format, [...formatIds, CHART_FORMAT]));
  }
  const epoch = options.sourceDateEpoch;
  if (epoch !== undefined && !validSourceDateEpoch(epoch)) {
    throw new UsageError(messages.sourceDateEpoch(String(epoch)));
  }
  // One build at a time in output/, written as a transaction (see src/write/transaction.ts).
  return withOutput(outDir, { ...options, selection: options }, async (output) => {
    // Hashed before anything is read (and again after: a file saved during the build is
    // never recorded as built).
    const inputs = await inputsHash(root, options.codeDir);
    const same = options.force ? undefined : await unchangedSince(output.outDir, inputs, options);
    if (same) {
      options.onPlan?.({ render: 0, unchanged: same.entries.length });
      same.warnings.forEach((w) => options.onWarning?.(w));
      return { entries: same.entries, written: [], unchanged: same.entries };
    }
    const warnings: string[] = [];
    const onWarning = (w: string) => {
      warnings.push(w);
      options.onWarning?.(w);
    };
    // The pipeline (validation, localization, rendering) loads only when there is work.
    const { buildInto } = await import('./build-pipeline.ts');
    const report = await buildInto(output, root, { ...options, onWarning });
    if ((await inputsHash(root, options.codeDir)) === inputs) await remember(output.outDir, inputs, options, report.entries, warnings);
    return report;
  });
}

/** Validates all content and checks glyph coverage for every leaflet × locale; renders nothing. */
export async function check(options: { root?: string; onGap?: (line: string) => void } = {}): Promise<{ leaflets: number; locales: number }> {
  return (await import('./build-pipeline.ts')).check(options);
}

/**
 * Loads, validates and localizes the selection, and checks every glyph: everything a
 * build does before rendering. Content mistakes throw a ContentError.
 */
export async function prepare(root: string, options: BuildOptions): Promise<Prepared> {
  return (await import('./build-pipeline.ts')).prepare(root, options);
}

