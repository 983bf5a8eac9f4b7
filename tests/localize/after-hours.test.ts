import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('a number for every hour', () => {
  it('gives each leaflet whose hotline keeps office hours the emergency number and every always-open service it names', async () => {
    const prepared = await prepare(ROOT, { locale: 'en' });
    const byLeaflet = new Map(prepared.targets.map((p) => [p.target.leaflet, p.localized.leaflet]));
    const kom = byLeaflet.get('kom-possible-victims')!;
    expect(kom.cover.hotline.alwaysOpen).toBe(false);
    expect(kom.afterHours.map((c) => c.id)).toEqual(['police-emergency', 'rosa', 'alarmtelefonen']);
    expect(kom.afterHours.every((c) => c.alwaysOpen)).toBe(true);
    // Chosen by hours, not by hand: no leaflet lists a service with office hours as after-hours help.
    for (const leaflet of byLeaflet.values()) {
      expect(leaflet.afterHours.every((c) => c.alwaysOpen && c.phones.length > 0)).toBe(true);
      expect(leaflet.afterHours.some((c) => c.id === leaflet.cover.hotline.id)).toBe(false);
    }
  });
});
