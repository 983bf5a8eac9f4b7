import type { LeafletText } from './schema.ts';

/** One translatable string of a leaflet text, with its field path in the file. */
export interface TextUnit {
  path: Array<string | number>;
  value: string;
}

/** Every translatable string of a leaflet text, in reading order. */
export function textUnits(text: LeafletText): TextUnit[] {
  const units: TextUnit[] = [
    { path: ['title'], value: text.title },
    { path: ['cover', 'lead'], value: text.cover.lead },
    ...text.cover.notes.map((value, i) => ({ path: ['cover', 'notes', i], value })),
  ];
  text.sections.forEach((section, s) => {
    units.push({ path: ['sections', s, 'heading'], value: section.heading });
    section.blocks.forEach((block, b) => {
      const base = ['sections', s, 'blocks', b];
      if (block.text !== undefined) units.push({ path: [...base, 'text'], value: block.text });
      if (block.callout !== undefined) units.push({ path: [...base, 'callout'], value: block.callout });
      block.list?.forEach((item, i) => {
        if (typeof item === 'string') {
          units.push({ path: [...base, 'list', i], value: item });
        } else {
          units.push({ path: [...base, 'list', i, 'text'], value: item.text });
          item.list.forEach((sub, j) => units.push({ path: [...base, 'list', i, 'list', j], value: sub }));
        }
      });
    });
  });
  return units;
}
