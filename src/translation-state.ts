import type { ProjectLeaflet } from './project.ts';
import type { TranslationStatus } from './schema.ts';
import { sourceHash, textUnits } from './text-units.ts';

/** Statuses a leaflet may be released with. */
const RELEASABLE: TranslationStatus[] = ['source', 'reviewed', 'approved'];

/** Where one language of a leaflet stands, unit by unit. */
export interface TranslationState {
  leaflet: string;
  locale: string;
  /** Units in the source text. */
  total: number;
  /** Units the translation does not have yet: they print in the source language. */
  missing: string[];
  /** Units whose source text changed since they were translated (or never recorded). */
  stale: string[];
  /** Translated units by status. */
  byStatus: Partial<Record<TranslationStatus, number>>;
  /** True when every unit is there, current, and reviewed or approved. */
  releasable: boolean;
}

/**
 * Compares a translation with its source, unit by unit: a unit is missing when the
 * translation lacks it, stale when the hash it records is not the hash of the current
 * source text, and otherwise counts under its own status (or the file's).
 */
export function translationState(leaflet: ProjectLeaflet, code: string): TranslationState {
  const meta = leaflet.meta.value;
  const source = leaflet.texts.get(meta.sourceLocale)?.value;
  const text = leaflet.texts.get(code)?.value;
  const sourceUnits = source ? textUnits(source) : [];
  const state: TranslationState = { leaflet: meta.id, locale: code, total: sourceUnits.length, missing: [], stale: [], byStatus: {}, releasable: false };
  if (!text) return { ...state, missing: sourceUnits.map((u) => u.id) };
  if (code === meta.sourceLocale) return { ...state, byStatus: { source: sourceUnits.length }, releasable: true };

  const present = new Set(textUnits(text).map((u) => u.id));
  for (const unit of sourceUnits) {
    if (!present.has(unit.id)) {
      state.missing.push(unit.id);
      continue;
    }
    const [status, hash] = (text.translation.units[unit.id] ?? `${text.translation.status} `).split(' ') as [TranslationStatus, string];
    if (hash !== sourceHash(unit.value)) state.stale.push(unit.id);
    state.byStatus[status] = (state.byStatus[status] ?? 0) + 1;
  }
  const unreviewed = Object.entries(state.byStatus).some(([status, n]) => n && !RELEASABLE.includes(status as TranslationStatus));
  state.releasable = state.missing.length === 0 && state.stale.length === 0 && !unreviewed;
  return state;
}
