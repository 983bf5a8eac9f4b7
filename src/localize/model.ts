import type { IconName } from '../icons.ts';
import type { Locale, TranslationStatus } from '../schema.ts';

/** A leaflet in one language with every placeholder resolved: what templates render. */
export interface LocalizedLeaflet {
  id: string;
  locale: Locale;
  /** The source language, when some parts are not yet translated and are printed in it (`lang` on them). */
  fallbackLocale?: Locale;
  status: TranslationStatus;
  /** True while any unit is unreviewed, stale or missing: every page then says so. */
  draft: boolean;
  /** Font families to try in order for this locale's script. */
  fontFamilies: string[];
  /** The Latin chain, for emails, web addresses and phone numbers in any script. */
  latinFamilies: string[];
  /** Multiplier for every type size, so this script reads as large as Latin. */
  fontScale: number;
  title: string;
  cover: { lead: string; notes: string[]; hotline: LocalizedContact };
  /** The emergency number, when the leaflet names one. */
  emergency?: LocalizedContact;
  /**
   * Whom to call when the hotline is closed, at equal weight beside it: the emergency
   * number, then every other contact of the leaflet that is always open and has a phone.
   * Chosen by the contacts' hours, never by hand. Empty when the hotline is always open
   * and is itself the emergency number.
   */
  afterHours: LocalizedContact[];
  publisher: LocalizedContact;
  sections: LocalizedSection[];
  /** The short version (tri-fold): chosen sections with chosen blocks; empty if none. */
  short: LocalizedSection[];
  /** The contacts for the back page, in the leaflet's order. */
  contacts: LocalizedContact[];
  /** The hotlines on the back of the wallet card; empty if the leaflet has no card. */
  card: LocalizedContact[];
  /** The card front's words of reassurance, from the leaflet's own text (`cardReassurance`). */
  reassurance?: string;
  /** The tri-fold flap's "your rights at a glance": an icon and a few words per right (`flap.rights`). */
  rightsAtAGlance?: Array<{ icon: IconName; text: string }>;
  /** The one-page flyer's key lines, when the leaflet has a flyer. */
  flyer?: LocalizedFlyer;
  /** The online edition in this language (its page of the site), for the card's QR code. */
  onlineUrl?: string;
  /** The same address without https://, printed beside the QR code. */
  onlineAddress?: string;
  /**
   * Every phone number, email and web address the registry has, as printed in this
   * language: preflight checks that none is split across lines.
   */
  facts: string[];
  /**
   * Texts printed in the source language because the translation lacks them (a draft),
   * and that language: a tagged PDF marks them with their own /Lang.
   */
  fallback?: { lang: string; texts: string[] };
  /** Whether the leaflet has a fuller edition than its tri-fold (booklet or email) in more than one language. */
  hasFullEdition: boolean;
  ui: UiText;
  metadata: DocumentMetadata;
}

export interface LocalizedFlyer {
  /** The key lines chosen under `flyer` in leaflet.yaml, in this language. */
  lines: string[];
  /** The same leaflet in the flyer's second language (nb or en), printed beside this one. */
  second?: LocalizedLeaflet;
}

export interface LocalizedSection {
  id: string;
  heading: string;
  /**
   * Set (to the source language's code, "en") when the heading is not yet translated and
   * is printed in the source language; absent when it is in the leaflet's language.
   * Blocks and list items carry the same field for their own text.
   */
  lang?: string;
  blocks: LocalizedBlock[];
}

/** A list item; `lang` as on LocalizedSection (its nested items follow it). */
export interface LocalizedItem {
  text: string;
  lang?: string;
  items: string[];
  /** The item's pictogram, chosen in the source text. */
  icon?: IconName;
  /** The item in a few words (the tri-fold flap). */
  short?: string;
}

export type LocalizedBlock =
  | { kind: 'text'; id: string; text: string; lang?: string }
  | { kind: 'callout'; id: string; text: string; lang?: string }
  | { kind: 'list'; id: string; items: LocalizedItem[]; lang?: string };

export interface LocalizedContact {
  id: string;
  name: string;
  short?: string;
  /** What the service is, in a few words ("for children and young people"), when contacts.yaml says. */
  role?: string;
  /** The languages it speaks with callers, as a phrase: "Ukrainian and Russian" (contacts.yaml `languages`). */
  languages?: string;
  /** Open 24 hours, every day (its hours are `24/7`). */
  alwaysOpen: boolean;
  phones: LocalizedPhone[];
  email?: string;
  web?: string;
  hours?: string;
}

export interface LocalizedPhone {
  /** As printed in the contact's country: "47 45 15 00", "112". */
  display: string;
  /** With the country code, for calling from a foreign phone: "+47 47 45 15 00". */
  international?: string;
  /** For a tel: link. */
  tel: string;
  /** "from abroad", "WhatsApp": empty for the main number. */
  label?: string;
}

/** The templates' own words in this language. */
export interface UiText {
  labels: { phone: string; email: string; web: string; open: string };
  /** "Email: x" with the language's own punctuation (French puts a space before the colon). */
  pair: (label: string, value: string) => string;
  backHeading: string;
  emergency: string;
  notesHeading: string;
  /** Shown on every page while the translation is not reviewed; absent otherwise. */
  draftLine?: string;
  endonym: string;
  cardHelp: string;
  cardEmergency: string;
  cardScan: string;
  trifoldMore: string;
  /** "This part is not yet translated": beside every section printed in the source language. */
  untranslated: string;
  /** The tri-fold flap's headings: "Your rights at a glance", "Who can help". */
  flap: { rights: string; whoCanHelp: string };
  /** Each pictogram's text alternative in this language (tagged and HTML editions). */
  icons: Record<IconName, string>;
  /** Heading of the after-hours block: "When KOM is closed", with the hotline's short name. */
  hotlineClosed: (name: string) => string;
  /** Heading of the after-hours block when the hotline has no hours to close: "Any time, day or night". */
  hotlineAnyTime: string;
  imprint: { publisher: string; source: string; validFrom: string };
  pageOf: (page: number, total: number) => string;
  pagesLine: (count: number) => string;
  /** The site's own words (src/site/, templates/html/). */
  site: SiteWords;
}

/** The HTML edition's words: the names of the editions, and "I read this language" for the index. */
export interface SiteWords {
  iRead: string;
  /** The language chart's title ("Point to your language"): the index's title. */
  chartTitle: string;
  webPage: string;
  emailPdf: string;
  printFiles: string;
  booklet: string;
  bookletImposed: string;
  trifold: string;
  cardSheet: string;
  noPicture: string;
  allLanguages: string;
  pdfHeading: string;
}

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  /** Fixed, never the clock: the same inputs give the same bytes. */
  date: Date;
}
