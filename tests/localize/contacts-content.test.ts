import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepare } from '../../src/build.ts';
import type { LocalizedLeaflet } from '../../src/localize/model.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

async function leaflets(options: { locale?: string; leaflet?: string } = {}): Promise<LocalizedLeaflet[]> {
  const prepared = await prepare(ROOT, options);
  return prepared.targets.map((p) => p.localized.leaflet);
}

/** Every string a reading edition prints from the leaflet's text. */
function allText(l: LocalizedLeaflet): string {
  return l.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => [i.text, ...i.items]) : [b.text]))]).join('\n');
}

describe('contacts: what each service is, and how to reach it', () => {
  it('gives every contact a role in every language it has a name in', async () => {
    const { contacts } = parse(await readFile(`${ROOT}content/contacts.yaml`, 'utf8')) as {
      contacts: Array<{ id: string; name: Record<string, string>; role?: Record<string, string> }>;
    };
    for (const c of contacts) {
      expect(Object.keys(c.role ?? {}).sort(), c.id).toEqual(Object.keys(c.name).sort());
    }
  });

  it("prints the IOM's own abbreviation in each language, through the placeholder", async () => {
    const expected: Record<string, string> = { en: 'IOM', nb: 'IOM', fr: 'OIM', es: 'OIM', ro: 'OIM', ru: 'МОМ', uk: 'МОМ', bg: 'МОМ' };
    const all = await leaflets({ leaflet: 'kom-possible-victims' });
    for (const [code, short] of Object.entries(expected)) {
      const kom = all.find((l) => l.locale.code === code);
      const text = allText(kom!);
      expect(text, code).toContain(short);
      for (const other of new Set(Object.values(expected))) if (other !== short) expect(text, code).not.toContain(other);
      expect(kom!.contacts.find((c) => c.id === 'iom-oslo')?.short).toBe(short);
    }
  });

  it('says in which languages Caritas, ROSA and Alarmtelefonen answer, in the reader’s language', async () => {
    const [en] = await leaflets({ leaflet: 'no-stay-safe', locale: 'en' });
    const [ru] = await leaflets({ leaflet: 'no-stay-safe', locale: 'ru' });
    const by = (l: LocalizedLeaflet, id: string) => l.contacts.find((c) => c.id === id)!;
    expect(by(en!, 'caritas').languages).toBe('Ukrainian and Russian');
    expect(by(ru!, 'caritas').languages).toBe('украинский и русский');
    expect(by(en!, 'caritas').phones[0]?.label).toBe('WhatsApp');
    expect(by(en!, 'rosa').languages).toBe('Norwegian and English');
    expect(by(en!, 'alarmtelefonen').languages).toBe('Norwegian and English');
  });

  it('gives the Finland leaflet 112 as its emergency number, always open, in every language', async () => {
    for (const fi of await leaflets({ leaflet: 'fi-trafficking' })) {
      expect(fi.emergency?.phones[0]?.display, fi.locale.code).toBe('112');
      expect(fi.emergency?.alwaysOpen).toBe(true);
      expect(fi.contacts.map((c) => c.id)).toContain('emergency-fi');
      expect(fi.afterHours.map((c) => c.id)).toEqual(['emergency-fi']);
    }
  });
});
