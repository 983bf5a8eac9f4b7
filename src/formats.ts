import { addBleedAndMarks } from './finish/bleed.ts';
import { cardSheet } from './finish/cards.ts';
import { SIZES } from './finish/geometry.ts';
import { imposeBooklet } from './finish/impose.ts';
import { composeTrifold } from './finish/trifold.ts';
import { identify, type OutputIdentity, type OutputMetadata } from './finish/document.ts';
import type { LocalizedLeaflet } from './localize/model.ts';
import type { Rendered } from './render/index.ts';
import type { FormatId } from './schema.ts';
import { TRIFOLD } from '../templates/trifold-dl.tsx';

import type { OutputFormat } from './outputs.ts';
export { OUTPUTS_OF, type OutputFormat } from './outputs.ts';

export interface Output {
  format: OutputFormat;
  bytes: Uint8Array;
  pages: number;
}

type Finish = (rendered: Rendered, leaflet: LocalizedLeaflet) => Promise<Output[]>;

/** The leaflet's metadata plus which file this is, written into the PDF (see OutputIdentity). */
const identity = (leaflet: LocalizedLeaflet, format: OutputFormat): OutputIdentity => ({
  leaflet: leaflet.id,
  locale: leaflet.locale.code,
  format,
  status: leaflet.status,
  draft: leaflet.draft,
});
const as = (leaflet: LocalizedLeaflet, format: OutputFormat): OutputMetadata => ({ ...leaflet.metadata, output: identity(leaflet, format) });


/**
 * How each format's rendered pages become files: page boxes and crop marks for print,
 * imposition for the booklet, the two sides of the tri-fold, a sheet of cards. The email
 * edition is the rendered PDF itself, links and outline intact.
 */
export const FINISH: Record<FormatId, Finish> = {
  'booklet-a5': async (r, leaflet) => {
    const rtl = leaflet.locale.direction === 'rtl';
    return [
      { format: 'booklet-a5', bytes: await addBleedAndMarks(r.bytes, as(leaflet, 'booklet-a5'), SIZES.a5), pages: r.pages },
      { format: 'booklet-a5-imposed', bytes: await imposeBooklet(r.bytes, as(leaflet, 'booklet-a5-imposed'), rtl), pages: r.pages / 2 },
    ];
  },
  'trifold-dl': async (r, leaflet) => {
    const front = r.panels[TRIFOLD.front]?.[0] ?? 0;
    const back = r.panels[TRIFOLD.back]?.[0] ?? 1;
    const flow = r.panels[TRIFOLD.reading] ?? [];
    const flap = r.panels[TRIFOLD.flap]?.[0];
    const bytes = await composeTrifold(r.bytes, as(leaflet, 'trifold-dl'), { front, back, flow, ...(flap !== undefined ? { flap } : {}) }, leaflet.locale.direction === 'rtl');
    return [{ format: 'trifold-dl', bytes, pages: 2 }];
  },
  card: async (r, leaflet) => [
    { format: 'card', bytes: await addBleedAndMarks(r.bytes, as(leaflet, 'card'), SIZES.card), pages: 2 },
    { format: 'card-sheet', bytes: await cardSheet(r.bytes, as(leaflet, 'card-sheet')), pages: 2 },
  ],
  'email-a4': async (r, leaflet) => [{ format: 'email-a4', bytes: await identify(r.bytes, identity(leaflet, 'email-a4')), pages: r.pages }],
  // Flyers are printed on office printers: the page at its finished size, no bleed or marks.
  'flyer-a4': async (r, leaflet) => [{ format: 'flyer-a4', bytes: await identify(r.bytes, identity(leaflet, 'flyer-a4')), pages: r.pages }],
  'flyer-a5': async (r, leaflet) => [{ format: 'flyer-a5', bytes: await identify(r.bytes, identity(leaflet, 'flyer-a5')), pages: r.pages }],
};
