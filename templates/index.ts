import type { Template } from '../src/render/template.ts';
import type { FormatId } from '../src/schema.ts';
import { bookletA5 } from './booklet-a5.tsx';

/** Every format the build can produce, by id. */
export const templates: Record<FormatId, Template> = {
  'booklet-a5': bookletA5,
};
