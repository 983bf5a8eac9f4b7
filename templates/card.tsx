import { Link, Page, Text, View } from '@react-pdf/renderer';
import { BLEED_MM, SIZES } from '../src/finish/geometry.ts';
import { panelId } from '../src/render/panels.ts';
import type { LocalizedContact, LocalizedLeaflet } from '../src/localize/model.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { LeafletDocument } from './_parts/document.tsx';
import { ContactRow } from './_parts/hotlines.tsx';
import { Icon } from './_parts/icon.tsx';
import { QrCode, QUIET_MODULES } from './_parts/qr-code.tsx';
import { colors, direction, legible, MM, shortLabel } from './_parts/theme.ts';

export const CARD = { front: 'card front', back: 'card back' };
const SIZE: [number, number] = [(SIZES.card.width + 2 * BLEED_MM) * MM, (SIZES.card.height + 2 * BLEED_MM) * MM];
// Text keeps 4 mm inside the trim (plus the bleed the page is laid out with).
const PAD = (BLEED_MM + 4) * MM;
/** The QR symbol's width: at least 20 mm (print norms), its quiet zone around it. */
export const QR_MM = 20;

/** A contact's short name on the card, or its full name where the short one is just its number. */
const label = (c: LocalizedContact) => shortLabel(c) ?? c.name;

/** The online address as printed beside the QR code: without the scheme, which nobody types. */
export const printedAddress = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * Where a long address may break, if it must: after a slash, with nothing inserted (an
 * empty piece is react-pdf's zero-width break). A short address stays on one line.
 */
const breakAfterSlashes = (word: string): string[] => word.split(/(?<=\/)(?=.)/).flatMap((piece, i) => (i === 0 ? [piece] : ['', piece]));

/**
 * ISO/IEC 7810 ID-1 wallet card. Front, on the accent colour to the bleed: "You can get
 * help", words of reassurance from the leaflet's own text, the emergency number the
 * largest thing on the card and the hotline beside it with what it is and when it is open.
 * Back: the card's other hotlines the same way, and a vector QR code to the online edition
 * with its address printed. Never under 8 pt.
 */
function Card({ leaflet, fit, images }: TemplateProps) {
  const dir = direction(leaflet);
  // z: a type size (never under 8 pt); k: a space, scaled alike but with no floor.
  const k = (size: number) => size * leaflet.fontScale * fit;
  const z = (size: number) => legible(k(size));
  const { ui } = leaflet;
  const emergency = leaflet.emergency?.phones[0];
  const hotline = leaflet.cover.hotline;
  const base = { fontFamily: leaflet.fontFamilies, padding: PAD };
  const white = { color: colors.white, ...dir.text };
  // The front shows the emergency number and the hotline (with its role and hours); the
  // back gives every other hotline of the card the same, so each is on the card once.
  const hotlineOnFront = Boolean(hotline.phones[0]) && hotline.id !== leaflet.emergency?.id;
  const onFront = new Set([emergency ? leaflet.emergency?.id : undefined, hotlineOnFront ? hotline.id : undefined]);
  const back = leaflet.card.filter((c) => !onFront.has(c.id));

  return (
    <LeafletDocument metadata={leaflet.metadata}>
      <Page id={panelId(CARD.front)} size={SIZE} style={{ ...base, backgroundColor: colors.accent, color: colors.white, justifyContent: 'space-between' }}>
        <View>
          <Text style={{ fontSize: z(13), fontWeight: 700, lineHeight: 1.15, ...white }}>{ui.cardHelp}</Text>
          {leaflet.reassurance ? (
            <View style={{ flexDirection: dir.row, alignItems: 'flex-start', marginTop: k(1.5) }}>
              <Icon name="confidential" size={z(9)} color={colors.white} rtl={dir.rtl} artifact style={{ ...(dir.rtl ? { marginLeft: k(3) } : { marginRight: k(3) }), marginTop: 1 }} />
              <Text style={{ flex: 1, fontSize: z(8.5), lineHeight: 1.2, ...white }}>{leaflet.reassurance}</Text>
            </View>
          ) : null}
          {/* Every page of a draft says so, the front of a card too. */}
          {ui.draftLine ? <Text style={{ fontSize: z(8), lineHeight: 1.15, fontStyle: 'italic', marginTop: 1, ...white }}>{ui.draftLine}</Text> : null}
        </View>
        <View style={{ flexDirection: dir.row, alignItems: 'flex-end', justifyContent: 'space-between' }}>
          {emergency ? (
            // The emergency number is the largest thing on the card.
            <View style={{ width: 24 * MM, flexShrink: 0, paddingBottom: 1 * MM, alignItems: dir.rtl ? 'flex-end' : 'flex-start' }}>
              <Text style={{ fontSize: z(9), lineHeight: 1.2, ...white }}>{ui.cardEmergency}</Text>
              <Link src={`tel:${emergency.tel}`} style={{ textDecoration: 'none' }}>
                <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(30), fontWeight: 700, lineHeight: 1.25, color: colors.white }}>{emergency.display}</Text>
              </Link>
            </View>
          ) : null}
          {hotlineOnFront ? (
            <View style={{ flex: 1, ...(dir.rtl ? { marginRight: 2 * MM } : { marginLeft: 2 * MM }) }}>
              {/* The hotline block's own row, compact, in white on the card's blue. */}
              <ContactRow leaflet={leaflet} z={(size) => size * leaflet.fontScale * fit * 0.75} variant="compact" layout="stacked" contact={hotline} color={colors.white} />
            </View>
          ) : null}
        </View>
      </Page>

      <Page id={panelId(CARD.back)} size={SIZE} style={{ ...base, backgroundColor: colors.white, color: colors.text }}>
        <View style={{ flexDirection: dir.row }}>
          {/* A millimetre's margin at the start: right-to-left runs are measured a little wide. */}
          <View style={{ flex: 1, ...(dir.rtl ? { paddingRight: 1 * MM } : {}) }}>
            {back.map((contact) => (
              <BackContact key={contact.id} contact={contact} leaflet={leaflet} z={z} k={k} />
            ))}
            {ui.draftLine ? <Text style={{ fontSize: z(8), lineHeight: 1.2, fontStyle: 'italic', color: colors.muted, marginTop: k(1.5), ...dir.text }}>{ui.draftLine}</Text> : null}
          </View>
          {images.qr ? (
            <View style={{ alignItems: 'center', ...(dir.rtl ? { marginRight: 1.5 * MM } : { marginLeft: 1.5 * MM }) }}>
              {/* Negative margins let the white quiet zone reach into the padding: only the symbol keeps the safe area. */}
              <View style={{ margin: -((QUIET_MODULES / images.qr.size) * QR_MM * MM) }}>
                <QrCode matrix={images.qr} size={QR_MM * MM} />
              </View>
              {/* What the code is for, under it. */}
              <Text style={{ width: (QR_MM + 4) * MM, fontSize: z(8), lineHeight: 1.15, color: colors.text, marginTop: k(2), paddingHorizontal: 0.3 * MM, textAlign: 'center', ...(dir.rtl ? { direction: 'rtl' as const } : {}) }}>{ui.cardScan}</Text>
            </View>
          ) : null}
        </View>
        {/* The code's address, for a phone that cannot scan: across the card, whole on one line where it fits. */}
        {images.qr && leaflet.onlineUrl ? (
          <Text hyphenationCallback={breakAfterSlashes} style={{ fontFamily: leaflet.latinFamilies, fontSize: z(8), lineHeight: 1.1, fontWeight: 700, color: colors.accent, marginTop: k(1), paddingBottom: 0.8 * MM, ...dir.text }}>
            {printedAddress(leaflet.onlineUrl)}
          </Text>
        ) : null}
      </Page>
    </LeafletDocument>
  );
}

/** One hotline on the back: name and what it is; then the number and, beside it, when it is open. */
function BackContact({ contact, leaflet, z, k }: { contact: LocalizedContact; leaflet: LocalizedLeaflet; z: (size: number) => number; k: (size: number) => number }) {
  const dir = direction(leaflet);
  const phone = contact.phones[0];
  const after = (space: number) => (dir.rtl ? { marginLeft: space } : { marginRight: space });
  return (
    <View style={{ marginBottom: k(2.5) }}>
      <Text style={{ fontSize: z(8), lineHeight: 1.1, ...dir.text }}>
        <Text style={{ fontWeight: 700, color: colors.accent }}>{label(contact)}</Text>
        {contact.role ? <Text style={{ color: colors.text }}>{` – ${contact.role}`}</Text> : null}
      </Text>
      {/* The hours beside the number, or under it where the row has no room for them. */}
      <View style={{ flexDirection: dir.row, alignItems: 'center', flexWrap: 'wrap' }}>
        {phone ? (
          <View style={{ flexDirection: dir.row, alignItems: 'center', flexShrink: 0, ...after(k(5)) }}>
            <Icon name="phone" size={z(8.5)} rtl={dir.rtl} alt={leaflet.ui.icons.phone} style={after(k(2.5))} />
            <Link src={`tel:${phone.tel}`} style={{ textDecoration: 'none' }}>
              <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(10), fontWeight: 700, color: colors.text }}>{phone.display}</Text>
            </Link>
            {phone.label ? <Text style={{ fontSize: z(8), color: colors.muted, marginHorizontal: k(2) }}>{phone.label}</Text> : null}
          </View>
        ) : null}
        {contact.hours ? (
          <View style={{ flexDirection: dir.row, alignItems: 'center', flexGrow: 1, flexShrink: 1, flexBasis: 16 * MM }}>
            <Icon name="hours" size={z(8)} color={colors.muted} rtl={dir.rtl} alt={leaflet.ui.icons.hours} style={after(k(2.5))} />
            <Text style={{ flex: 1, fontSize: z(8), lineHeight: 1.1, color: colors.muted, ...dir.text }}>{contact.hours}</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

export const card: Template = {
  id: 'card',
  pageMultiple: 1,
  panels: { [CARD.front]: 1, [CARD.back]: 1 },
  // The smallest text is 8 pt already; fit shrinks the larger sizes down to it, never below.
  fitFloor: { size: 8.5, min: 8 },
  qrMm: QR_MM,
  render: (props) => Card(props),
};
