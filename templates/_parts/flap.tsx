import { Link, Text, View } from '@react-pdf/renderer';
import type { LocalizedContact, LocalizedLeaflet } from '../../src/localize/model.ts';
import { Icon } from './icon.tsx';
import { colors, direction, legible, MM, shortLabel } from './theme.ts';

/**
 * The tri-fold's flap, the panel seen beside the inside of the cover when the leaflet is
 * first opened: "your rights at a glance" (a pictogram and a few words per right, from
 * the leaflet's own list, `flap.rights` in leaflet.yaml) or, for a leaflet without such a
 * list, "who can help": each service with what it is, its number and when it is open.
 * `z` turns a design size into the size to set.
 */
export function Flap({ leaflet, z }: { leaflet: LocalizedLeaflet; z: (size: number) => number }) {
  const dir = direction(leaflet);
  const rights = leaflet.rightsAtAGlance;
  const heading = (text: string) => (
    <Text style={{ fontSize: z(13), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 6, marginBottom: z(4 * MM), ...dir.text }}>{text}</Text>
  );
  if (rights) {
    return (
      <View>
        {heading(leaflet.ui.flap.rights)}
        {rights.map((right, i) => (
          <View key={i} wrap={false} style={{ flexDirection: dir.row, alignItems: 'center', paddingVertical: z(2.2 * MM), borderTopWidth: i === 0 ? 0 : 0.5, borderColor: colors.rule }}>
            <View style={{ width: z(26), height: z(26), borderRadius: z(13), backgroundColor: colors.tint, alignItems: 'center', justifyContent: 'center', ...(dir.rtl ? { marginLeft: z(3 * MM) } : { marginRight: z(3 * MM) }) }}>
              {/* The words beside it say what it shows: decorative for a screen reader. */}
              <Icon name={right.icon} size={z(16)} rtl={dir.rtl} artifact />
            </View>
            <Text style={{ flex: 1, fontSize: z(11), lineHeight: 1.25, fontWeight: 700, color: colors.text, ...dir.text }}>{right.text}</Text>
          </View>
        ))}
      </View>
    );
  }
  return (
    <View>
      {heading(leaflet.ui.flap.whoCanHelp)}
      {helpers(leaflet).map((contact, i) => (
        <Helper key={contact.id} contact={contact} leaflet={leaflet} z={z} first={i === 0} />
      ))}
    </View>
  );
}

/** Whom the flap lists: the hotline, whom to call when it is closed, then the leaflet's other contacts, once each. */
function helpers(leaflet: LocalizedLeaflet): LocalizedContact[] {
  const all = [leaflet.cover.hotline, ...leaflet.afterHours, ...leaflet.contacts];
  return all.filter((c, i) => all.findIndex((d) => d.id === c.id) === i);
}

function Helper({ contact, leaflet, z, first }: { contact: LocalizedContact; leaflet: LocalizedLeaflet; z: (size: number) => number; first: boolean }) {
  const dir = direction(leaflet);
  const phone = contact.phones[0];
  const after = (space: number) => (dir.rtl ? { marginLeft: space } : { marginRight: space });
  const small = legible(z(9));
  return (
    <View wrap={false} style={{ paddingVertical: z(2.2 * MM), borderTopWidth: first ? 0 : 0.5, borderColor: colors.rule }}>
      <Text style={{ fontSize: z(10.5), lineHeight: 1.25, fontWeight: 700, color: colors.accent, ...dir.text }}>{shortLabel(contact) ?? contact.name}</Text>
      {contact.role ? <Text style={{ fontSize: small, lineHeight: 1.25, color: colors.text, ...dir.text }}>{contact.role}</Text> : null}
      {phone ? (
        <View style={{ flexDirection: dir.row, alignItems: 'center', marginTop: z(1) }}>
          <Icon name="phone" size={z(12)} rtl={dir.rtl} alt={leaflet.ui.icons.phone} style={after(z(2 * MM))} />
          <Link src={`tel:${phone.tel}`} style={{ textDecoration: 'none' }}>
            <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(15), fontWeight: 700, color: colors.text }}>{phone.display}</Text>
          </Link>
          {phone.label ? <Text style={{ fontSize: small, color: colors.muted, marginHorizontal: z(2 * MM) }}>{phone.label}</Text> : null}
        </View>
      ) : null}
      {contact.hours ? (
        <View style={{ flexDirection: dir.row, alignItems: 'flex-start', marginTop: z(1) }}>
          <Icon name="hours" size={small} color={colors.muted} rtl={dir.rtl} alt={leaflet.ui.icons.hours} style={{ ...after(z(2 * MM)), marginTop: 1 }} />
          <Text style={{ flex: 1, fontSize: small, lineHeight: 1.25, color: colors.muted, ...dir.text }}>{contact.hours}</Text>
        </View>
      ) : null}
      {!phone && contact.web ? (
        <View style={{ flexDirection: dir.row, alignItems: 'center', marginTop: z(1) }}>
          <Icon name="web" size={small} rtl={dir.rtl} alt={leaflet.ui.icons.web} style={after(z(2 * MM))} />
          <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: small, color: colors.text }}>{contact.web}</Text>
        </View>
      ) : null}
    </View>
  );
}
