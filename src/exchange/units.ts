import type { Project, ProjectLeaflet } from '../project.ts';
import type { TranslationStatus } from '../schema.ts';
import { sourceHash, textUnits } from '../text-units.ts';
import { translationState } from '../translation-state.ts';
import { PLACEHOLDERS, type PlaceholderName } from '../localize/placeholders.ts';

/** One unit as translators' tools see it. */
export interface ExchangeUnit {
  id: string;
  /** The section heading, in the source language. */
  context: string;
  source: string;
  /** The current translation; empty when the unit is missing. */
  target: string;
  status: TranslationStatus;
  /** One note per placeholder: what it prints and that it must stay as it is. */
  notes: string[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\}\}/g;

/** The placeholders of a text, as written, sorted: two texts must have the same list. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0].replace(/\s+/g, ' ')).sort();
}

/** Every unit of a leaflet's translation, with its source, for export. */
export function exchangeUnits(project: Project, leaflet: ProjectLeaflet, code: string): ExchangeUnit[] {
  const source = leaflet.texts.get(leaflet.meta.value.sourceLocale)!.value;
  const text = leaflet.texts.get(code)?.value;
  const translated = new Map(text ? textUnits(text).map((u) => [u.id, u.value]) : []);
  const stale = new Set(translationState(leaflet, code).stale);
  return textUnits(source).map((u) => {
    const record = text?.translation.units[u.id];
    const status = (record?.split(' ')[0] ?? text?.translation.status ?? 'machine') as TranslationStatus;
    const notes = [...u.value.matchAll(PLACEHOLDER)].map((m) => {
      const [whole, name, id] = m;
      const contact = project.contacts.get(id ?? '')?.value.name.en ?? id;
      const what = PLACEHOLDERS[name as PlaceholderName]?.what ?? 'value';
      return `${whole} prints the ${what} of ${contact}: keep it exactly as it is.`;
    });
    if (stale.has(u.id) && translated.has(u.id)) notes.push('The English changed since this was translated: check the translation.');
    return { id: u.id, context: u.context ?? 'Cover', source: u.value, target: translated.get(u.id) ?? '', status, notes };
  });
}

/** The record a translation file keeps for a unit: its status and its source's hash. */
export const unitRecord = (status: TranslationStatus, source: string) => `${status} ${sourceHash(source)}`;
