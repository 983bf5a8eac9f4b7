import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/write/index.ts';
import { comparable, readText } from '../helpers/pdf.ts';
import { fullBuild, ROOT } from '../helpers/project.ts';

type Leaflet = { id: string; locales: string[]; formats: string[]; contacts: string[]; card?: string[]; short?: Array<{ section: string }> };
type Contacts = { contacts: Array<{ id: string; phones?: Array<{ display?: string; short?: string; e164?: string; use?: string }> }> };

// Every leaflet but the KOM one, which kom-leaflet.test.ts covers in depth.
const LEAFLETS = readdirSync(join(ROOT, 'content/leaflets'))
  .filter((d) => !d.startsWith('_') && d !== 'kom-possible-victims')
  .map((d) => parse(readFileSync(join(ROOT, 'content/leaflets', d, 'leaflet.yaml'), 'utf8')) as Leaflet);
const CONTACTS = (parse(readFileSync(join(ROOT, 'content/contacts.yaml'), 'utf8')) as Contacts).contacts;
const COMPANIONS: Record<string, string[]> = { 'booklet-a5': ['booklet-a5-imposed'], card: ['card-sheet'] };

/** A contact's numbers as printed: national display, or with the country code for abroad/WhatsApp. */
function printed(id: string): string[] {
  const phones = CONTACTS.find((c) => c.id === id)?.phones ?? [];
  return phones.map((p) => {
    const display = p.display ?? p.short ?? '';
    return p.use === 'abroad' || p.use === 'whatsapp' ? `+${p.e164!.slice(1, p.e164!.length - display.replace(/\s/g, '').length)} ${display}` : display;
  });
}

let outDir: string;
const entries: ManifestEntry[] = [];

beforeAll(async () => {
  // Read from the run's one full build (tests/global-build.ts).
  const full = await fullBuild();
  outDir = full.outDir;
  entries.push(...full.entries.filter((e) => LEAFLETS.some((l) => l.id === e.leaflet)));
}, 300_000);

const cases = LEAFLETS.flatMap((l) => l.locales.flatMap((locale) => l.formats.map((format) => ({ leaflet: l, locale, format }))));

describe('every leaflet, language and format', () => {
  it.each(cases.map((c) => [c.leaflet.id, c.locale, c.format, c] as const))('%s %s %s: in the manifest, with its headings and its contacts\' numbers', async (_id, locale, format, c) => {
    for (const f of [format, ...(COMPANIONS[format] ?? [])]) {
      expect(entries.find((e) => e.leaflet === c.leaflet.id && e.locale === locale && e.format === f)).toBeDefined();
    }
    const entry = entries.find((e) => e.leaflet === c.leaflet.id && e.locale === locale && e.format === format)!;
    const text = await readText(join(outDir, entry.file));
    const content = parse(readFileSync(join(ROOT, 'content/leaflets', c.leaflet.id, `${locale}.yaml`), 'utf8')) as {
      sections: Array<{ id: string; heading: string }>;
    };
    // Which headings and contacts each format prints.
    const sections =
      format === 'card' ? [] : format === 'trifold-dl' ? content.sections.filter((s) => c.leaflet.short?.some((p) => p.section === s.id)) : content.sections;
    const all = comparable(text.all);
    for (const s of sections) expect(all).toContain(comparable(s.heading));
    // Preflight read it back: no heading alone at a page foot, numbers whole, type and safe area kept.
    expect(entry.preflight).toMatchObject({ passed: true });
    // A card prints each hotline's main number; the other formats every number.
    const numbers = format === 'card' ? (c.leaflet.card ?? []).map((id) => printed(id).slice(0, 1)) : c.leaflet.contacts.map(printed);
    for (const number of numbers.flat()) expect(text.all).toContain(number);
  });

  it('says on every page of every draft, in its language, that the translation is not yet reviewed', async () => {
    const drafts = entries.filter((e) => e.draft);
    expect(drafts.length).toBeGreaterThan(50);
    for (const e of drafts) {
      const ui = parse(readFileSync(join(ROOT, 'content/ui', `${e.locale}.yaml`), 'utf8')) as { translation: { machine: string } };
      const text = await readText(join(outDir, e.file));
      for (const page of text.pages) expect(comparable(page), `${e.file}`).toContain(comparable(ui.translation.machine));
    }
    // Source texts are not drafts and carry no such line.
    for (const e of entries.filter((x) => x.locale === 'en')) expect(e.draft).toBe(false);
  });

  it('names its source and valid-from date on the last page of every reading edition', async () => {
    for (const e of entries.filter((x) => x.format === 'email-a4' || x.format === 'booklet-a5' || x.format === 'trifold-dl')) {
      const meta = LEAFLETS.find((l) => l.id === e.leaflet)! as Leaflet & { source: { title: string }; validFrom: string };
      const text = await readText(join(outDir, e.file));
      // The back cover of a tri-fold is on the outside sheet: page 1; elsewhere the last page.
      const page = e.format === 'trifold-dl' ? text.pages[0]! : text.pages.at(-1)!;
      // Word by word: inside right-to-left text the text layer may reorder a Latin title's runs.
      for (const word of meta.source.title.split(/[^\p{L}\d]+/u).filter(Boolean)) expect(page).toContain(word);
      // The valid-from year, in the reader's calendar and digits (Persian: ۱۴۰۵).
      const year = new Intl.DateTimeFormat(e.locale === 'en' ? 'en-GB' : e.locale, { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${meta.validFrom}T00:00:00Z`));
      expect(page).toContain(year.replace(/\D*$/, '').replace(/^\D*/, ''));
    }
  });
});
