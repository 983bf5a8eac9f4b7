import { Link, Text, View } from '@react-pdf/renderer';
import type { LocalizedLeaflet } from '../../src/localize/model.ts';
import { colors, direction, langOf, legible, linkAlt, MM, tag } from './theme.ts';

/** The language's own name, framed, above the title: the reader sees at once it is theirs. */
export function LanguageBadge({ leaflet, z }: { leaflet: LocalizedLeaflet; z: (size: number) => number }) {
  const dir = direction(leaflet);
  return (
    <View style={{ flexDirection: dir.row, marginBottom: z(10 * MM) }}>
      <Text style={{ fontSize: legible(z(9)), color: colors.accent, borderWidth: 0.8, borderColor: colors.accent, borderRadius: 8, paddingVertical: 2, paddingHorizontal: z(8) }}>
        {leaflet.ui.endonym}
      </Text>
    </View>
  );
}

/**
 * The cover's hotline block: the lead, the number large (or, for a service the source
 * names without a number, its name), hours, email and the reassurances. `z` turns a
 * design size into the size to set (script adjustment, format scale, fit).
 */
export function HotlineBlock({ leaflet, z, email = true }: { leaflet: LocalizedLeaflet; z: (size: number) => number; email?: boolean }) {
  const dir = direction(leaflet);
  const { cover } = leaflet;
  const phone = cover.hotline.phones[0];
  const white = { color: colors.white, ...dir.text };
  return (
    <View {...tag('Div')} style={{ backgroundColor: colors.accent, borderRadius: z(6), padding: z(6 * MM) }}>
      <Text {...tag('P', { lang: langOf(leaflet, cover.lead) })} style={{ fontSize: z(12), marginBottom: z(4), ...white }}>{cover.lead}</Text>
      {phone ? (
        <Link src={`tel:${phone.tel}`} {...tag(['P', 'Link'], { alt: linkAlt(leaflet.ui.labels.phone, phone.display, leaflet.ui.pair) })} style={{ textDecoration: 'none' }}>
          <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(30), fontWeight: 700, ...white }}>{phone.display}</Text>
        </Link>
      ) : (
        <Text style={{ fontSize: z(17), fontWeight: 700, lineHeight: 1.25, marginVertical: 2, ...white }}>{cover.hotline.name}</Text>
      )}
      {cover.hotline.hours ? <Text style={{ fontSize: z(11), marginBottom: z(6), ...white }}>{cover.hotline.hours}</Text> : null}
      {email && cover.hotline.email ? (
        <Link src={`mailto:${cover.hotline.email.replace(/[\u2066-\u2069]/g, '')}`} {...tag(['P', 'Link'], { alt: linkAlt(leaflet.ui.labels.email, cover.hotline.email, leaflet.ui.pair) })} style={{ textDecoration: 'none' }}>
          <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(11), marginBottom: z(8), ...white }}>{cover.hotline.email}</Text>
        </Link>
      ) : null}
      {cover.notes.map((note, i) => (
        <Text key={i} {...tag('P', { lang: langOf(leaflet, note) })} style={{ fontSize: z(11.5), fontWeight: 700, lineHeight: 1.35, ...white }}>
          {note}
        </Text>
      ))}
    </View>
  );
}

/** "In an emergency, call 112", set apart from the hotline so neither is missed; nothing when they are the same. */
export function EmergencyBox({ leaflet, z }: { leaflet: LocalizedLeaflet; z: (size: number) => number }) {
  const dir = direction(leaflet);
  const phone = leaflet.emergency?.phones[0];
  if (!phone || leaflet.emergency?.id === leaflet.cover.hotline.id) return null;
  return (
    <View {...tag('Div')} style={{ flexDirection: dir.row, alignItems: 'center', marginTop: z(4 * MM), borderWidth: 1.2, borderColor: colors.accent, borderRadius: z(6), padding: z(3 * MM) }}>
      <Text style={{ fontSize: z(12), fontWeight: 700, color: colors.accent, flex: 1, ...dir.text }}>{leaflet.ui.emergency}</Text>
      <Link src={`tel:${phone.tel}`} {...tag(['P', 'Link'], { alt: linkAlt(leaflet.ui.labels.phone, phone.display, leaflet.ui.pair) })} style={{ textDecoration: 'none' }}>
        <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(24), fontWeight: 700, color: colors.accent, marginHorizontal: 6 }}>{phone.display}</Text>
      </Link>
    </View>
  );
}
