import { cardSheetSlots, MM, SIZES, TRIFOLD_PANELS_MM } from './finish/geometry.ts';
import type { OutputFormat } from './formats.ts';
import type { CHART_FORMAT } from './schema.ts';

/** Every file format a build writes, the language chart's included; `pdf` is a PDF from elsewhere. */
export type AnyOutputFormat = OutputFormat | typeof CHART_FORMAT | typeof GENERIC_PDF;

/** A PDF preflight knows nothing about: its TrimBox with the print norms' 5 mm safe area. */
export const GENERIC_PDF = 'pdf';

/** What a part of a finished page is for: preflight applies its rules per role. */
export type RegionRole = 'cover' | 'reading' | 'contacts' | 'card';

/** A part of a finished page, in millimetres from the TrimBox's bottom left. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
  role: RegionRole;
  /** Order in which a reader reads the regions of a document (text may flow from one to the next). */
  order: number;
}

/** The properties of a finished file that preflight measures it against. */
export interface FormatLimits {
  /** No glyph closer than this to a trim edge, a fold or a cut, in millimetres. */
  safeMm: number;
  /** Body text (the sections' paragraphs and lists) at least this size, in points. */
  minBodyPt?: number;
  /** Text this close to a region's foot (mm) is a footer, not body text. */
  footerBandMm?: number;
  /** The regions of page `index` (0-based) of `count`, in TrimBox millimetres. */
  regions(index: number, count: number, rtl: boolean): Region[];
  /** Whether the file carries the leaflet's text for content checks (not a companion copy). */
  content: boolean;
  /** Regions are each page's TrimBox, whatever its size (a PDF from elsewhere). */
  trimRegions?: boolean;
  /**
   * A tagged PDF (PDF/UA-1): the template writes structure and preflight checks it. Only
   * for files no finishing step rebuilds (pdf-lib drops the structure).
   */
  tagged?: boolean;
  /** Regions that carry a QR code (a card, each card of the sheet): preflight renders them and reads the code as a phone would. */
  qrRegions?: boolean;
}

/** The smallest QR symbol a phone reads reliably at arm's length, in millimetres (print norms). */
export const MIN_QR_MM = 20;

/** The print norms every file follows: never type under 8 pt (print-norms.md). */
export const MIN_TYPE_PT = 8;

const whole = (width: number, height: number, role: (index: number, count: number) => RegionRole) =>
  (index: number, count: number): Region[] => [{ x: 0, y: 0, width, height, role: role(index, count), order: index }];

const readingPages = (index: number, count: number): RegionRole => (index === 0 ? 'cover' : index === count - 1 ? 'contacts' : 'reading');
/** The email edition has no cover page: page 1 opens with the tap-to-call block and the text follows. */
const emailPages = (index: number, count: number): RegionRole => (index === count - 1 && count > 1 ? 'contacts' : 'reading');

/**
 * A DL tri-fold's panels, left to right on each side as a printer sees it (outside: flap
 * back, back cover, front cover; inside: panels 2, 3, 4), mirrored for right to left. The
 * reading order is front cover, the flap's outside (seen first on opening), inside 2-3-4,
 * back cover. The text flows through 2-3-4 only: the flap is a panel of its own.
 */
function trifoldRegions(index: number, _count: number, rtl: boolean): Region[] {
  const { flap, panel } = TRIFOLD_PANELS_MM;
  const h = SIZES.a4Landscape.height;
  const outside: Array<[number, RegionRole, number]> = [
    [flap, 'reading', 2],
    [panel, 'contacts', 6],
    [panel, 'cover', 1],
  ];
  const inside: Array<[number, RegionRole, number]> = [
    [panel, 'reading', 3],
    [panel, 'reading', 4],
    [flap, 'reading', 5],
  ];
  const side = index === 0 ? outside : inside;
  const ordered = rtl ? [...side].reverse() : side;
  let x = 0;
  return ordered.map(([width, role, order]) => {
    const region = { x, y: 0, width, height: h, role, order };
    x += width;
    return region;
  });
}

/** The cards of the card sheet, set apart by gutters (finish/geometry.ts, cardSheetSlots). */
function cardSheetRegions(index: number): Region[] {
  return cardSheetSlots().map((slot) => ({ x: slot.x, y: slot.y, width: SIZES.card.width, height: SIZES.card.height, role: 'card' as const, order: index }));
}

/**
 * Per file format: where its text may go and how small it may be. Preflight reads these;
 * the templates are laid out to keep them (templates/ and src/finish/geometry.ts).
 */
export const FORMAT_LIMITS: Record<AnyOutputFormat, FormatLimits> = {
  'booklet-a5': { safeMm: 5, minBodyPt: 10, footerBandMm: 20, content: true, regions: whole(SIZES.a5.width, SIZES.a5.height, readingPages) },
  // Two A5 pages on each A4 sheet: the spine fold is an edge for both.
  'booklet-a5-imposed': {
    safeMm: 5,
    content: false,
    regions: (index) => [0, 1].map((i) => ({ x: i * SIZES.a5.width, y: 0, width: SIZES.a5.width, height: SIZES.a5.height, role: 'reading' as const, order: index * 2 + i })),
  },
  'trifold-dl': { safeMm: 5, content: true, regions: trifoldRegions },
  card: { safeMm: 4, content: true, qrRegions: true, regions: whole(SIZES.card.width, SIZES.card.height, () => 'card') },
  'card-sheet': { safeMm: 4, content: false, qrRegions: true, regions: cardSheetRegions },
  'email-a4': { safeMm: 5, minBodyPt: 10, footerBandMm: 22, content: true, tagged: true, regions: whole(SIZES.a4Portrait.width, SIZES.a4Portrait.height, emailPages) },
  // One page, all of it a cover: nothing hyphenated, nothing under 8 pt, 5 mm inside the trim.
  'flyer-a4': { safeMm: 5, content: true, qrRegions: true, regions: whole(SIZES.a4Portrait.width, SIZES.a4Portrait.height, () => 'cover') },
  'flyer-a5': { safeMm: 5, content: true, qrRegions: true, regions: whole(SIZES.a5.width, SIZES.a5.height, () => 'cover') },
  'chart-a4': { safeMm: 5, content: false, regions: whole(SIZES.a4Portrait.width, SIZES.a4Portrait.height, () => 'reading') },
  [GENERIC_PDF]: { safeMm: 5, content: false, regions: () => [], trimRegions: true },
};

/** Points to millimetres. */
export const toMm = (pt: number) => pt / MM;

/** Where each file's layout is made, for problems preflight cannot trace to a content line. */
export const TEMPLATE_FILES: Record<AnyOutputFormat, string> = {
  'booklet-a5': 'templates/booklet-a5.tsx',
  'booklet-a5-imposed': 'src/finish/impose.ts',
  'trifold-dl': 'templates/trifold-dl.tsx',
  card: 'templates/card.tsx',
  'card-sheet': 'src/finish/cards.ts',
  'email-a4': 'templates/email-a4.tsx',
  'flyer-a4': 'templates/flyer.tsx',
  'flyer-a5': 'templates/flyer.tsx',
  'chart-a4': 'templates/language-chart.tsx',
  [GENERIC_PDF]: '',
};
