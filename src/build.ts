import { join, resolve } from 'node:path';
import { checkCoverage } from './check/coverage.ts';
import { loadProject } from './load/project.ts';
import { createLocalizer, type Localized } from './localize/index.ts';
import { messages } from './messages.ts';
import { ContentError, formatProblem, UsageError, type Problem } from './problems.ts';
import type { Project, Sourced } from './project.ts';
import { TEMPLATE_FILES } from './format-properties.ts';
import type { PreflightContent } from './preflight/index.ts';
import { manifestFontNames, preflightContent } from './preflight/inputs.ts';
import { leafletJob, type RenderJob } from './render/jobs.ts';
import { renderOutputs } from './render/pool.ts';
import { at } from './validate/at.ts';
import { CHART_FORMAT, CHART_ID, formatIds, type FormatId, type Leaflet } from './schema.ts';
import { localizeChart, type LocalizedChart } from './localize/chart.ts';
import { validateProject } from './validate/index.ts';
import { UI_SOURCE_LOCALE } from './validate/ui-strings.ts';
import { translationState } from './translation-state.ts';
import { withOutput, type Built, type ManifestEntry, type OutputOptions, type OutputTransaction, type Selection } from './write/index.ts';
import { listedOutputs } from './write/listed.ts';
import { validSourceDateEpoch } from './source-date.ts';

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
  /** Render workers (see renderOutputs): default one per core; 1 renders in this thread. */
  threads?: number | undefined;
}

export interface Target {
  leaflet: string;
  locale: string;
  formats: FormatId[];
}

/**
 * Loads, validates and localizes content, checks every glyph, and (unless `render` is
 * false) renders and writes the selected PDFs. Content mistakes throw a ContentError
 * with every problem; nothing is written for the selection then, and older PDFs of the
 * selection are removed so none can pass for current.
 */
export async function build(options: BuildOptions = {}): Promise<ManifestEntry[]> {
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
  return withOutput(outDir, { ...options, selection: options }, (output) => buildInto(output, root, options));
}

async function buildInto(output: OutputTransaction, root: string, options: BuildOptions): Promise<ManifestEntry[]> {
  let prepared: Prepared;
  try {
    prepared = await prepare(root, options);
  } catch (err) {
    if (err instanceof ContentError) await output.remove(options);
    throw err;
  }
  const built: Built[] = [];
  const problems: Problem[] = [];
  // Preflight's refusals stop only the PDFs concerned; content and fit problems stop all.
  const refused: Problem[] = [];
  const refusedFormats: Selection[] = [];
  const fonts = [...manifestFontNames(root, prepared.project.fonts)];
  // Each job's leaflet and text origins stay here: findings become problems in this thread.
  const jobs: RenderJob[] = [];
  const about: Array<{ target: Target; localized: Localized; content: PreflightContent; meta: Sourced<Leaflet> } | undefined> = [];
  if (prepared.chart) {
    jobs.push({ kind: 'chart', root, fonts: prepared.project.fonts, chart: prepared.chart, preflight: { fontNames: fonts } });
    about.push(undefined);
  }
  for (const { localized, target } of prepared.targets) {
    const meta = prepared.project.leaflets.get(target.leaflet)!.meta;
    const content = preflightContent(meta.value, localized);
    for (const format of target.formats) {
      jobs.push(leafletJob({ root, project: prepared.project, localized, format, fontNames: fonts, files: content.files }));
      about.push({ target, localized, content, meta });
    }
  }
  const results = await renderOutputs(jobs, { threads: options.threads });
  // Loaded only when preflight found something: the main thread never loads pdf.js, the
  // renderer or their fonts for a build whose PDFs all passed (memory: see README "Speed").
  const problemsOf: typeof import('./preflight/index.ts').problemsOf = (findings, where) =>
    findings.length === 0 ? { refusals: [], warnings: [] } : loadedProblemsOf!(findings, where);
  const loadedProblemsOf = results.some((r) => r.ok && r.outputs.some((o) => o.preflight.findings.length > 0)) ? (await import('./preflight/index.ts')).problemsOf : undefined;
  for (const [i, result] of results.entries()) {
    const job = jobs[i]!;
    const it = about[i];
    if (!it || job.kind === 'chart') {
      const [chart] = result.ok ? result.outputs : [];
      if (!chart) continue;
      if (chart.preflight.figures.passed) built.push({ leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, status: 'machine', draft: true, pages: chart.pages, bytes: chart.bytes, fit: 1, preflight: chart.preflight.figures });
      else {
        refused.push(...problemsOf(chart.preflight.findings, { leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, template: TEMPLATE_FILES[CHART_FORMAT] }).refusals);
        refusedFormats.push({ leaflet: CHART_ID, format: CHART_FORMAT });
      }
      continue;
    }
    const { target, localized, content, meta } = it;
    const format = job.format;
    if (!result.ok) {
      const field = format === 'trifold-dl' ? 'short' : format === 'card' ? 'card' : 'contacts';
      problems.push({ ...at(meta.file, [field]), message: messages.panelOverflow(result.overflow, format, target.locale) });
      continue;
    }
    const outputs: Built[] = [];
    const refusals: Problem[] = [];
    for (const output of result.outputs) {
      if (output.format === CHART_FORMAT) continue;
      const where = { leaflet: target.leaflet, locale: target.locale, format: output.format, template: TEMPLATE_FILES[output.format], content };
      const found = problemsOf(output.preflight.findings, where);
      refusals.push(...found.refusals);
      found.warnings.forEach((p) => options.onWarning?.(formatProblem(p)));
      outputs.push({ leaflet: target.leaflet, locale: target.locale, status: localized.leaflet.status, draft: localized.leaflet.draft, fit: result.fit, format: output.format, bytes: output.bytes, pages: output.pages, preflight: output.preflight.figures });
    }
    // A format's companions are its pages again: one refused, all refused.
    if (refusals.length > 0) {
      refused.push(...refusals);
      refusedFormats.push({ leaflet: target.leaflet, locale: target.locale, format });
    } else built.push(...outputs);
  }
  if (problems.length > 0) {
    await output.remove(options);
    throw new ContentError([...problems, ...refused]);
  }
  const base = prepared.project.publishing?.value.onlineBaseUrl;
  if (base && /^https:\/\/([^/]+\.)?example\.(org|com|net)\//.test(base) && built.some((b) => b.format === 'card')) {
    options.onWarning?.(messages.placeholderUrl(base));
  }
  const { entries, removed } = await output.write(built, listedOutputs(prepared.project));
  entries.forEach((e) => options.onBuilt?.(e));
  if (removed.length > 0) options.onPruned?.(removed);
  if (refused.length > 0) {
    for (const selection of refusedFormats) await output.remove(selection);
    throw new ContentError(refused, entries.length);
  }
  return entries;
}

/** Validates all content and checks glyph coverage for every leaflet × locale; renders nothing. */
export async function check(options: { root?: string } = {}): Promise<{ leaflets: number; locales: number }> {
  const { targets } = await prepare(resolve(options.root ?? process.cwd()), {});
  return { leaflets: new Set(targets.map((t) => t.target.leaflet)).size, locales: targets.length };
}

export interface Prepared {
  project: Project;
  targets: Array<{ target: Target; localized: Localized }>;
  /** The language chart, when this build includes it. */
  chart?: LocalizedChart;
}

/**
 * Loads, validates and localizes the selection, and checks every glyph: everything a
 * build does before rendering. Content mistakes throw a ContentError.
 */
export async function prepare(root: string, options: BuildOptions): Promise<Prepared> {
  const raw = await loadProject(root);
  if (Array.isArray(raw)) throw new ContentError(raw);
  const { project, problems: invalid } = await validateProject(raw);
  const blocking = relevant(invalid, options);
  if (!project || blocking.length > 0) throw new ContentError(project ? blocking : invalid);

  // The chart's sentences are ui strings, which carry no review status: never released.
  const wantsChart = Boolean(project.chart) && !options.release && !options.locale && (!options.leaflet || options.leaflet === CHART_ID) && (!options.format || options.format === CHART_FORMAT);
  const targets = options.leaflet === CHART_ID ? [] : selectTargets(project, options);
  const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : undefined;
  const localize = createLocalizer(project, date ? { date } : {});
  const problems: Problem[] = [];
  if (options.release) {
    for (const target of targets) {
      const state = translationState(project.leaflets.get(target.leaflet)!, target.locale);
      if (!state.releasable) problems.push({ file: project.leaflets.get(target.leaflet)!.texts.get(target.locale)!.file.file, message: messages.notReleasable(state) });
    }
  }
  const prepared = targets.map((target) => {
    const localized = localize(target.leaflet, target.locale);
    problems.push(...checkCoverage(project, target.locale, localized.texts));
    return { target, localized };
  });
  let chart: LocalizedChart | undefined;
  if (wantsChart) {
    const localized = localizeChart(project, date ? { date } : {});
    for (const [code, texts] of localized.texts) problems.push(...checkCoverage(project, code, texts));
    chart = localized.chart;
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { project, targets: prepared, ...(chart ? { chart } : {}) };
}

/**
 * With --leaflet or --locale, mistakes in files of other leaflets or other languages do
 * not stop this build; mistakes in shared files (contacts, locales, fonts) always do.
 */
function relevant(problems: Problem[], options: Selection): Problem[] {
  return problems.filter((p) => {
    const leaflet = p.scope?.leaflet ?? /^content\/leaflets\/([^/]+)\//.exec(p.file)?.[1];
    const locale = p.scope ? p.scope.locale : /^content\/(?:ui|leaflets\/[^/]+)\/([^/]+)\.yaml$/.exec(p.file)?.[1];
    if (options.leaflet && leaflet && leaflet !== options.leaflet) return false;
    if (options.locale && locale && locale !== 'leaflet' && locale !== options.locale && locale !== UI_SOURCE_LOCALE) return false;
    return true;
  });
}

function selectTargets(project: Project, options: Selection): Target[] {
  const ids = [...project.leaflets.keys(), ...(project.chart ? [CHART_ID] : [])];
  if (options.leaflet && !project.leaflets.has(options.leaflet)) throw new UsageError(messages.unknownLeaflet(options.leaflet, ids));
  if (options.locale && ![...project.leaflets.values()].some((l) => l.meta.value.locales.includes(options.locale ?? ''))) {
    const all = [...new Set([...project.leaflets.values()].flatMap((l) => l.meta.value.locales))];
    throw new UsageError(messages.unknownLocaleOption(options.locale, all));
  }
  const targets: Target[] = [];
  for (const [id, leaflet] of project.leaflets) {
    if (options.leaflet && options.leaflet !== id) continue;
    const meta = leaflet.meta.value;
    if (options.leaflet && options.locale && !meta.locales.includes(options.locale)) {
      throw new UsageError(messages.localeNotInLeaflet(options.locale, id, meta.locales));
    }
    const formats = meta.formats.filter((f) => !options.format || f === options.format);
    for (const locale of meta.locales) {
      if (options.locale && options.locale !== locale) continue;
      if (formats.length > 0) targets.push({ leaflet: id, locale, formats });
    }
  }
  if (targets.length === 0 && !(project.chart && !options.locale && (!options.format || options.format === CHART_FORMAT))) {
    throw new UsageError(messages.nothingToBuild());
  }
  return targets;
}
