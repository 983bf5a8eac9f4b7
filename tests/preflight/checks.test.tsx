import { Document, Image, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.ts';
import type { Localized } from '../../src/localize/index.ts';
import type { LocalizedLeaflet } from '../../src/localize/model.ts';
import { findingsToProblems, preflightPdf } from '../../src/preflight/index.ts';
import type { PreflightContent } from '../../src/preflight/context.ts';
import { manifestFontNames } from '../../src/preflight/inputs.ts';
import { prepareFonts } from '../../src/render/fonts.ts';
import { qrPng } from '../../src/render/images.ts';
import type { FontsManifest } from '../../src/schema.ts';
import { formatProblem } from '../../src/problems.ts';
import { ROOT } from '../helpers/project.ts';

/**
 * Each check of preflight, shown a small PDF that breaks it (made here with react-pdf or
 * pdf-lib, the way a faulty template or an outside designer would), must say so in one
 * line; and a PDF that keeps every rule must pass.
 */
const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
let fontsManifest: FontsManifest;
let fonts: Set<string>;
let en: Localized;
let th: Localized;

beforeAll(async () => {
  const prepared = await prepare(ROOT, { leaflet: 'kom-possible-victims' });
  fontsManifest = prepared.project.fonts;
  fonts = manifestFontNames(ROOT, fontsManifest);
  en = prepared.targets.find((t) => t.target.locale === 'en')!.localized;
  th = prepared.targets.find((t) => t.target.locale === 'th')!.localized;
});

async function pdf(pages: ReactElement[]): Promise<Uint8Array> {
  prepareFonts(ROOT, fontsManifest);
  // Tagged as the email edition is (preflight k), so each case finds only what it breaks.
  const tagged = { tagged: true, conformance: 'PDF/UA', title: 'Test', language: 'en' } as object;
  return new Uint8Array(await renderToBuffer(<Document {...tagged}>{pages}</Document>));
}

/**
 * A4 pages with text set at given places, in points from the top left, in the Latin
 * chain unless given. A text's lines are separated by "\n" and set one Text each, as
 * layout sets them (a newline character itself would pull in react-pdf's fallback font).
 */
const page = (key: number, ...texts: Array<{ text: string; top: number; left?: number; size?: number; width?: number; family?: string[] }>) => (
  <Page key={key} size={A4}>
    {texts.flatMap((t, i) =>
      t.text.split('\n').map((line, j) => (
        <Text key={`${i}.${j}`} style={{ position: 'absolute', top: t.top + j * (t.size ?? 11) * 1.45, left: t.left ?? 30 * MM, width: t.width ?? 150 * MM, fontSize: t.size ?? 11, fontFamily: t.family ?? ['Noto Sans'] }}>
          {line}
        </Text>
      )),
    )}
  </Page>
);

/** The leaflet as preflight knows it, with the texts and facts a case needs. */
function content(base: Localized, texts: string[], overrides: Partial<LocalizedLeaflet> = {}, files: string[] = []): PreflightContent {
  const origin = () => ({ file: 'content/leaflets/test/en.yaml', line: 7, column: 9 });
  return {
    leaflet: { ...base.leaflet, facts: ['47\u00A045\u00A015\u00A000'], ui: { ...base.leaflet.ui, draftLine: undefined } as LocalizedLeaflet['ui'], ...overrides },
    texts: texts.map((text) => ({ text, origin })),
    files: new Set(files),
  };
}

/** The problem lines preflight gives; the share-of-hyphens warning only where a case asks for warnings. */
async function problems(bytes: Uint8Array, format: Parameters<typeof preflightPdf>[0]['format'], c?: PreflightContent, warnings = false): Promise<string[]> {
  const result = await preflightPdf({ bytes, format, fonts, ...(c ? { content: c } : {}) });
  const where = { leaflet: 'test', locale: c?.leaflet.locale.code ?? 'en', format, template: 'templates/test.tsx', ...(c ? { content: c } : {}) };
  expect(result.figures.passed).toBe(result.findings.every((f) => f.warning));
  return findingsToProblems(result.findings.filter((f) => warnings || !f.warning), where).map(formatProblem);
}

describe('preflight', () => {
  it('passes a page that keeps every rule, and measures it', async () => {
    const bytes = await pdf([page(0, { text: 'Call the coordinating unit on 47\u00A045\u00A015\u00A000 today.', top: 40 * MM })]);
    const result = await preflightPdf({ bytes, format: 'email-a4', fonts, content: content(en, ['Call the coordinating unit on 47 45 15 00 today.']) });
    expect(result.findings).toEqual([]);
    expect(result.figures).toMatchObject({ passed: true, smallestTextPt: 11, hyphenatedShare: 0 });
    expect(result.figures.closestToTrimMm).toBeCloseTo(30, 0);
  });

  it('a) finds a phone number split across two lines, and names the content line', async () => {
    const bytes = await pdf([page(0, { text: 'Call the coordinating unit on 47 45\n15 00 today.', top: 40 * MM })]);
    const found = await problems(bytes, 'email-a4', content(en, ['Call the coordinating unit on 47 45 15 00 today.']));
    expect(found).toEqual([
      'content/leaflets/test/en.yaml:7:9  preflight test en email-a4 page 1: a phone number, email or web address is split across lines: "4745 / 1500". A reader may dial half a number: keep it whole (numbers come from contacts.yaml with no-break spaces; check the text around it)',
    ]);
  });

  it('b) finds type under 8 pt, and body text under 10 pt in a reading edition', async () => {
    const cover = page(0, { text: 'Cover', top: 40 * MM });
    const body = page(1, { text: 'Small print that nobody can read.', top: 40 * MM, size: 7.5 }, { text: 'Body text at nine points is too small.', top: 60 * MM, size: 9 });
    const back = page(2, { text: 'Contacts', top: 40 * MM });
    const found = await problems(await pdf([cover, body, back]), 'email-a4', content(en, []));
    expect(found).toEqual([
      'templates/test.tsx  preflight test en email-a4 page 2: "Small print that nobody can read." is set at 7.5 pt, under the 8 pt minimum: set it at 8 pt or more in the template',
      'templates/test.tsx  preflight test en email-a4 page 2: body text "Small print that nobody can read." is set at 7.5 pt, under this format\'s 10 pt for body text: set it larger in the template',
      'templates/test.tsx  preflight test en email-a4 page 2: body text "Body text at nine points is too small." is set at 9 pt, under this format\'s 10 pt for body text: set it larger in the template',
    ]);
  });

  it('c) finds text inside the safe area, and off the page', async () => {
    const bytes = await pdf([page(0, { text: 'Too close to the edge', top: 40 * MM, left: 2 * MM }, { text: 'Off the page', top: 60 * MM, left: 200 * MM })]);
    const found = await problems(bytes, 'email-a4');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/page 1: "Too close to the edge" is 2 mm from the trim, inside the 5 mm safe area where cutting or folding can reach it/);
    expect(found[1]).toMatch(/page 1: "Off th.*" is outside the page/);
  });

  it('d) finds text printed over text, in any script', async () => {
    const bytes = await pdf([page(0, { text: 'The last line of a paragraph', top: 100 * MM }, { text: 'Машинный перевод, ещё не проверен', top: 101 * MM, left: 40 * MM })]);
    const found = await problems(bytes, 'email-a4');
    expect(found).toEqual([expect.stringMatching(/page 1: "The last line of a paragraph" is printed over "Машинный перевод, ещё не проверен"/)]);
  });

  it('e) finds a missing glyph (an empty box) and a font the manifest does not name', async () => {
    // A hyphen inserted into an Arabic run is drawn in the Arabic face, which has none:
    // the empty box the no-stay-safe tri-fold printed.
    prepareFonts(ROOT, fontsManifest);
    const arabic = new Uint8Array(
      await renderToBuffer(
        <Document {...({ tagged: true, conformance: 'PDF/UA', title: 'Test', language: 'ar' } as object)}>
          <Page size={A4}>
            <Text hyphenationCallback={(w) => (w.length > 4 ? [w.slice(0, 3), w.slice(3)] : [w])} style={{ position: 'absolute', top: 40 * MM, left: 30 * MM, width: 14 * MM, fontSize: 11, fontFamily: ['Noto Naskh Arabic'] }}>
              طوارئطوارئ
            </Text>
          </Page>
        </Document>,
      ),
    );
    expect(await problems(arabic, 'email-a4')).toEqual([expect.stringMatching(/page 1: \d+ glyphs? (is|are) missing from the fonts? and prints? as an empty box/)]);
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawText('Helvetica, which nobody chose', { x: 30 * MM, y: 200 * MM, size: 11, font: await doc.embedFont(StandardFonts.Helvetica) });
    // Held to an untagged A4 format: pdf-lib writes no structure (preflight k is for the email edition).
    expect(await problems(await doc.save(), 'chart-a4')).toEqual([expect.stringMatching(/the font "Helvetica" is not one of fonts\/manifest\.yaml/)]);
  });

  it('f) finds a hyphen inserted beside a bracket, and a Thai line broken inside a word', async () => {
    const bracket = await pdf([page(0, { text: 'Contact the coordinating unit (-\nKOM) today.', top: 40 * MM })]);
    expect(await problems(bracket, 'email-a4', content(en, ['Contact the coordinating unit (KOM) today.']))).toEqual([
      expect.stringMatching(/page 1: a hyphen was inserted beside a bracket or a digit: "\(-KOM\)"/),
    ]);
    const thai = await pdf([page(0, { text: 'คุณมีใบอนุญาตพำ\nนักในประเทศนอร์เวย์', top: 40 * MM, family: ['Noto Sans Thai', 'Noto Sans'] })]);
    expect(await problems(thai, 'email-a4', content(th, ['คุณมีใบอนุญาตพำนักในประเทศนอร์เวย์']))).toEqual([
      expect.stringMatching(/page 1: a line breaks inside the word "พำนัก" \(".*พำ\|นัก.*"\): add the word to `keepWhole`/),
    ]);
  });

  it('g) holds hyphenation to the policy: two in a row at most, long words only, never a paragraph\'s last word', async () => {
    const text = 'We offer coordinating organisation established support for the organisation';
    const reading = page(1, { text: 'We offer coordi-\nnating organi-\nsation estab-\nlished support for the organi-\nsation', top: 40 * MM }, { text: 'A wo-\nrd.', top: 100 * MM });
    const bytes = await pdf([page(0, { text: 'Cover', top: 40 * MM }), reading, page(2, { text: 'Contacts', top: 40 * MM })]);
    const found = await problems(bytes, 'email-a4', content(en, [text, 'A word.'], { sections: [{ id: 's', heading: 'S', blocks: [{ kind: 'text', id: 'b', text }] }] }));
    expect(found).toEqual([
      expect.stringMatching(/^content\/leaflets\/test\/en\.yaml:7:9 .*page 2: 3 hyphenated lines in a row \(the last "estab-lished"\), more than the 2 the policy allows/),
      expect.stringMatching(/"organi-sation" is the last word of a paragraph and is hyphenated/),
      expect.stringMatching(/"wo-rd\." is hyphenated, but the policy hyphenates only words of 10 letters or more with 4 on each side/),
    ].map((m) => m));
  });

  it('g) warns, without refusing, when more than a tenth of the lines end in a hyphen', async () => {
    const text = 'coordinating word organisation word';
    const reading = page(1, { text: 'coordi-\nnating word organi-\nsation word', top: 40 * MM });
    const bytes = await pdf([page(0, { text: 'Cover', top: 40 * MM }), reading, page(2, { text: 'Contacts', top: 40 * MM })]);
    const result = await preflightPdf({ bytes, format: 'email-a4', fonts, content: content(en, [text]) });
    expect(result.figures).toMatchObject({ passed: true, hyphenatedShare: 0.4 });
    expect(await problems(bytes, 'email-a4', content(en, [text]), true)).toEqual([
      'templates/test.tsx  warning: preflight test en email-a4 page 1: 40% of the lines end in a hyphen, more than the 10% a stressed reader should have to join; a person should look at it (shorter words or sentences help)',
    ]);
  });

  it('h) finds a heading and a line ending in a colon alone at the foot of a page', async () => {
    const heading = 'What is the reflection period?';
    const pages = [
      page(0, { text: 'Cover', top: 40 * MM }),
      page(1, { text: 'Some text of the section before.', top: 40 * MM }, { text: heading, top: 250 * MM, size: 14 }),
      page(2, { text: 'The reflection period gives you time.', top: 40 * MM }, { text: 'Some examples are፦', top: 250 * MM, family: ['Noto Sans', 'Noto Sans Ethiopic'] }),
      page(3, { text: 'one example', top: 40 * MM }),
    ];
    const found = await problems(await pdf(pages), 'email-a4', content(en, [heading], { sections: [{ id: 's', heading, blocks: [] }] }));
    expect(found).toEqual([
      expect.stringMatching(/page 2: the heading "What is the reflection period\?" ends the page or panel with none of its text after it/),
      expect.stringMatching(/page 3: "Some examples are፦" introduces a list but ends the page or panel, apart from its list/),
    ]);
  });

  it('i) decodes QR codes: one leading to a file the build does not write, one to the wrong place', async () => {
    const url = 'https://leaflets.example.org/test/en/';
    const card = async (to: string) =>
      pdf([
        <Page key={0} size={[91.6 * MM, 59.98 * MM]}>
          <Image src={{ data: await qrPng(to, 20, 300), format: 'png' }} style={{ position: 'absolute', top: 10 * MM, left: 10 * MM, width: 20 * MM, height: 20 * MM }} />
        </Page>,
      ]);
    const c = content(en, [], { onlineUrl: url }, ['test/test.en.card.pdf']);
    expect(await problems(await card(url), 'card', c)).toEqual([
      expect.stringMatching(/the QR code leads to https:\/\/leaflets\.example\.org\/test\/en\/, but this build writes no site\/test\/en\/index\.html/),
    ]);
    expect(await problems(await card('https://example.com/elsewhere'), 'card', c)).toEqual([expect.stringMatching(/a QR code leads to https:\/\/example\.com\/elsewhere, not to this leaflet's online edition/)]);
  });

  it('i) refuses a QR code under 20 mm, read from the card as a phone would see it', async () => {
    const url = 'https://leaflets.example.org/test/en/';
    const bytes = await pdf([
      <Page key={0} size={[91.6 * MM, 59.98 * MM]}>
        <Image src={{ data: await qrPng(url, 15, 300), format: 'png' }} style={{ position: 'absolute', top: 10 * MM, left: 10 * MM, width: 15 * MM, height: 15 * MM }} />
      </Page>,
    ]);
    const c = content(en, [], { onlineUrl: url }, ['site/test/en/index.html']);
    expect(await problems(bytes, 'card', c)).toEqual([expect.stringMatching(/the QR code is 1[45]\.\d mm wide, under the 20 mm a phone reads reliably/)]);
  });

  it('k) finds a tri-fold panel that starts mid-sentence, and a blank flap', async () => {
    const A4L: [number, number] = [297 * MM, 210 * MM];
    const at = (left: number, text: string, top = 20 * MM) => (
      <Text key={text} style={{ position: 'absolute', top, left: left * MM, width: 85 * MM, fontSize: 10, fontFamily: ['Noto Sans'] }}>
        {text}
      </Text>
    );
    const outside = <Page key={0} size={A4L}>{[at(107, 'Where to get help'), at(207, 'Information for you')]}</Page>;
    // Inside: panel 2 starts at a heading, panel 3 in the middle of a sentence, panel 4 at a paragraph.
    const inside = <Page key={1} size={A4L}>{[at(7, 'What is human trafficking?'), at(107, 'carried over from the panel before.'), at(207, 'Everyone has rights.')]}</Page>;
    const c = content(en, ['Where to get help', 'Information for you', 'What is human trafficking?', 'The end of a sentence is carried over from the panel before.', 'Everyone has rights.']);
    expect(await problems(await pdf([outside, inside]), 'trifold-dl', c)).toEqual([
      expect.stringMatching(/page 1: the tri-fold flap has no text/),
      expect.stringMatching(/page 2: tri-fold panel 3 starts in the middle of a text \("carried over from the panel before\.…"\)/),
    ]);
  });

  it('j) finds a page of a draft without the draft notice', async () => {
    const notice = 'Machine translation, not yet reviewed';
    const bytes = await pdf([page(0, { text: notice, top: 280 * MM, size: 8 }), page(1, { text: 'A page without it.', top: 40 * MM })]);
    const c = content(en, []);
    c.leaflet.ui = { ...c.leaflet.ui, draftLine: notice };
    expect(await problems(bytes, 'email-a4', c)).toEqual([expect.stringMatching(/page 2: this page of a draft does not say "Machine translation, not yet reviewed"/)]);
  });
});
