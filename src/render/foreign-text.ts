import type { LocalizedLeaflet, LocalizedSection } from '../localize/model.ts';

// Unicode directional isolates: LRI or RLI … PDI.
const ISOLATE = { ltr: '\u2066', rtl: '\u2067' } as const;
const POP = '\u2069';

/**
 * Text printed in another language than the document's (a section not yet translated,
 * printed in English) keeps its own direction: English inside an Arabic booklet is set
 * as a left-to-right run, so "What is human trafficking?" does not print as "?What is
 * human trafficking" and a sentence's full stop stays at its end. The paragraph keeps
 * the document's alignment. A string of the document's own direction is left alone.
 */
export function isolateForeignText(leaflet: LocalizedLeaflet): LocalizedLeaflet {
  const foreign = leaflet.fallbackLocale;
  if (!foreign || foreign.direction === leaflet.locale.direction) return leaflet;
  const wrap = (text: string) => `${ISOLATE[foreign.direction]}${text}${POP}`;
  const section = (s: LocalizedSection): LocalizedSection => ({
    ...s,
    heading: s.lang ? wrap(s.heading) : s.heading,
    blocks: s.blocks.map((b) =>
      b.kind === 'list'
        ? { ...b, items: b.items.map((i) => (i.lang ? { ...i, text: wrap(i.text), items: i.items.map(wrap) } : i)) }
        : b.lang
          ? { ...b, text: wrap(b.text) }
          : b,
    ),
  });
  return { ...leaflet, sections: leaflet.sections.map(section), short: leaflet.short.map(section) };
}
