import { Link, Page, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { SIZES, TRIFOLD_PANELS_MM } from '../src/finish/geometry.ts';
import { panelId } from '../src/render/panels.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { Blocks } from './_parts/blocks.tsx';
import { ContactEntry } from './_parts/contacts.tsx';
import { LeafletDocument } from './_parts/document.tsx';
import { colors, direction, MM } from './_parts/theme.ts';

export const TRIFOLD = { front: 'front cover', back: 'back cover', reading: 'reading panels' };
// The reading panels are laid out at the flap's width, so each fits any panel.
const READING_WIDTH = TRIFOLD_PANELS_MM.flap * MM;
const COVER_WIDTH = TRIFOLD_PANELS_MM.panel * MM;
const HEIGHT = SIZES.a4Landscape.height * MM;
// Text keeps 7 mm from folds and 8 mm from the top and bottom trim.
const PAD = { horizontal: 7 * MM, vertical: 8 * MM };
const BODY = 9.5;

/**
 * A DL tri-fold from the leaflet's short version (`short` in leaflet.yaml): front cover,
 * back cover with the contacts, and the chosen sections flowing through the reading
 * panels. Pages are single panels; finishing places them on the two sides of the sheet.
 */
function TrifoldDL({ leaflet, hyphenate, fit }: TemplateProps) {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale * fit;
  // The 8 pt lines (draft notice, imprint) are already as small as print allows: not scaled by fit.
  const small = 8 * leaflet.fontScale;
  const { ui, cover } = leaflet;
  const base = { fontFamily: leaflet.fontFamilies, color: colors.text, paddingHorizontal: PAD.horizontal, paddingVertical: PAD.vertical };
  const phone = cover.hotline.phones[0];
  const draft = ui.draftLine ? (
    <Text fixed style={{ position: 'absolute', bottom: 4 * MM, left: PAD.horizontal, right: PAD.horizontal, fontSize: small, fontStyle: 'italic', color: colors.muted, ...dir.text }}>
      {ui.draftLine}
    </Text>
  ) : null;

  return (
    <LeafletDocument metadata={leaflet.metadata}>
      <Page id={panelId(TRIFOLD.front)} size={[COVER_WIDTH, HEIGHT]} style={{ ...base, justifyContent: 'space-between' }}>
        <View>
          <View style={{ flexDirection: dir.row, marginBottom: 6 * MM }}>
            <Text style={{ fontSize: z(8.5), color: colors.accent, borderWidth: 0.8, borderColor: colors.accent, borderRadius: 8, paddingVertical: 2, paddingHorizontal: 7 }}>
              {ui.endonym}
            </Text>
          </View>
          <Text style={{ fontSize: z(17), lineHeight: 1.22, fontWeight: 700, color: colors.accent, ...dir.text }}>{leaflet.title}</Text>
        </View>
        <View>
          <View style={{ backgroundColor: colors.accent, borderRadius: 5, padding: 5 * MM }}>
            <Text style={{ fontSize: z(10.5), color: colors.white, marginBottom: 3, ...dir.text }}>{cover.lead}</Text>
            {phone ? (
              <Link src={`tel:${phone.tel}`} style={{ textDecoration: 'none' }}>
                <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(24), fontWeight: 700, color: colors.white, ...dir.text }}>{phone.display}</Text>
              </Link>
            ) : (
              <Text style={{ fontSize: z(14), fontWeight: 700, lineHeight: 1.25, color: colors.white, marginVertical: 2, ...dir.text }}>{cover.hotline.name}</Text>
            )}
            {cover.hotline.hours ? <Text style={{ fontSize: z(9.5), color: colors.white, marginBottom: 4, ...dir.text }}>{cover.hotline.hours}</Text> : null}
            {cover.notes.map((note, i) => (
              <Text key={i} style={{ fontSize: z(10), fontWeight: 700, color: colors.white, lineHeight: 1.3, ...dir.text }}>
                {note}
              </Text>
            ))}
          </View>
          {leaflet.emergency?.phones[0] && leaflet.emergency.id !== cover.hotline.id ? (
            <View style={{ flexDirection: dir.row, alignItems: 'center', marginTop: 3 * MM, borderWidth: 1.2, borderColor: colors.accent, borderRadius: 5, padding: 2.5 * MM }}>
              <Text style={{ fontSize: z(10), fontWeight: 700, color: colors.accent, flex: 1, ...dir.text }}>{ui.emergency}</Text>
              <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(20), fontWeight: 700, color: colors.accent, marginHorizontal: 4 }}>
                {leaflet.emergency.phones[0].display}
              </Text>
            </View>
          ) : null}
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

      <Page id={panelId(TRIFOLD.reading)} size={[READING_WIDTH, HEIGHT]} style={{ ...base, paddingBottom: PAD.vertical + (ui.draftLine ? 5 * MM : 0) }} wrap>
        {leaflet.short.map((section) => (
          <Fragment key={section.id}>
            <Text minPresenceAhead={z(BODY) * 5} style={{ fontSize: z(11.5), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 6, marginBottom: 5, ...dir.text }}>
              {section.heading}
            </Text>
            <Blocks blocks={section.blocks} leaflet={leaflet} hyphenate={hyphenate} size={z(BODY)} maxColumns={1} />
          </Fragment>
        ))}
        <Text style={{ fontSize: z(BODY), fontWeight: 700, color: colors.accent, marginTop: 6, ...dir.text }}>{ui.trifoldMore}</Text>
        {draft}
      </Page>
    </LeafletDocument>
  );
}

export const trifoldDL: Template = {
  id: 'trifold-dl',
  pageMultiple: 1,
  panels: { [TRIFOLD.front]: 1, [TRIFOLD.back]: 1, [TRIFOLD.reading]: 4 },
  // Its smallest scaled text (8.5 pt contacts) may shrink to 8 pt, never smaller.
  fitFloor: { size: 8.5, min: 8 },
  render: (props) => TrifoldDL(props),
};
