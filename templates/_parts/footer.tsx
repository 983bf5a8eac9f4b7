import { Text, View } from '@react-pdf/renderer';
import type { LocalizedLeaflet } from '../../src/localize/model.ts';
import { colors, direction, shortLabel } from './theme.ts';

/**
 * Running footer on every page but the cover: page x of y (a reader can tell a page is
 * missing), the hotline, and the draft line while the translation is unreviewed. It hangs
 * from `top`, just below the text area, and grows down into the bottom margin: a draft
 * line that wraps to two lines never climbs into the body text.
 */
export function Footer({ leaflet, top, side }: { leaflet: LocalizedLeaflet; top: number; side: number }) {
  const dir = direction(leaflet);
  const hotline = leaflet.cover.hotline;
  const phone = hotline.phones[0]?.display ?? '';
  const small = { fontSize: 8 * leaflet.fontScale, color: colors.muted };
  return (
    <View fixed style={{ position: 'absolute', top, left: side, right: side }}>
      {leaflet.ui.draftLine ? (
        <Text style={{ ...small, fontStyle: 'italic', marginBottom: 2, ...dir.text }}>{leaflet.ui.draftLine}</Text>
      ) : null}
      <View style={{ flexDirection: dir.row, justifyContent: 'space-between', borderTopWidth: 0.5, borderColor: colors.rule, paddingTop: 4 }}>
        <Text style={small} render={({ pageNumber, totalPages }) => leaflet.ui.pageOf(pageNumber, totalPages)} />
        {/* The hotline on every page; a service without a number is not repeated here. */}
        {phone ? <Text style={{ ...small, fontWeight: 700, color: colors.accent }}>{hotline.short && !shortLabel(hotline) ? phone : `${shortLabel(hotline) ?? hotline.name} ${phone}`}</Text> : null}
      </View>
    </View>
  );
}
