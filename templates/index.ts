import type { Template } from '../src/render/template.ts';
import type { FormatId } from '../src/schema.ts';
import { bookletA5 } from './booklet-a5.tsx';
import { card } from './card.tsx';
import { emailA4 } from './email-a4.tsx';
import { flyerA4, flyerA5 } from './flyer.tsx';
import { trifoldDL } from './trifold-dl.tsx';

/** Every format's layout, by id. */
export const templates: Record<FormatId, Template> = {
  'booklet-a5': bookletA5,
  'trifold-dl': trifoldDL,
  card,
  'email-a4': emailA4,
  'flyer-a4': flyerA4,
  'flyer-a5': flyerA5,
};
