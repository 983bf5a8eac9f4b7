import { recomposeThai } from '../render/typeset-text.ts';
import type { AnyOutputFormat, FormatLimits } from '../format-properties.ts';
import type { TracedText } from '../localize/index.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { Line, PlacedRegion } from './lines.ts';
import type { ScannedQr } from './qr-scan.ts';
import type { ReadPdf } from './read-pdf.ts';

/** What preflight knows about the file beyond its bytes: the leaflet it is meant to show. */
export interface PreflightContent {
  leaflet: LocalizedLeaflet;
  /** Every string the PDF can show, with the content file and line it came from. */
  texts: TracedText[];
  /** Files the build writes for this leaflet and language (relative to output/): where a QR code may lead. */
  files: ReadonlySet<string>;
}

export interface CheckContext {
  format: AnyOutputFormat;
  limits: FormatLimits;
  pdf: ReadPdf;
  regions: PlacedRegion[];
  /** Every line, in reading order. */
  lines: Line[];
  /** The lines of the text's flow: every line but page furniture (see inFooter). */
  flow: Line[];
  rtl: boolean;
  /** The PostScript names of the fonts the fonts manifest names; absent for a PDF from elsewhere. */
  fonts?: ReadonlySet<string>;
  /** Absent for a PDF from elsewhere: then only the checks that need no content run. */
  content?: PreflightContent;
  /** QR codes read from the rendered regions, for formats whose limits say they carry one. */
  qr?: ScannedQr[];
}

/** One thing a check found. `needle` is text near the problem, to find the content line it came from. */
export interface Finding {
  check: string;
  page: number;
  message: string;
  needle?: string;
  /** A judgement call for a person, not a refusal. */
  warning?: boolean;
}

export type Check = (ctx: CheckContext) => Finding[];

/**
 * Text reduced to what a PDF's text layer keeps in every script, for comparing what was
 * drawn with what was meant: no whitespace, no format characters (bidi isolates, soft
 * hyphens), digits of any system as ASCII, Thai SARA AM composed (layout draws it
 * decomposed), compatibility forms folded.
 */
export function compact(text: string): string {
  return recomposeThai(text)
    .normalize('NFC')
    .replace(/\p{Nd}/gu, (d) => String(digitValue(d)))
    .replace(/[\s\p{Cf}]/gu, '')
    .toLowerCase();
}

/** A decimal digit's value in any script: digit sets are runs of ten, so count back to the run's start. */
function digitValue(d: string): number {
  let k = 0;
  for (let cp = d.codePointAt(0)! - 1; /\p{Nd}/u.test(String.fromCodePoint(cp)); cp--) k++;
  return k % 10;
}

/**
 * Whether a line is page furniture rather than the text's flow: in its region's footer
 * band (page numbers, hotline), or a line of the draft notice.
 */
export function inFooter(ctx: CheckContext, line: Line): boolean {
  const band = ctx.limits.footerBandMm;
  if (band !== undefined && line.y < line.region.box.bottom + (band * 72) / 25.4) return true;
  const notice = ctx.content?.leaflet.ui.draftLine;
  const text = compact(line.text);
  return notice !== undefined && text.length > 0 && compact(notice).includes(text);
}

/** Consecutive line pairs a sentence may run across: within a region, and from a region's last lines to the next region's first. */
export function linePairs(lines: Line[]): Array<[Line, Line]> {
  const pairs: Array<[Line, Line]> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.region === b.region) pairs.push([a, b]);
  }
  const regions = [...new Set(lines.map((l) => l.region))];
  for (let r = 0; r + 1 < regions.length; r++) {
    // A card's sides (and the cards of a sheet) are separate pieces: no text runs from one to the next.
    if (regions[r]!.role === 'card') continue;
    const tail = lines.filter((l) => l.region === regions[r]).slice(-3);
    const head = lines.filter((l) => l.region === regions[r + 1]).slice(0, 3);
    for (const a of tail) for (const b of head) pairs.push([a, b]);
  }
  return pairs;
}
