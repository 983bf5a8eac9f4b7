import { addBleedAndMarks } from './finish/bleed.ts';
import { cardSheet } from './finish/cards.ts';
import { SIZES } from './finish/geometry.ts';
import { imposeBooklet } from './finish/impose.ts';
import { composeTrifold } from './finish/trifold.ts';
import type { LocalizedLeaflet } from './localize/model.ts';
import type { Rendered } from './render/index.ts';
import type { FormatId } from './schema.ts';
import { TRIFOLD } from '../templates/trifold-dl.tsx';

/** Files a build writes: the formats leaflets list, and the companions made from them. */
export type OutputFormat = FormatId | 'booklet-a5-imposed' | 'card-sheet';

export interface Output {
  format: OutputFormat;
  bytes: Uint8Array;
  pages: number;
}

type Finish = (rendered: Rendered, leaflet: LocalizedLeaflet) => Promise<Output[]>;

/** The files each format makes: itself, and the companions finishing derives from it. */
export const OUTPUTS: Record<FormatId, OutputFormat[]> = {
  'booklet-a5': ['booklet-a5', 'booklet-a5-imposed'],
  'trifold-dl': ['trifold-dl'],
  card: ['card', 'card-sheet'],
  'email-a4': ['email-a4'],
};


/**
 * How each format's rendered pages become files: page boxes and crop marks for print,
 * imposition for the booklet, the two sides of the tri-fold, a sheet of cards. The email
 * edition is the rendered PDF itself, links and outline intact.
 */
export const FINISH: Record<FormatId, Finish> = {
  'booklet-a5': async (r, leaflet) => {
    const rtl = leaflet.locale.direction === 'rtl';
    return [
      { format: 'booklet-a5', bytes: await addBleedAndMarks(r.bytes, leaflet.metadata, SIZES.a5), pages: r.pages },
      { format: 'booklet-a5-imposed', bytes: await imposeBooklet(r.bytes, leaflet.metadata, rtl), pages: r.pages / 2 },
    ];
  },
  'trifold-dl': async (r, leaflet) => {
    const front = r.panels[TRIFOLD.front]?.[0] ?? 0;
    const back = r.panels[TRIFOLD.back]?.[0] ?? 1;
    const flow = r.panels[TRIFOLD.reading] ?? [];
    const bytes = await composeTrifold(r.bytes, leaflet.metadata, { front, back, flow }, leaflet.locale.direction === 'rtl');
    return [{ format: 'trifold-dl', bytes, pages: 2 }];
  },
  card: async (r, leaflet) => [
    { format: 'card', bytes: await addBleedAndMarks(r.bytes, leaflet.metadata, SIZES.card), pages: 2 },
    { format: 'card-sheet', bytes: await cardSheet(r.bytes, leaflet.metadata), pages: 2 },
  ],
  'email-a4': async (r) => [{ format: 'email-a4', bytes: r.bytes, pages: r.pages }],
};
