import { messages } from './messages.ts';
import type { Project } from './project.ts';
import { translationState } from './translation-state.ts';

/**
 * One line per leaflet × language with units missing or stale, for `check` and `build`:
 * "kom-possible-victims fil: 43 of 89 units missing, printed in English". An incomplete
 * translation builds (as a draft), but never silently.
 */
export function translationGaps(project: Project, targets: ReadonlyArray<{ leaflet: string; locale: string }>): string[] {
  const lines: string[] = [];
  for (const { leaflet: id, locale } of targets) {
    const leaflet = project.leaflets.get(id);
    if (!leaflet || locale === leaflet.meta.value.sourceLocale) continue;
    const state = translationState(leaflet, locale);
    const source = project.locales.get(leaflet.meta.value.sourceLocale)?.name ?? leaflet.meta.value.sourceLocale;
    // A unit with no record of its English was never stamped; one with a record that differs is stale.
    const records = leaflet.texts.get(locale)?.value.translation.units ?? {};
    const unstamped = state.stale.filter((unit) => records[unit] === undefined).length;
    const changed = state.stale.length - unstamped;
    const parts = [
      ...(state.missing.length ? [`${state.missing.length} of ${state.total} units missing, printed in ${source}`] : []),
      ...(changed ? [`${changed} of ${state.total} units stale (the ${source} changed since they were translated)`] : []),
      ...(unstamped ? [`${unstamped} of ${state.total} units with no record of the ${source} they were translated from (npx leaflets stamp --leaflet ${id} --locale ${locale} records it)`] : []),
    ];
    if (parts.length) lines.push(`${id} ${locale}: ${parts.join('; ')}`);
  }
  // A translation file its leaflet does not list is never built: named, with the line to
  // write, but not a mistake (a language may be left out of a leaflet for a while).
  for (const id of new Set(targets.map((t) => t.leaflet))) {
    const leaflet = project.leaflets.get(id);
    if (!leaflet) continue;
    const { value: meta, file } = leaflet.meta;
    if (!meta.locales.every((code) => project.locales.has(code))) continue; // then the file is likely the one meant
    for (const code of leaflet.files) {
      if (code === meta.sourceLocale || meta.locales.includes(code)) continue;
      lines.push(`${file.file.replace(/leaflet\.yaml$/, '')}${code}.yaml: ${messages.authoring.strayTranslation(code, file.file, [...meta.locales, code])}`);
    }
  }
  return lines;
}
