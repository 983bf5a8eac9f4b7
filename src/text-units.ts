import { createHash } from 'node:crypto';
import type { LeafletText } from './schema.ts';

/** One translatable string of a leaflet text. */
export interface TextUnit {
  /**
   * Stable id from the structure's ids, the same in every language: `title`,
   * `cover.notes.0`, `<section>.heading`, `<section>.<block>`, `<section>.<block>.2`,
   * `<section>.<block>.1.0` (a nested list item), `<section>.<block>.2.short` (an item's
   * few words for the tri-fold flap).
   */
  id: string;
  /** Field path in the file, for error positions. */
  path: Array<string | number>;
  value: string;
  /** The heading of the unit's section: context for translators. */
  context?: string;
}

/** Every translatable string of a leaflet text, in reading order. */
export function textUnits(text: LeafletText): TextUnit[] {
  const units: TextUnit[] = [
    { id: 'title', path: ['title'], value: text.title },
    { id: 'cover.lead', path: ['cover', 'lead'], value: text.cover.lead },
    ...text.cover.notes.map((value, i) => ({ id: `cover.notes.${i}`, path: ['cover', 'notes', i], value })),
  ];
  text.sections.forEach((section, s) => {
    const context = section.heading;
    units.push({ id: `${section.id}.heading`, path: ['sections', s, 'heading'], value: section.heading, context });
    section.blocks.forEach((block, b) => {
      const id = `${section.id}.${block.id}`;
      const base = ['sections', s, 'blocks', b];
      if (block.text !== undefined) units.push({ id, path: [...base, 'text'], value: block.text, context });
      if (block.callout !== undefined) units.push({ id, path: [...base, 'callout'], value: block.callout, context });
      block.list?.forEach((item, i) => {
        if (typeof item === 'string') {
          units.push({ id: `${id}.${i}`, path: [...base, 'list', i], value: item, context });
        } else {
          units.push({ id: `${id}.${i}`, path: [...base, 'list', i, 'text'], value: item.text, context });
          if (item.short !== undefined) units.push({ id: `${id}.${i}.short`, path: [...base, 'list', i, 'short'], value: item.short, context });
          item.list?.forEach((sub, j) => units.push({ id: `${id}.${i}.${j}`, path: [...base, 'list', i, 'list', j], value: sub, context }));
        }
      });
    });
  });
  return units;
}

/** A short hash of a source text: what a translation records it was made from. */
export function sourceHash(value: string): string {
  return createHash('sha256').update(value.normalize('NFC')).digest('hex').slice(0, 8);
}
