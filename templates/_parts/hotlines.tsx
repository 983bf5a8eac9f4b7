import { Link, Text, View } from '@react-pdf/renderer';
import type { LocalizedContact, LocalizedLeaflet, LocalizedPhone } from '../../src/localize/model.ts';
import { colors, direction, MM, shortLabel } from './theme.ts';

/**
 * "A number for every hour": the hotline with what it is and when it is open, and beside
 * it, at the same weight, whom to call when it is closed (the emergency number and the
 * always-open services the leaflet names: `leaflet.afterHours`, chosen by their hours).
 * Every number large is followed by its +47 form for a foreign SIM card, never under 9 pt.
 *
 * One component for every format that prints it: the booklet cover and the email
 * edition's first page (`variant: 'cover'`, with the lead, email and reassurances), the
 * tri-fold front and the card (`variant: 'compact'`: numbers, names, roles and hours).
 */
export interface HotlineOptions {
  leaflet: LocalizedLeaflet;
  /** A design size to the size to set (script adjustment, format scale, fit). */
  z: (size: number) => number;
  /** No text smaller than this, in points: 8 in print (print norms), 10 on a reading page. */
  floor?: number;
  /** 'cover': lead, email and the cover's reassurances too; 'compact': numbers, names, roles, hours. */
  variant?: 'cover' | 'compact';
  /** 'row': name beside its number (wide panels); 'stacked': number under its name (narrow ones). */
  layout?: 'row' | 'stacked';
  /** Colours of the two panels; the defaults suit a white page. */
  palette?: Partial<HotlinePalette>;
  /** Print the hotline's email (the cover variant only). */
  email?: boolean;
}

export interface HotlinePalette {
  /** The hotline's panel and its text. */
  panel: string;
  text: string;
  /** The after-hours panel, its frame and its text. */
  closedPanel: string;
  closedBorder: string;
  closedText: string;
}

export const HOTLINE_PALETTE: HotlinePalette = {
  panel: colors.accent,
  text: colors.white,
  closedPanel: colors.tint,
  closedBorder: colors.accent,
  closedText: colors.accent,
};

/** The smallest size a +47 form may be set at (issue: "at ≥ 9 pt"). */
export const INTERNATIONAL_MIN_PT = 9;

/** Design sizes per variant, in points before `z`. */
const SIZES = {
  cover: { lead: 12, number: 24, name: 12, small: 10, intl: 10, notes: 11.5, heading: 12, pad: 5 * MM, gap: 3.5 * MM },
  compact: { lead: 10, number: 17, name: 9.5, small: 8.5, intl: 9, notes: 9.5, heading: 9.5, pad: 3 * MM, gap: 2 * MM },
};

/** Both panels: the hotline, then whom to call when it is closed. */
export function NumberForEveryHour(props: HotlineOptions) {
  return (
    <View>
      <HotlinePanel {...props} />
      <AfterHoursPanel {...props} />
    </View>
  );
}

/** The hotline's panel: its number large with the +47 form, name, role and hours in words. */
export function HotlinePanel(props: HotlineOptions) {
  const { leaflet, z, variant = 'cover', email = true } = props;
  const dir = direction(leaflet);
  const palette = { ...HOTLINE_PALETTE, ...props.palette };
  const s = SIZES[variant];
  const size = sizer(props);
  const { cover } = leaflet;
  const text = { color: palette.text, ...dir.text };
  return (
    <View style={{ backgroundColor: palette.panel, borderRadius: z(6), padding: z(s.pad) }}>
      {variant === 'cover' ? <Text style={{ fontSize: size(s.lead), lineHeight: 1.3, marginBottom: z(s.gap * 0.6), ...text }}>{cover.lead}</Text> : null}
      <ContactRow {...props} contact={cover.hotline} color={palette.text} />
      {variant === 'cover' && email && cover.hotline.email ? (
        <Link src={`mailto:${cover.hotline.email.replace(/[\u2066-\u2069]/g, '')}`} style={{ textDecoration: 'none' }}>
          <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: size(s.small), marginTop: z(s.gap * 0.5), ...text }}>{cover.hotline.email}</Text>
        </Link>
      ) : null}
      {variant === 'cover' && cover.notes.length > 0 ? (
        <View style={{ marginTop: z(s.gap * 0.8) }}>
          {cover.notes.map((note, i) => (
            <Text key={i} style={{ fontSize: size(s.notes), fontWeight: 700, lineHeight: 1.35, ...text }}>
              {note}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/**
 * Whom to call when the hotline is closed, at the same weight as the hotline: "When KOM is
 * closed" over the emergency number and each always-open service. Where the hotline has
 * no hours to close (it is always open, or the source gives none), "Any time, day or
 * night". Nothing when the leaflet has no such contact.
 */
export function AfterHoursPanel(props: HotlineOptions) {
  const { leaflet, z, variant = 'cover' } = props;
  const contacts = leaflet.afterHours;
  if (contacts.length === 0) return null;
  const dir = direction(leaflet);
  const palette = { ...HOTLINE_PALETTE, ...props.palette };
  const s = SIZES[variant];
  const size = sizer(props);
  const hotline = leaflet.cover.hotline;
  const closes = hotline.hours !== undefined && !hotline.alwaysOpen;
  const heading = closes ? leaflet.ui.hotlineClosed(shortLabel(hotline) ?? hotline.name) : leaflet.ui.hotlineAnyTime;
  return (
    <View
      style={{
        marginTop: z(s.gap),
        backgroundColor: palette.closedPanel,
        borderWidth: 1.2,
        borderColor: palette.closedBorder,
        borderRadius: z(6),
        padding: z(s.pad),
      }}
    >
      <Text style={{ fontSize: size(s.heading), fontWeight: 700, lineHeight: 1.3, color: palette.closedText, marginBottom: z(s.gap * 0.4), ...dir.text }}>{heading}</Text>
      {contacts.map((contact, i) => (
        <View key={contact.id} style={i > 0 ? { marginTop: z(s.gap * 0.7), paddingTop: z(s.gap * 0.7), borderTopWidth: 0.5, borderColor: palette.closedBorder } : {}}>
          <ContactRow {...props} contact={contact} color={palette.closedText} />
        </View>
      ))}
    </View>
  );
}

/**
 * One service: its name (short where it has one) and role, its hours in words, and its
 * first number large with the +47 form under it. In the cover variant, further numbers
 * (from abroad, WhatsApp) follow with their labels.
 */
export function ContactRow(props: HotlineOptions & { contact: LocalizedContact; color: string }) {
  const { leaflet, z, contact, color, variant = 'cover', layout = 'row' } = props;
  const dir = direction(leaflet);
  const s = SIZES[variant];
  const size = sizer(props);
  const [first, ...others] = contact.phones;
  const text = { color, lineHeight: 1.3, ...dir.text };
  const details = [
    <Text key="name" style={{ ...text, fontSize: size(s.name), fontWeight: 700 }}>{shortLabel(contact) ?? contact.name}</Text>,
    contact.role ? <Text key="role" style={{ ...text, fontSize: size(s.small) }}>{contact.role}</Text> : null,
    contact.hours ? <Text key="hours" style={{ ...text, fontSize: size(s.small) }}>{contact.hours}</Text> : null,
  ];
  if (!first) {
    // A service the source names without a number: its name is what to look for. (No
    // flex here: in the panel's column, flex: 1 collapsed its height and the lines overlapped.)
    return <View>{details}</View>;
  }
  const who = <View style={layout === 'row' ? { flex: 1, [dir.rtl ? 'marginLeft' : 'marginRight']: z(3 * MM) } : {}}>{details}</View>;
  // Numbers sit at the row's end beside the name, or under it at its start.
  const align = (layout === 'stacked') === dir.rtl ? ('flex-end' as const) : ('flex-start' as const);
  const numbers = (
    <View style={{ alignItems: align, flexShrink: 0, marginTop: layout === 'stacked' ? z(1) : 0 }}>
      <PhoneNumber {...props} phone={first} color={color} large align={align} />
      {variant === 'cover' ? others.map((phone, i) => <PhoneNumber key={i} {...props} phone={phone} color={color} large={false} align={align} />) : null}
    </View>
  );
  return layout === 'row' ? (
    <View style={{ flexDirection: dir.row, alignItems: 'flex-start', justifyContent: 'space-between' }}>
      {who}
      {numbers}
    </View>
  ) : (
    <View>
      {who}
      {numbers}
    </View>
  );
}

/** A number as a tap-to-call link, its use ("WhatsApp") and, for a large one, its +47 form. */
function PhoneNumber(props: HotlineOptions & { phone: LocalizedPhone; color: string; large: boolean; align: 'flex-start' | 'flex-end' }) {
  const { leaflet, phone, color, large, align, variant = 'cover' } = props;
  const s = SIZES[variant];
  const size = sizer(props);
  const dir = direction(leaflet);
  const latin = { fontFamily: leaflet.latinFamilies, color };
  const small = Math.max(INTERNATIONAL_MIN_PT, size(s.intl));
  return (
    <View style={{ alignItems: align }}>
      <Link src={`tel:${phone.tel}`} style={{ textDecoration: 'none' }}>
        <Text style={{ ...latin, fontSize: large ? size(s.number) : size(s.small * 1.15), fontWeight: 700, lineHeight: 1.15 }}>{phone.display}</Text>
      </Link>
      {large && phone.international ? <Text style={{ ...latin, fontSize: small, lineHeight: 1.25 }}>{phone.international}</Text> : null}
      {phone.label ? <Text style={{ fontSize: size(s.small), color, lineHeight: 1.25, ...dir.text }}>{phone.label}</Text> : null}
    </View>
  );
}

/** Set size of a design size: scaled by `z`, never below the floor. */
function sizer({ z, floor = 8 }: HotlineOptions) {
  return (design: number) => Math.max(floor, z(design));
}
