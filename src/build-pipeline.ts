import { resolve } from 'node:path';
import { affects, removalOf, scopeOf, summarize, withinSelection, type Refused, type Scope, type Slot } from './build-scope.ts';
import { codeFingerprint } from './cache/fingerprint.ts';
import { chartKey, forFormat, outputKey, type FontHashes } from './cache/keys.ts';
import { checkCoverage } from './check/coverage.ts';
import { loadProjectPartly } from './load/project.ts';
import { createLocalizer, type Localized } from './localize/index.ts';
import { messages } from './messages.ts';
import { ContentError, formatProblem, UsageError, type Problem } from './problems.ts';
import type { Project } from './project.ts';
import { OUTPUTS_OF } from './outputs.ts';
import { TEMPLATE_FILES } from './format-properties.ts';
import { preflightContent } from './preflight/inputs.ts';
import type { RenderJob } from './render-jobs.ts';
import { at } from './validate/at.ts';
import { CHART_FORMAT, CHART_ID, type FormatId } from './schema.ts';
import { localizeChart, type LocalizedChart } from './localize/chart.ts';
import { validateProject } from './validate/index.ts';
import { translationState } from './translation-state.ts';
import { translationGaps } from './translation-gaps.ts';
import { outputFile, outputReader, type Built, type ManifestEntry, type OutputTransaction, type Selection } from './write/index.ts';
import { listedOutputs } from './write/listed.ts';
import { manifestEntries } from './write/manifest.ts';

import type { BuildOptions, BuildReport } from './build.ts';

export interface Target {
  leaflet: string;
  locale: string;
  formats: FormatId[];
}

const filesOf = (slot: Slot) => (slot.leaflet === CHART_ID ? [outputFile(CHART_ID, 'mul', CHART_FORMAT)] : OUTPUTS_OF[slot.format as FormatId].map((o) => outputFile(slot.leaflet, slot.locale, o)));

/** The build with output/ open: what build() does when the fast path does not apply. */
export async function buildInto(output: OutputTransaction, root: string, options: BuildOptions): Promise<BuildReport> {
  const prepared = await prepareScoped(root, options);
  const refused: Refused[] = prepared.problems.map(({ problem, scope }) => ({ scope, problems: [problem] }));
  const project = prepared.project;
  if (!project) {
    // Shared files could not be read: nothing can be built, and nothing of the selection is kept.
    const removed = await output.remove(options);
    // The summary counts the removed files once, with the first mistake every PDF depends on.
    const first = refused.find((r) => r.scope.all) ?? refused[0];
    const removedBy = new Map(first ? [[first, removed]] : []);
    throw new ContentError(
      refused.flatMap((r) => r.problems),
      0,
      summarize(refused, [], filesOf, removedBy, messages.partlyBuilt(0, 0)),
    );
  }
  const code = codeFingerprint(options.codeDir, options.codeDir !== undefined);
  const existing = new Map((await manifestEntries(output.outDir)).map((e) => [e.file, e]));
  const fontHashes: FontHashes = new Map();
  const jobs: RenderJob[] = [];
  const unchanged: ManifestEntry[] = [];
  const heldForRelease: Array<{ slot: Slot; key: string }> = [];
  const current = (files: string[], key: string) => files.every((f) => existing.get(f)?.cacheKey === key);
  for (const { target, localized } of prepared.ready) {
    const meta = project.leaflets.get(target.leaflet)!.meta.value;
    // Where a QR code may lead: the files this build writes for the leaflet in this language.
    const qrFiles = preflightContent(meta, localized).files;
    for (const format of target.formats) {
      const slot = { leaflet: target.leaflet, locale: target.locale, format };
      const key = outputKey({ code, project, leaflet: localized.leaflet, format, template: TEMPLATE_FILES[format], qrFiles, fonts: fontHashes });
      if (prepared.problems.some((p) => p.scope.release && affects(p.scope, slot))) {
        heldForRelease.push({ slot, key });
        continue;
      }
      const files = filesOf(slot);
      if (!options.force && current(files, key)) {
        unchanged.push(...files.map((f) => existing.get(f)!));
        continue;
      }
      jobs.push({ kind: 'leaflet', leaflet: target.leaflet, locale: target.locale, format, key, meta, ui: project.ui, localized: { ...localized, leaflet: forFormat(localized.leaflet, format) } });
    }
  }
  if (prepared.chart) {
    const key = chartKey({ code, project, chart: prepared.chart, template: TEMPLATE_FILES[CHART_FORMAT], fonts: fontHashes });
    const file = outputFile(CHART_ID, 'mul', CHART_FORMAT);
    if (!options.force && current([file], key)) unchanged.push(existing.get(file)!);
    else jobs.push({ kind: 'chart', leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT, key, chart: prepared.chart });
  }
  options.onPlan?.({ render: jobs.reduce((n, j) => n + filesOf(j).length, 0), unchanged: unchanged.length });

  const built: Built[] = [];
  if (jobs.length > 0) {
    // Loaded only when something is rendered: react-pdf, pdf.js and the templates are large.
    const { renderOutputs } = await import('./render-jobs.ts');
    const results = await renderOutputs(jobs, {
      root,
      fonts: project.fonts,
      threads: options.threads,
      onDone: (r) =>
        options.onRendered?.({ leaflet: r.job.leaflet, locale: r.job.locale, format: r.job.format, files: filesOf(r.job).length, passed: 'outputs' in r && r.refusals.length === 0 }),
    });
    for (const result of results) {
      const { job } = result;
      const scope: Scope = { leaflet: job.leaflet, locale: job.locale, format: job.format };
      if ('overflow' in result) {
        const meta = project.leaflets.get(job.leaflet)!.meta;
        const field = job.format === 'trifold-dl' ? 'short' : job.format === 'card' ? 'card' : job.format.startsWith('flyer') ? 'flyer' : 'contacts';
        refused.push({ scope, problems: [{ ...at(meta.file, [field]), message: messages.panelOverflow(result.overflow, job.format, job.locale) }] });
        continue;
      }
      result.warnings.forEach((p) => options.onWarning?.(formatProblem(p)));
      if (result.refusals.length > 0) refused.push({ scope, problems: result.refusals });
      else built.push(...result.outputs);
    }
  }
  // A file left as it is says again what its preflight warned of.
  for (const e of unchanged) e.warnings?.forEach((w) => options.onWarning?.(w));
  const base = project.publishing?.value.onlineBaseUrl;
  if (base && /^https:\/\/([^/]+\.)?example\.(org|com|net)\//.test(base) && [...built, ...unchanged].some((b) => b.format === 'card')) {
    options.onWarning?.(messages.placeholderUrl(base));
  }
  const { entries, removed, all } = await output.write(built, listedOutputs(project));
  entries.forEach((e) => options.onBuilt?.(e));
  if (removed.length > 0) options.onPruned?.(removed);

  // What a problem stops is removed, so that no older copy passes for current; a release
  // refusal keeps the files of a draft of this very content (they say "draft" on every page).
  const removedBy = new Map<Refused, string[]>();
  const held = new Map<Refused, string[]>();
  for (const r of refused) {
    if (r.scope.release) continue;
    const files = await output.remove(removalOf(r.scope, options));
    if (r.scope.chart && prepared.wantsChart) files.push(...(await output.remove({ leaflet: CHART_ID })));
    removedBy.set(r, files);
  }
  for (const h of heldForRelease) {
    const owner = refused.find((r) => r.scope.release && affects(r.scope, h.slot))!;
    const files = filesOf(h.slot);
    if (current(files, h.key)) held.set(owner, [...(held.get(owner) ?? []), ...files]);
    else removedBy.set(owner, [...(removedBy.get(owner) ?? []), ...(await output.remove(h.slot))]);
  }
  // The HTML edition (output/site/), for a project that publishes online: from every PDF
  // now in output/, none of those a problem just removed.
  if (project.publishing) {
    const gone = new Set([...removedBy.values()].flat());
    const pdfs = all.filter((e) => !gone.has(e.file));
    const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : undefined;
    // Loaded only here: React's server renderer, HarfBuzz and the canvas cost a start-up nothing else needs.
    const { projectSite } = await import('./site/index.ts');
    const skip = (leaflet: string, locale: string) => prepared.blocked.some((scope) => affects(scope, { leaflet, locale, format: 'site' }));
    await output.writeSite(await projectSite(project, { pdfs, read: outputReader(output.outDir), skip, ...(date ? { date } : {}) }));
  }
  if (refused.length > 0) {
    throw new ContentError(
      refused.flatMap((r) => r.problems),
      entries.length + unchanged.length,
      summarize(refused, prepared.slots, filesOf, removedBy, messages.partlyBuilt(entries.length, unchanged.length), held),
    );
  }
  return { entries: [...entries, ...unchanged].sort((a, b) => a.file.localeCompare(b.file)), written: entries, unchanged };
}

/** See check() in build.ts. */
export async function check(options: { root?: string; onGap?: (line: string) => void } = {}): Promise<{ leaflets: number; locales: number }> {
  const { targets } = await prepare(resolve(options.root ?? process.cwd()), options.onGap ? { onGap: options.onGap } : {});
  return { leaflets: new Set(targets.map((t) => t.target.leaflet)).size, locales: targets.length };
}

export interface Prepared {
  project: Project;
  targets: Array<{ target: Target; localized: Localized }>;
  /** The language chart, when this build includes it. */
  chart?: LocalizedChart;
}

/** See prepare() in build.ts. */
export async function prepare(root: string, options: BuildOptions): Promise<Prepared> {
  const scoped = await prepareScoped(root, options);
  if (!scoped.project || scoped.problems.length > 0) throw new ContentError(scoped.problems.map((p) => p.problem));
  return { project: scoped.project, targets: scoped.ready, ...(scoped.chart ? { chart: scoped.chart } : {}) };
}

interface ScopedPreparation {
  /** Absent when shared files have mistakes: then nothing can be built. */
  project?: Project;
  /** Every leaflet × language × format the selection asks for (and the chart). */
  slots: Slot[];
  /** Targets with no problem in anything they depend on, localized and glyph-checked (and those refused for release). */
  ready: Array<{ target: Target; localized: Localized }>;
  chart?: LocalizedChart;
  /** Whether the selection includes the language chart (built or not). */
  wantsChart: boolean;
  /** Every problem within the selection, with what it stops. */
  problems: Array<{ problem: Problem; scope: Scope }>;
  /**
   * What every content problem stops, in or out of the selection: the site (which shows
   * every leaflet and language) leaves those texts out until they are put right.
   */
  blocked: Scope[];
}

/**
 * prepare() with each problem scoped to what it stops (src/build-scope.ts): targets no
 * problem touches are localized and checked as usual. Problems outside the selection
 * (another leaflet, another language) are not reported.
 */
async function prepareScoped(root: string, options: BuildOptions): Promise<ScopedPreparation> {
  const loaded = await loadProjectPartly(root);
  const validated = loaded.raw ? await validateProject(loaded.raw) : { problems: [] as Problem[] };
  const project = validated.project;
  // A file that could not be read is reported once, by why: not also as missing or incomplete.
  const unread = new Set(loaded.problems.map((p) => p.file));
  const all = [...loaded.problems, ...validated.problems.filter((p) => !unread.has(p.file))];
  if (!project) {
    // A shared file has a mistake: everything depends on it.
    const scope = (problem: Problem): Scope => (problem.file.startsWith('content/leaflets/') ? scopeOf(problem, undefined) : { all: true, file: problem.file });
    return { slots: [], ready: [], wantsChart: false, problems: all.map((problem) => ({ problem, scope: scope(problem) })), blocked: [] };
  }
  const scoped = all.map((problem) => ({ problem, scope: scopeOf(problem, project) }));
  const problems = scoped.filter((p) => withinSelection(p.scope, options));

  // The chart's sentences are ui strings, which carry no review status: never released.
  const wantsChart = Boolean(project.chart) && !options.release && !options.locale && (!options.leaflet || options.leaflet === CHART_ID) && (!options.format || options.format === CHART_FORMAT);
  let targets: Target[] = [];
  try {
    targets = options.leaflet === CHART_ID ? [] : selectTargets(project, options);
  } catch (err) {
    // A leaflet whose leaflet.yaml has a mistake is not in the project: the mistake says why.
    if (!(err instanceof UsageError) || problems.length === 0) throw err;
  }
  const slots: Slot[] = targets.flatMap((t) => t.formats.map((format) => ({ leaflet: t.leaflet, locale: t.locale, format })));
  if (wantsChart) slots.push({ leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT });
  // A target is localized unless a problem stops every format of it.
  const stopped = (slot: Slot) => problems.some((p) => affects(p.scope, slot));
  const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : undefined;
  const localize = createLocalizer(project, date ? { date } : {});
  translationGaps(project, targets).forEach((line) => options.onGap?.(line));
  const ready: ScopedPreparation['ready'] = [];
  for (const target of targets) {
    const formats = target.formats.filter((format) => !stopped({ leaflet: target.leaflet, locale: target.locale, format }));
    if (formats.length === 0) continue;
    const scope: Scope = { leaflet: target.leaflet, locale: target.locale };
    const localized = localize(target.leaflet, target.locale);
    const missing = checkCoverage(project, target.locale, localized.texts);
    problems.push(...missing.map((problem) => ({ problem, scope })));
    if (missing.length > 0) continue;
    if (options.release) {
      const leaflet = project.leaflets.get(target.leaflet)!;
      const state = translationState(leaflet, target.locale);
      // Refused for release, but localized: a draft of this very content may stay in output/.
      if (!state.releasable) problems.push({ problem: { file: leaflet.texts.get(target.locale)!.file.file, message: messages.notReleasable(state) }, scope: { ...scope, release: true } });
    }
    ready.push({ target: { ...target, formats }, localized });
  }
  let chart: LocalizedChart | undefined;
  if (wantsChart && !stopped({ leaflet: CHART_ID, locale: 'mul', format: CHART_FORMAT })) {
    const localized = localizeChart(project, date ? { date } : {});
    const missing = [...localized.texts].flatMap(([code, texts]) => checkCoverage(project, code, texts));
    problems.push(...missing.map((problem) => ({ problem, scope: { leaflet: CHART_ID } })));
    if (missing.length === 0) chart = localized.chart;
  }
  // Content problems (not those of one format): a text that does not localize cleanly.
  const blocked = [...scoped, ...problems.filter((p) => !scoped.includes(p))].map((p) => p.scope).filter((scope) => scope.format === undefined && !scope.release);
  return { project, slots, ready, wantsChart, problems, blocked, ...(chart ? { chart } : {}) };
}

function selectTargets(project: Project, options: Selection): Target[] {
  const ids = [...project.leaflets.keys(), ...(project.chart ? [CHART_ID] : [])];
  if (options.leaflet && !project.leaflets.has(options.leaflet)) throw new UsageError(messages.unknownLeaflet(options.leaflet, ids));
  if (options.locale && !options.leaflet && ![...project.leaflets.values()].some((l) => l.meta.value.locales.includes(options.locale ?? ''))) {
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
