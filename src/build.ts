import { join, resolve } from 'node:path';
import { checkCoverage } from './check/coverage.ts';
import { loadProject } from './load/project.ts';
import { createLocalizer, type Localized } from './localize/index.ts';
import { messages } from './messages.ts';
import { ContentError, UsageError, type Problem } from './problems.ts';
import type { Project } from './project.ts';
import { renderPdf } from './render/index.ts';
import { formatIds, type FormatId } from './schema.ts';
import { validateProject } from './validate/index.ts';
import { removeOutputs, writeOutputs, type Built, type ManifestEntry, type Selection } from './write/index.ts';

export interface BuildOptions extends Selection {
  /** Project root holding content/, fonts/ and templates/. Default: the working directory. */
  root?: string;
  /** Where PDFs go. Default: <root>/output. */
  outDir?: string;
  /** Seconds since 1970 to stamp into PDFs instead of the leaflet's valid-from date. */
  sourceDateEpoch?: number | undefined;
  /** Called as each PDF is written, for progress output. */
  onBuilt?: (entry: ManifestEntry) => void;
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
  if (options.format && !(formatIds as readonly string[]).includes(options.format)) {
    throw new UsageError(messages.unknownFormat(options.format, formatIds));
  }
  let prepared: Prepared;
  try {
    prepared = await prepare(root, options);
  } catch (err) {
    if (err instanceof ContentError) await removeOutputs(outDir, options);
    throw err;
  }
  const built: Built[] = [];
  for (const { localized, target } of prepared.targets) {
    for (const format of target.formats) {
      const { bytes, pages } = await renderPdf({ root, fonts: prepared.project.fonts, leaflet: localized.leaflet, format });
      built.push({ leaflet: target.leaflet, locale: target.locale, format, status: localized.leaflet.status, pages, bytes });
    }
  }
  const entries = await writeOutputs(outDir, built);
  entries.forEach((e) => options.onBuilt?.(e));
  return entries;
}

/** Validates all content and checks glyph coverage for every leaflet × locale; renders nothing. */
export async function check(options: { root?: string } = {}): Promise<{ leaflets: number; locales: number }> {
  const { targets } = await prepare(resolve(options.root ?? process.cwd()), {});
  return { leaflets: new Set(targets.map((t) => t.target.leaflet)).size, locales: targets.length };
}

interface Prepared {
  project: Project;
  targets: Array<{ target: Target; localized: Localized }>;
}

async function prepare(root: string, options: BuildOptions): Promise<Prepared> {
  const raw = await loadProject(root);
  if (Array.isArray(raw)) throw new ContentError(raw);
  const { project, problems: invalid } = await validateProject(raw);
  const blocking = relevant(invalid, options);
  if (!project || blocking.length > 0) throw new ContentError(project ? blocking : invalid);

  const targets = selectTargets(project, options);
  const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : undefined;
  const localize = createLocalizer(project, date ? { date } : {});
  const problems: Problem[] = [];
  const prepared = targets.map((target) => {
    const localized = localize(target.leaflet, target.locale);
    problems.push(...checkCoverage(project, target.locale, localized.texts));
    return { target, localized };
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { project, targets: prepared };
}

/** With --leaflet, mistakes in other leaflets' files do not stop this one. */
function relevant(problems: Problem[], options: Selection): Problem[] {
  if (!options.leaflet) return problems;
  return problems.filter((p) => !p.file.startsWith('content/leaflets/') || p.file.startsWith(`content/leaflets/${options.leaflet}/`));
}

function selectTargets(project: Project, options: Selection): Target[] {
  const ids = [...project.leaflets.keys()];
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
  if (targets.length === 0) throw new UsageError(messages.nothingToBuild());
  return targets;
}
