import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { formatHours, type HoursWords } from '../hours.ts';
import type { Contact, Locale, Phone } from '../schema.ts';
import type { LocalizedContact, LocalizedPhone } from './model.ts';

/**
 * Left-to-right isolate (U+2066 … U+2069): keeps a phone number, email or URL in its
 * own order inside right-to-left text, where bidi would otherwise reorder its digit groups.
 */
export function isolate(text: string, locale: Locale): string {
  return locale.direction === 'rtl' ? `\u2066${text}\u2069` : text;
}

export interface ContactWords {
  hours: HoursWords;
  phoneUse: (use: Phone['use']) => string;
}

/**
 * A number's groups joined by no-break spaces: react-pdf breaks lines only at ASCII
 * spaces, so a reader never sees "47 45 / 15 00" and dials half a number.
 */
export const unbreakable = (text: string) => text.replace(/ /g, '\u00A0');

export function localizePhone(phone: Phone, contact: Contact, locale: Locale, words: ContactWords): LocalizedPhone {
  const display = unbreakable(phone.display ?? phone.short ?? '');
  const international =
    phone.e164 !== undefined ? `+${getCountryCallingCode(contact.country as CountryCode)}\u00A0${display}` : undefined;
  // Numbers for calling from abroad and WhatsApp numbers only work with the country code.
  const withCode = phone.use === 'abroad' || phone.use === 'whatsapp';
  const shown = withCode && international ? international : display;
  return {
    display: isolate(shown, locale),
    ...(international && !withCode ? { international: isolate(international, locale) } : {}),
    tel: phone.e164 ?? phone.short ?? '',
    ...(phone.use !== 'main' ? { label: words.phoneUse(phone.use) } : {}),
  };
}

/** The short name in this language: the one for every language, this language's, or the English. */
export function shortName(short: NonNullable<Contact['short']>, code: string): string {
  return typeof short === 'string' ? short : (short[code] ?? short.en ?? '');
}

/**
 * The languages a service speaks, named in the reader's language by the platform's CLDR
 * data: "Ukrainian and Russian", "українська і російська", "乌克兰语和俄语".
 */
export function languageList(codes: string[], locale: Locale): string {
  const tag = locale.intl ?? locale.code;
  const names = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' });
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
}

/** A contact in one language: name, formatted numbers and hours. */
export function localizeContact(contact: Contact, locale: Locale, words: ContactWords): LocalizedContact {
  return {
    id: contact.id,
    name: contact.name[locale.code] ?? contact.name.en ?? contact.id,
    ...(contact.short ? { short: shortName(contact.short, locale.code) } : {}),
    // A role missing in this language falls back to English rather than leaving the
    // service unexplained; `check` names the missing translation.
    ...(contact.role ? { role: contact.role[locale.code] ?? contact.role.en } : {}),
    ...(contact.languages ? { languages: languageList(contact.languages, locale) } : {}),
    alwaysOpen: contact.hours?.always === true,
    phones: contact.phones.map((p) => localizePhone(p, contact, locale, words)),
    ...(contact.email ? { email: isolate(contact.email, locale) } : {}),
    ...(contact.web ? { web: isolate(contact.web.replace(/^https?:\/\//, '').replace(/\/$/, ''), locale) } : {}),
    ...(contact.hours ? { hours: formatHours(contact.hours, locale.intl ?? locale.code, words.hours) } : {}),
  };
}

/**
 * Whom to call when the hotline is closed: the emergency number, then the leaflet's other
 * contacts that are always open and can be phoned, in the leaflet's order.
 */
export function afterHoursContacts(hotline: LocalizedContact, emergency: LocalizedContact | undefined, contacts: LocalizedContact[]): LocalizedContact[] {
  const picked = emergency && emergency.id !== hotline.id ? [emergency] : [];
  for (const c of contacts) {
    if (c.alwaysOpen && c.phones.length > 0 && c.id !== hotline.id && !picked.some((p) => p.id === c.id)) picked.push(c);
  }
  return picked;
}
