import { messages } from './messages.ts';
import type { Problem } from './problems.ts';
import type { Project } from './project.ts';
import { CHART_ID } from './schema.ts';
import { UI_SOURCE_LOCALE } from './validate/ui-strings.ts';
import type { Selection } from './write/index.ts';

/**
 * What a problem stops: the outputs that depend on the file (or the leaflet × language)
 * it is in. A mistake in one translation stops that language of that leaflet; in a
 * leaflet's source text or leaflet.yaml, every language of it; in a ui file, that language
 * of every leaflet and the language chart; in a shared file (contacts, locales, fonts,
 * publishing), everything.
 */
export interface Scope {
  all?: boolean;
  leaflet?: string;
  locale?: string;
  format?: string;
  /** The language chart depends on it too (it lists every leaflet's languages in ui words). */
  chart?: boolean;
  /** Only for a release build: the files of a current draft may stay. */
  release?: boolean;
  /** The shared file, for the summary of an `all` scope. */
  file?: string;
}

/** Problems that stopped the PDFs of one scope. */
export interface Refused {
  scope: Scope;
  problems: Problem[];
}

export interface Slot {
  leaflet: string;
  locale: string;
  format: string;
}

export function scopeOf(p: Problem, project: Project | undefined): Scope {
  if (p.scope) return { leaflet: p.scope.leaflet, ...(p.scope.locale ? { locale: p.scope.locale } : {}) };
  const leafletFile = /^content\/leaflets\/([^/]+)\/(.+)$/.exec(p.file);
  if (leafletFile) {
    const [, id, name] = leafletFile as unknown as [string, string, string];
    if (name === 'leaflet.yaml') return { leaflet: id, chart: true };
    const code = /^([^/]+)\.yaml$/.exec(name)?.[1];
    const source = project?.leaflets.get(id)?.meta.value.sourceLocale;
    // The source text gives every translation its structure and its untranslated units.
    return code && source && code !== source ? { leaflet: id, locale: code } : { leaflet: id };
  }
  const ui = /^content\/ui\/([^/]+)\.yaml$/.exec(p.file)?.[1];
  if (ui && ui !== UI_SOURCE_LOCALE) return { locale: ui, chart: true };
  if (p.file === 'content/language-chart.yaml') return { leaflet: CHART_ID };
  return { all: true, file: p.file };
}

/** Whether a problem of this scope stops this output. */
export function affects(scope: Scope, slot: Slot): boolean {
  if (scope.all) return true;
  if (slot.leaflet === CHART_ID) return Boolean(scope.chart) || scope.leaflet === CHART_ID;
  return (
    scope.leaflet !== CHART_ID &&
    (scope.leaflet === undefined || scope.leaflet === slot.leaflet) &&
    (scope.locale === undefined || scope.locale === slot.locale) &&
    (scope.format === undefined || scope.format === slot.format)
  );
}

/** Whether a problem of this scope concerns anything the command line asked for. */
export function withinSelection(scope: Scope, selection: Selection): boolean {
  if (scope.all) return true;
  if (scope.leaflet === CHART_ID) return !selection.locale && (!selection.leaflet || selection.leaflet === CHART_ID);
  if (selection.leaflet && scope.leaflet && scope.leaflet !== selection.leaflet && !(scope.chart && selection.leaflet === CHART_ID)) return false;
  if (selection.locale && scope.locale && scope.locale !== selection.locale) return false;
  if (selection.format && scope.format && scope.format !== selection.format && !scope.format.startsWith(`${selection.format}-`)) return false;
  return true;
}

/** The selection of output/ files a scope covers, within the command line's selection. */
export function removalOf(scope: Scope, selection: Selection): Selection {
  if (scope.all) return selection;
  return {
    leaflet: scope.leaflet ?? selection.leaflet,
    locale: scope.locale ?? selection.locale,
    format: scope.format ?? selection.format,
  };
}

/** How the summary names a scope: "no-work-rights nb", "every leaflet in nb", "content/contacts.yaml, which every PDF uses". */
export function scopeName(scope: Scope): string {
  if (scope.all) return `${scope.file ?? 'a shared file'}, which every PDF depends on`;
  if (scope.leaflet === CHART_ID) return CHART_ID;
  const parts = [scope.leaflet, scope.locale, scope.format].filter(Boolean).join(' ');
  if (!scope.leaflet) return `every leaflet in ${scope.locale}`;
  return scope.locale ? parts : `${parts} (every language)`;
}

/** One line per scope a problem stopped: how many problems, which PDFs were not built, which removed. */
export function summarize(refused: Refused[], slots: Slot[], filesOf: (slot: Slot) => string[], removedBy: Map<Refused, string[]>, built: string, held = new Map<Refused, string[]>()): string[] {
  const groups = new Map<string, { scope: Scope; problems: number; removed: Set<string>; kept: Set<string> }>();
  for (const r of refused) {
    const name = scopeName(r.scope);
    const g = groups.get(name) ?? { scope: r.scope, problems: 0, removed: new Set<string>(), kept: new Set<string>() };
    g.problems += r.problems.length;
    for (const f of removedBy.get(r) ?? []) g.removed.add(f);
    for (const f of held.get(r) ?? []) g.kept.add(f);
    groups.set(name, g);
  }
  const lines = [...groups].map(([name, g]) => {
    const files = new Set(slots.filter((s) => affects(g.scope, s)).flatMap(filesOf));
    return messages.scopeRefused(g.problems, name, Math.max(0, files.size - g.kept.size), g.removed.size, g.kept.size, g.scope.release);
  });
  // A mistake every PDF depends on says so, and nothing more.
  if ([...groups.values()].every((g) => g.scope.all)) return lines;
  // One scope: one line, "1 problem in mini ru: its 2 PDFs not built and removed; 2 PDFs built".
  return lines.length === 1 ? [`${lines[0]}; ${built}`] : [...lines, `${built}.`];
}
