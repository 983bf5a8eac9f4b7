import type { Locale, TranslationStatus } from '../schema.ts';

/** A leaflet in one language with every placeholder resolved: what templates render. */
export interface LocalizedLeaflet {
  id: string;
  locale: Locale;
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
  publisher: LocalizedContact;
  sections: LocalizedSection[];
  /** The short version (tri-fold): chosen sections with chosen blocks; empty if none. */
  short: LocalizedSection[];
  /** The contacts for the back page, in the leaflet's order. */
  contacts: LocalizedContact[];
  /** The hotlines on the back of the wallet card; empty if the leaflet has no card. */
  card: LocalizedContact[];
  /** The online edition in this language (its page of the site), for the card's QR code. */
  onlineUrl?: string;
  /** The same address without https://, printed beside the QR code. */
  onlineAddress?: string;
  /**
   * Every phone number, email and web address the registry has, as printed in this
   * language: preflight checks that none is split across lines.
   */
  facts: string[];
  /** Whether the leaflet has a fuller edition than its tri-fold (booklet or email) in more than one language. */
  hasFullEdition: boolean;
  ui: UiText;
  metadata: DocumentMetadata;
}

export interface LocalizedSection {
  id: string;
  heading: string;
  blocks: LocalizedBlock[];
}

export type LocalizedBlock =
  | { kind: 'text'; id: string; text: string }
  | { kind: 'callout'; id: string; text: string }
  | { kind: 'list'; id: string; items: Array<{ text: string; items: string[] }> };

export interface LocalizedContact {
  id: string;
  name: string;
  short?: string;
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
