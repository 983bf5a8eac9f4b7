import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';
import type { LocalizedLeaflet } from '../../src/localize/model.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Every string a leaflet prints from its text, its contacts and its ui words on the cover. */
function printed(l: LocalizedLeaflet): string {
  const blocks = l.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => [i.text, ...i.items]) : [b.text]))]);
  return [l.title, l.cover.lead, ...l.cover.notes, ...blocks, ...l.contacts.map((c) => c.name)].join('\n');
}

async function localized(locale: string): Promise<LocalizedLeaflet[]> {
  return (await prepare(ROOT, { locale })).targets.map((t) => t.localized.leaflet);
}

describe('translation fixes from review (issue 12)', () => {
  it('addresses one Polish reader, never several', async () => {
    // Second person plural: verbs in -cie/-ście and the pronoun wy/wasz. "ty lub twoi bliscy macie"
    // (two subjects) is the one plural that stays.
    const plural = /(?<!\p{L})(wy|was|wam|wami|wasz\p{L}*|jesteście|możecie|chcecie|musicie|zdecydujecie|otrzymacie|podejrzewacie)(?!\p{L})/giu;
    for (const l of await localized('pl')) {
      const text = printed(l).replace(/ty lub twoi bliscy macie/g, '');
      expect([...text.matchAll(plural)].map((m) => m[0]), l.id).toEqual([]);
      expect(text, l.id).not.toMatch(/(?<!\p{L})macie(?!\p{L})/u);
    }
  });

  it('writes Finnish and Icelandic place names in Cyrillic inside Cyrillic text', async () => {
    for (const code of ['uk', 'ru']) {
      for (const l of await localized(code)) {
        expect(printed(l), `${l.id} ${code}`).not.toMatch(/Helsinki|Tampere|Turku|Akureyri/);
      }
    }
  });

  it('has no Bulgarian verb form in the Ukrainian KOM leaflet', async () => {
    const kom = (await localized('uk')).find((l) => l.id === 'kom-possible-victims')!;
    expect(printed(kom)).not.toContain('Пояснете');
    expect(printed(kom)).toContain('Поясните');
  });
});
