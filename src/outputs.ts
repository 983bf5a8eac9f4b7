import type { FormatId } from './schema.ts';

// Which files each format gives, apart from how they are made (formats.ts): the build's
// main thread needs this list, and must not load the renderer and its templates for it.

/** Files a build writes: the formats leaflets list, and the companions made from them. */
export type OutputFormat = FormatId | 'booklet-a5-imposed' | 'card-sheet';

/** The files each format gives: itself and its companions (kept in step with FINISH in formats.ts). */
export const OUTPUTS_OF: Record<FormatId, OutputFormat[]> = {
  'booklet-a5': ['booklet-a5', 'booklet-a5-imposed'],
  'trifold-dl': ['trifold-dl'],
  card: ['card', 'card-sheet'],
  'email-a4': ['email-a4'],
  'flyer-a4': ['flyer-a4'],
  'flyer-a5': ['flyer-a5'],
};
