import { Link, Text, View } from '@react-pdf/renderer';
import type { LocalizedContact, LocalizedLeaflet } from '../../src/localize/model.ts';
import { colors, direction, legible } from './theme.ts';

/** One organisation on the contacts page: name and what it is, numbers large, then hours, email, web. */
export function ContactEntry({ contact, leaflet, size }: { contact: LocalizedContact; leaflet: LocalizedLeaflet; size: number }) {
  const dir = direction(leaflet);
  const { labels, pair } = leaflet.ui;
  const line = { fontSize: size, lineHeight: 1.35, color: colors.text, ...dir.text };
  return (
    <View wrap={false} style={{ marginBottom: size * 0.6, paddingBottom: size * 0.45, borderBottomWidth: 0.5, borderColor: colors.rule }}>
      <Text style={{ ...line, fontWeight: 700, color: colors.accent }}>
        {contact.name}
        {/* What the service is, beside its name, so a reader can tell whom to call. */}
        {contact.role ? <Text style={{ fontWeight: 400, color: colors.text }}>{` – ${contact.role}`}</Text> : null}
      </Text>
      {contact.phones.map((phone, i) => (
        <View key={i} style={{ flexDirection: dir.row, alignItems: 'flex-end', flexWrap: 'wrap' }}>
          <Link src={`tel:${phone.tel}`} style={{ textDecoration: 'none' }}>
            <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: size * 1.45, fontWeight: 700, color: colors.text }}>{phone.display}</Text>
          </Link>
          {phone.label || phone.international ? (
            <Text style={{ fontSize: legible(size * 0.9), color: colors.muted, marginHorizontal: size * 0.6, marginBottom: size * 0.15 }}>
              {[phone.label, phone.international].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </View>
      ))}
      {contact.hours ? <Text style={line}>{pair(labels.open, contact.hours)}</Text> : null}
      {contact.email ? <Text style={line}>{pair(labels.email, contact.email)}</Text> : null}
      {contact.web ? <Text style={line}>{pair(labels.web, contact.web)}</Text> : null}
    </View>
  );
}
