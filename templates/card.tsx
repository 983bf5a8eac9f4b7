import { Page, Text, View } from '@react-pdf/renderer';
import { BLEED_MM, SIZES } from '../src/finish/geometry.ts';
import { panelId } from '../src/render/panels.ts';
import type { LocalizedContact } from '../src/localize/model.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { LeafletDocument } from './_parts/document.tsx';
import { QrCode } from './_parts/qr-code.tsx';
import { colors, direction, MM, shortLabel } from './_parts/theme.ts';

export const CARD = { front: 'card front', back: 'card back' };
const SIZE: [number, number] = [(SIZES.card.width + 2 * BLEED_MM) * MM, (SIZES.card.height + 2 * BLEED_MM) * MM];
// Text keeps 4 mm inside the trim (plus the bleed the page is laid out with).
const PAD = (BLEED_MM + 4) * MM;
const QR_MM = 17;

/** A contact's short name on the card, or its full name where the short one is just its number. */
const label = (c: LocalizedContact) => shortLabel(c) ?? c.name;

/**
 * ISO/IEC 7810 ID-1 wallet card. Front, on the accent colour to the bleed: "You can get
 * help" and the emergency number, large. Back: the leaflet's hotlines with hours, and a QR
 * code to the online edition in this language. Never under 8 pt.
 */
function Card({ leaflet, fit, images }: TemplateProps) {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale * fit;
  const { ui } = leaflet;
  const emergency = leaflet.emergency?.phones[0];
  const hotline = leaflet.cover.hotline;
  const base = { fontFamily: leaflet.fontFamilies, padding: PAD };

  return (
    <LeafletDocument metadata={leaflet.metadata}>
      <Page id={panelId(CARD.front)} size={SIZE} style={{ ...base, backgroundColor: colors.accent, color: colors.white, justifyContent: 'space-between' }}>
        <View>
          <Text style={{ fontSize: z(15), fontWeight: 700, lineHeight: 1.2, ...dir.text }}>{ui.cardHelp}</Text>
          {/* Every page of a draft says so, the front of a card too. */}
          {ui.draftLine ? <Text style={{ fontSize: z(8.5), fontStyle: 'italic', marginTop: 1, ...dir.text }}>{ui.draftLine}</Text> : null}
        </View>
        <View style={{ flexDirection: dir.row, alignItems: 'flex-end', justifyContent: 'space-between' }}>
          <View style={{ flexShrink: 1 }}>
            <Text style={{ fontSize: z(9), ...dir.text }}>{ui.cardEmergency}</Text>
            {emergency ? <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(26), fontWeight: 700 }}>{emergency.display}</Text> : null}
          </View>
          {hotline.phones[0] && hotline.id !== leaflet.emergency?.id ? (
            <View style={{ alignItems: dir.rtl ? 'flex-start' : 'flex-end' }}>
              <Text style={{ fontSize: z(9) }}>{label(hotline)}</Text>
              <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(13), fontWeight: 700 }}>{hotline.phones[0].display}</Text>
            </View>
          ) : null}
        </View>
      </Page>

      <Page id={panelId(CARD.back)} size={SIZE} style={{ ...base, backgroundColor: colors.white, color: colors.text }}>
        <View style={{ flexDirection: dir.row, flexGrow: 1 }}>
          <View style={{ flex: 1 }}>
            {leaflet.card.map((contact) => (
              <View key={contact.id} style={{ marginBottom: z(2.5) }}>
                <Text style={{ ...dir.text }}>
                  <Text style={{ fontSize: z(8.5), fontWeight: 700, color: colors.accent }}>{`${label(contact)}  `}</Text>
                  <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(10), fontWeight: 700 }}>{contact.phones[0]?.display ?? ''}</Text>
                </Text>
                {contact.hours ? <Text style={{ fontSize: z(8.5), color: colors.muted, ...dir.text }}>{contact.hours}</Text> : null}
              </View>
            ))}
          </View>
          {images.qr ? (
            <View style={{ width: QR_MM * MM, [dir.rtl ? 'marginRight' : 'marginLeft']: 2.5 * MM, alignItems: 'center' }}>
              <QrCode matrix={images.qr} size={QR_MM * MM} />
            </View>
          ) : null}
        </View>
        {images.qr ? <Text style={{ fontSize: z(8.5), color: colors.text, ...dir.text }}>{ui.cardScan}</Text> : null}
        {ui.draftLine ? <Text style={{ fontSize: z(8.5), fontStyle: 'italic', color: colors.muted, ...dir.text }}>{ui.draftLine}</Text> : null}
      </Page>
    </LeafletDocument>
  );
}

export const card: Template = {
  id: 'card',
  pageMultiple: 1,
  panels: { [CARD.front]: 1, [CARD.back]: 1 },
  // The smallest text is 8.5 pt; it may shrink only to 8 pt (print norms for cards).
  fitFloor: { size: 8.5, min: 8 },
  qrMm: QR_MM,
  render: (props) => Card(props),
};
