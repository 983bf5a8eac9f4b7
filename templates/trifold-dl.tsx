import { Page, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { SIZES, TRIFOLD_PANELS_MM } from '../src/finish/geometry.ts';
import { panelId } from '../src/render/panels.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { Section } from './_parts/blocks.tsx';
import { ContactEntry } from './_parts/contacts.tsx';
import { LeafletDocument } from './_parts/document.tsx';
import { LanguageBadge } from './_parts/cover.tsx';
import { Flap } from './_parts/flap.tsx';
import { NumberForEveryHour } from './_parts/hotlines.tsx';
import { colors, direction, MM } from './_parts/theme.ts';

export const TRIFOLD = { front: 'front cover', back: 'back cover', reading: 'reading panels', flap: 'flap' };
// The reading panels are laid out at the flap's width, so each fits any panel.
const READING_WIDTH = TRIFOLD_PANELS_MM.flap * MM;
const COVER_WIDTH = TRIFOLD_PANELS_MM.panel * MM;
const HEIGHT = SIZES.a4Landscape.height * MM;
// Text keeps 7 mm from folds and 8 mm from the top and bottom trim.
const PAD = { horizontal: 7 * MM, vertical: 8 * MM };
// Room at the foot of each reading panel for the draft notice (two lines at 8 pt).
const DRAFT_ROOM = 9 * MM;
const BODY = 9.5;

/**
 * A DL tri-fold from the leaflet's short version (`short` in leaflet.yaml): front cover
 * with a number for every hour, back cover with the contacts, the chosen sections flowing
 * through the three inside panels (each starting at a heading, paragraph or list item),
 * and the flap: "your rights at a glance" or "who can help". Pages are single panels;
 * finishing places them on the two sides of the sheet.
 */
function TrifoldDL({ leaflet, hyphenate, fit, padPages }: TemplateProps) {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale * fit;
  // The 8 pt lines (draft notice, imprint) are already as small as print allows: not scaled by fit.
  const small = 8 * leaflet.fontScale;
  const { ui } = leaflet;
  const base = { fontFamily: leaflet.fontFamilies, color: colors.text, paddingHorizontal: PAD.horizontal, paddingVertical: PAD.vertical };
  const draft = ui.draftLine ? (
    // Hangs from the top of its room and grows down: never into the text, never into the safe area.
    <Text fixed style={{ position: 'absolute', top: HEIGHT - PAD.vertical - DRAFT_ROOM + 1.5 * MM, left: PAD.horizontal, right: PAD.horizontal, fontSize: small, lineHeight: 1.25, fontStyle: 'italic', color: colors.muted, ...dir.text }}>
      {ui.draftLine}
    </Text>
  ) : null;

  return (
    <LeafletDocument metadata={leaflet.metadata}>
      <Page id={panelId(TRIFOLD.front)} size={[COVER_WIDTH, HEIGHT]} style={{ ...base, justifyContent: 'space-between' }}>
        <View>
          <LanguageBadge leaflet={leaflet} z={(size) => z(size * 0.83)} />
          <Text style={{ fontSize: z(17), lineHeight: 1.22, fontWeight: 700, color: colors.accent, ...dir.text }}>{leaflet.title}</Text>
        </View>
        <View>
          {/* A number for every hour: the hotline block, compact for a 100 mm panel. */}
          <NumberForEveryHour leaflet={leaflet} z={(size) => size * leaflet.fontScale * fit} variant="compact" layout="stacked" />
          {ui.draftLine ? <Text style={{ fontSize: small, fontStyle: 'italic', color: colors.muted, marginTop: 3 * MM, ...dir.text }}>{ui.draftLine}</Text> : null}
        </View>
      </Page>

      <Page id={panelId(TRIFOLD.back)} size={[COVER_WIDTH, HEIGHT]} style={base}>
        <Text style={{ fontSize: z(12), fontWeight: 700, color: colors.accent, marginBottom: 6, ...dir.text }}>{ui.backHeading}</Text>
        {leaflet.contacts.map((contact) => (
          <ContactEntry key={contact.id} contact={contact} leaflet={leaflet} size={z(8.5)} />
        ))}
        <View style={{ marginTop: 'auto' }}>
          {[ui.imprint.publisher, ui.imprint.source, ui.imprint.validFrom].map((line, i) => (
            <Text key={i} style={{ fontSize: small, color: colors.muted, lineHeight: 1.3, ...dir.text }}>
              {line}
            </Text>
          ))}
        </View>
      </Page>

      <Page id={panelId(TRIFOLD.reading)} size={[READING_WIDTH, HEIGHT]} style={{ ...base, paddingBottom: PAD.vertical + (ui.draftLine ? DRAFT_ROOM : 0) }} wrap>
        {leaflet.short.map((section) => (
          <Fragment key={section.id}>
            <Section
              heading={
                <Text minPresenceAhead={z(BODY) * 8} style={{ fontSize: z(11.5), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 6, marginBottom: 5, ...dir.text }}>
                  {section.heading}
                </Text>
              }
              blocks={section.blocks}
              leaflet={leaflet}
              hyphenate={hyphenate}
              size={z(BODY)}
              maxColumns={1}
              keepWhole
            />
          </Fragment>
        ))}
        {/* Said only where it is true: the leaflet has a fuller edition, in more than one language. */}
        {leaflet.hasFullEdition ? <Text style={{ fontSize: z(BODY), fontWeight: 700, color: colors.accent, marginTop: 6, ...dir.text }}>{ui.trifoldMore}</Text> : null}
        {draft}
      </Page>

      {/* Reading panels the text does not need are notes panels, never blank: a blank
          panel looks like a printing fault, and every panel carries the draft notice. */}
      {Array.from({ length: padPages }, (_, i) => (
        <Page key={`notes-${i}`} id={panelId(TRIFOLD.reading)} size={[READING_WIDTH, HEIGHT]} style={{ ...base, paddingBottom: PAD.vertical + (ui.draftLine ? DRAFT_ROOM : 0) }}>
          <Text style={{ fontSize: z(11.5), fontWeight: 700, color: colors.accent, marginTop: 6, marginBottom: 8, ...dir.text }}>{ui.notesHeading}</Text>
          {Array.from({ length: 16 }, (_, j) => (
            <View key={j} style={{ height: 26, borderBottomWidth: 0.5, borderColor: colors.rule }} />
          ))}
          {draft}
        </Page>
      ))}

      {/* The flap's outside: the first thing seen on opening the cover. A designed panel of
          its own, never the end of the text. */}
      <Page id={panelId(TRIFOLD.flap)} size={[READING_WIDTH, HEIGHT]} style={{ ...base, paddingBottom: PAD.vertical + (ui.draftLine ? DRAFT_ROOM : 0) }}>
        <Flap leaflet={leaflet} z={z} />
        {draft}
      </Page>
    </LeafletDocument>
  );
}

export const trifoldDL: Template = {
  id: 'trifold-dl',
  // Two covers, three reading panels inside and the flap: reading panels the text leaves
  // free are notes panels. The text never runs onto the flap: past three panels it is set
  // smaller, and where even that is too long the build stops with the fit message.
  pageMultiple: 6,
  panels: { [TRIFOLD.front]: 1, [TRIFOLD.back]: 1, [TRIFOLD.reading]: 3, [TRIFOLD.flap]: 1 },
  // Its smallest scaled text (8.5 pt contacts) may shrink to 8 pt, never smaller.
  fitFloor: { size: 8.5, min: 8 },
  render: (props) => TrifoldDL(props),
};
