import { Page, Text, View } from '@react-pdf/renderer';
import { SIZES } from '../src/finish/geometry.ts';
import type { LocalizedLeaflet } from '../src/localize/model.ts';
import { panelId } from '../src/render/panels.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { LeafletDocument } from './_parts/document.tsx';
import { NumberForEveryHour } from './_parts/hotlines.tsx';
import { QrCode, QUIET_MODULES } from './_parts/qr-code.tsx';
import { colors, direction, legible, MM } from './_parts/theme.ts';

/**
 * The one-page flyer for a notice board or a quick hand-out, single-sided, printed on an
 * office printer (so no bleed, and nothing near the edge): the title, a number for every
 * hour, the three to five key lines chosen under `flyer` in leaflet.yaml, and a QR code
 * to the online edition with its address in words. With `secondLocale`, the reader's
 * language and Norwegian or English side by side on A4, each column whole in its own
 * language (the reader's language first: on the right in a right-to-left language).
 */
export const FLYER_PANEL = 'flyer';

interface FlyerGeometry {
  id: 'flyer-a4' | 'flyer-a5';
  /** Page size in millimetres. */
  size: { width: number; height: number };
  /** Margin on every side, in millimetres: well inside what office printers can print. */
  margin: number;
  /** Design sizes are for A5; A4 scales them up. */
  scale: number;
  qrMm: number;
  /**
   * Whether the second language (`secondLocale`) is printed beside the reader's. Not on
   * A5: two columns of 60 mm with every hotline in each do not fit above 8 pt.
   */
  bilingual: boolean;
}

const A4: FlyerGeometry = { id: 'flyer-a4', size: SIZES.a4Portrait, margin: 15, scale: 1.35, qrMm: 30, bilingual: true };
const A5: FlyerGeometry = { id: 'flyer-a5', size: SIZES.a5, margin: 11, scale: 1, qrMm: 22, bilingual: false };

function Flyer({ leaflet, fit, images, geometry }: TemplateProps & { geometry: FlyerGeometry }) {
  const dir = direction(leaflet);
  const second = geometry.bilingual ? leaflet.flyer?.second : undefined;
  const k = geometry.scale * fit;
  const margin = geometry.margin * MM;
  const { ui } = leaflet;
  const url = leaflet.onlineUrl?.replace(/^https?:\/\//, '');
  // Columns get explicit widths: react-pdf measured text in flex: 1 boxes at one width and
  // set it at another, and the page broke in two.
  const inner = (geometry.size.width - 2 * geometry.margin) * MM;
  const gap = 6 * MM * geometry.scale;
  const qrBox = geometry.qrMm * MM + 6 * MM;
  // The QR code and imprint are pinned to the foot, in room kept free for them: a block
  // pushed down by space-between spilt onto a second page in react-pdf. The room is what
  // they take at this size (each 8 pt line scaled as set below), plus one line to spare.
  const line = (l: LocalizedLeaflet) => legible(z(l, 8 * k)) * 1.3;
  const lines = [leaflet, leaflet, ...[leaflet, second].filter((l) => l?.ui.draftLine), leaflet] as LocalizedLeaflet[];
  const qrRoom = images.qr && url ? 4 * MM * geometry.scale + qrBox + 1 * MM + 8 * 1.25 : 0;
  const foot = qrRoom + 5 * MM + lines.reduce((sum, l) => sum + line(l), 0);
  return (
    <LeafletDocument metadata={leaflet.metadata}>
      <Page
        id={panelId(FLYER_PANEL)}
        size={[geometry.size.width * MM, geometry.size.height * MM]}
        style={{ fontFamily: leaflet.fontFamilies, color: colors.text, padding: margin, paddingBottom: margin + foot }}
      >
        {second ? (
          <View style={{ flexDirection: dir.row, justifyContent: 'space-between' }}>
            <Column leaflet={leaflet} k={k} two width={(inner - gap) / 2} />
            <Column leaflet={second} k={k} two width={(inner - gap) / 2} />
          </View>
        ) : (
          // On A5 the hotlines take the compact block (no lead, no reassurances): the full one left too little room for the key lines.
          <Column leaflet={leaflet} k={k} two={false} width={inner} full={geometry.id === 'flyer-a4'} />
        )}

        {/* The QR code with the address in words beside it (print norms: ≥ 20 mm, a quiet
            zone of white around it), then who publishes this and from when it is valid. */}
        <View fixed style={{ position: 'absolute', left: margin, right: margin, bottom: margin }}>
          {images.qr && url ? (
            <View style={{ flexDirection: dir.row, alignItems: 'center', marginTop: 4 * MM * geometry.scale }}>
              <View style={{ padding: 3 * MM, backgroundColor: colors.white }}>
                {/* Vector modules; the 4-module quiet zone reaches into the white padding. */}
                <View style={{ margin: -((QUIET_MODULES / images.qr.size) * geometry.qrMm * MM) }}>
                  <QrCode matrix={images.qr} size={geometry.qrMm * MM} />
                </View>
              </View>
              <View style={{ width: inner - qrBox - 4 * MM, [dir.rtl ? 'marginRight' : 'marginLeft']: 4 * MM }}>
                <Text style={{ fontSize: legible(z(leaflet, 10.5 * k)), fontWeight: 700, color: colors.accent, ...dir.text }}>{ui.cardScan}</Text>
                {second ? <Text style={{ fontFamily: second.fontFamilies, fontSize: legible(z(second, 9.5 * k)), color: colors.accent, ...direction(second).text }}>{second.ui.cardScan}</Text> : null}
              </View>
            </View>
          ) : null}
          {/* The address in words, on a line of its own: it is never broken across lines. */}
          {images.qr && url ? <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: 8, color: colors.muted, marginTop: 1 * MM, textAlign: dir.textAlign }}>{url}</Text> : null}
          <View style={{ marginTop: 3 * MM, borderTopWidth: 0.5, borderColor: colors.rule, paddingTop: 2 * MM }}>
            {[ui.imprint.publisher, ui.imprint.validFrom].map((line, i) => (
              <Text key={i} style={{ fontSize: legible(z(leaflet, 8 * k)), color: colors.muted, lineHeight: 1.3, ...dir.text }}>
                {line}
              </Text>
            ))}
            {/* Every page of a draft says so, in each language it is in. */}
            {[leaflet, second].map((l, i) =>
              l?.ui.draftLine ? (
                <Text key={`d${i}`} style={{ fontFamily: l.fontFamilies, fontSize: legible(z(l, 8 * k)), fontStyle: 'italic', color: colors.muted, lineHeight: 1.3, ...direction(l).text }}>
                  {l.ui.draftLine}
                </Text>
              ) : null,
            )}
          </View>
        </View>
      </Page>
    </LeafletDocument>
  );
}

/** A size in the leaflet's own script (Arabic set larger), for text in that language. */
const z = (leaflet: LocalizedLeaflet, size: number) => size * leaflet.fontScale;

/**
 * One language's column: its name, the title, a number for every hour and the key lines.
 * Two columns take the compact hotline block, numbers under their names.
 */
function Column({ leaflet, k, two, width, full = true }: { leaflet: LocalizedLeaflet; k: number; two: boolean; width: number; full?: boolean }) {
  const dir = direction(leaflet);
  const lines = leaflet.flyer?.lines ?? [];
  const size = (design: number) => legible(z(leaflet, design * k));
  const body = two ? 9.5 : 11;
  return (
    <View style={{ width, flexShrink: 0, flexGrow: 0, fontFamily: leaflet.fontFamilies }}>
      <View style={{ flexDirection: dir.row, marginBottom: 3 * MM * k }}>
        <Text style={{ fontSize: size(8.5), color: colors.accent, borderWidth: 0.8, borderColor: colors.accent, borderRadius: 8, paddingVertical: 1.5, paddingHorizontal: 6 }}>
          {leaflet.ui.endonym}
        </Text>
      </View>
      <Text style={{ fontSize: size(two ? 14 : 18), lineHeight: 1.2, fontWeight: 700, color: colors.accent, marginBottom: 4 * MM * k, ...dir.text }}>{leaflet.title}</Text>
      <NumberForEveryHour
        leaflet={leaflet}
        z={(s) => z(leaflet, s * k * 0.85)}
        variant={two || !full ? 'compact' : 'cover'}
        layout={two ? 'stacked' : 'row'}
        email={false}
      />
      <View style={{ marginTop: 4 * MM * k }}>
        {lines.map((line, i) => (
          <View key={i} style={{ marginBottom: size(body) * 0.45 }}>
            {/* A drawn square, not a glyph: the same in every script. */}
            <View style={{ position: 'absolute', top: size(body) * 0.5, [dir.start]: 0, width: size(body) * 0.42, height: size(body) * 0.42, backgroundColor: colors.accent }} />
            <Text style={{ [dir.rtl ? 'paddingRight' : 'paddingLeft']: size(body) * 1.2, fontSize: size(body), lineHeight: 1.4, ...dir.text }}>{line}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

const flyer = (geometry: FlyerGeometry): Template => ({
  id: geometry.id,
  pageMultiple: 1,
  // One page: text that does not fit is set smaller, down to 8 pt, never onto a second page.
  panels: { [FLYER_PANEL]: 1 },
  // The key lines (11 pt at A5 in one column) may shrink to 8 pt; every smaller text is
  // held at 8 pt by legible() as the rest shrinks.
  fitFloor: { size: 11 * geometry.scale, min: 8 },
  qrMm: geometry.qrMm,
  render: (props) => Flyer({ ...props, geometry }),
});

export const flyerA4 = flyer(A4);
export const flyerA5 = flyer(A5);
