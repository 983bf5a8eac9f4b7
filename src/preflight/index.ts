import { FORMAT_LIMITS, type AnyOutputFormat } from '../format-properties.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { figures, overprint, safeArea, typeSize } from './checks/geometry.ts';
import { glyphs } from './checks/glyphs.ts';
import { trifoldPanels } from './checks/panels.ts';
import { factsOnOneLine } from './checks/facts.ts';
import { hyphenatedShare, hyphens } from './checks/hyphens.ts';
import { keepWithNext } from './checks/keep-with-next.ts';
import { draftNotice, qrCodes } from './checks/qr-and-draft.ts';
import { wordBreaks } from './checks/word-breaks.ts';
import { isTagged, tagged } from './checks/tagged.ts';
import { compact, inFooter, type Check, type CheckContext, type Finding, type PreflightContent } from './context.ts';
import { placeRegions, readLines } from './lines.ts';
import { readPdf } from './read-pdf.ts';
import { scanQrCodes } from './qr-scan.ts';

export type { PreflightContent } from './context.ts';

/** What preflight measured, recorded in the manifest for every PDF it passed. */
export interface PreflightFigures {
  passed: boolean;
  smallestTextPt: number;
  closestToTrimMm: number | null;
  hyphenatedShare: number;
  /** A tagged PDF (structure tree, MarkInfo): the editions FORMAT_LIMITS marks `tagged` are checked as such. */
  tagged: boolean;
}

export interface PreflightResult {
  findings: Finding[];
  figures: PreflightFigures;
}

/** Checks that need only the PDF: they run on any file, a designer's too. */
const GEOMETRY: Check[] = [typeSize, safeArea, overprint, glyphs, tagged];
/** Checks that know what the leaflet is meant to say. */
const CONTENT: Check[] = [factsOnOneLine, hyphens, wordBreaks, keepWithNext, qrCodes, draftNotice, trifoldPanels];
/** Checks of a companion file: what its own finishing could get wrong. */
const COMPANION: Check[] = [qrCodes, draftNotice];

/**
 * Reads a finished PDF back and measures it against its format's limits
 * (src/format-properties.ts) and, where the leaflet is known, against what it must say:
 * numbers whole on one line, the hyphenation policy, headings with their text, QR codes
 * that lead somewhere, the draft notice on every page.
 */
export async function preflightPdf(input: {
  bytes: Uint8Array;
  format: AnyOutputFormat;
  /** PostScript names of the fonts the fonts manifest names (absent: any font is accepted). */
  fonts?: ReadonlySet<string>;
  rtl?: boolean;
  content?: PreflightContent;
}): Promise<PreflightResult> {
  const pdf = await readPdf(input.bytes);
  const limits = FORMAT_LIMITS[input.format];
  const rtl = input.rtl ?? false;
  const regions = placeRegions(pdf, limits, rtl);
  const lines = readLines(pdf, regions);
  // Rendering is the costly part of reading a QR code: only where the format has one and its content is known.
  const qr = limits.qrRegions && input.content ? await scanQrCodes(input.bytes, regions) : undefined;
  const contextWith = (content?: PreflightContent): CheckContext => {
    const ctx: CheckContext = { format: input.format, limits, pdf, regions, lines, flow: [], rtl, ...(qr ? { qr } : {}), ...(input.fonts ? { fonts: input.fonts } : {}), ...(content ? { content } : {}) };
    ctx.flow = lines.filter((l) => !inFooter(ctx, l));
    return ctx;
  };
  // Companion files (imposed booklet, card sheet) are the same pages again: their draft
  // notice and QR codes are checked, the text itself was checked in the main file.
  const withContent = input.content ? contextWith(input.content) : undefined;
  const ctx = withContent && limits.content ? withContent : contextWith();
  const findings = [...GEOMETRY.flatMap((check) => check(ctx)), ...(withContent ? (limits.content ? CONTENT : COMPANION).flatMap((check) => check(withContent)) : [])];
  return {
    findings,
    figures: { passed: !findings.some((f) => !f.warning), ...figures(ctx), hyphenatedShare: hyphenatedShare(ctx), tagged: isTagged(pdf.document) },
  };
}

type Where = { leaflet: string; locale: string; format: string; template: string; content?: PreflightContent };

/** The findings as problems, refusals and warnings apart: only a refusal stops a PDF. */
export function problemsOf(findings: Finding[], where: Where): { refusals: Problem[]; warnings: Problem[] } {
  return { refusals: findingsToProblems(findings.filter((f) => !f.warning), where), warnings: findingsToProblems(findings.filter((f) => f.warning), where) };
}

/**
 * Turns findings into problems a person can act on: the content file and line of the
 * text concerned where it can be found, else the format's template; then leaflet,
 * language, format and page.
 */
export function findingsToProblems(findings: Finding[], where: Where): Problem[] {
  return findings.map((f) => {
    const needle = f.needle ? compact(f.needle).replace(/[-\u2010]$/, '').slice(0, 24) : '';
    const traced = needle.length >= 3 ? where.content?.texts.find((t) => compact(t.text).includes(needle)) : undefined;
    const located = traced ? traced.origin(f.needle?.trim().split(/\s+/)[0]) : { file: where.template };
    const message = messages.preflight.problem(where, f.page + 1, f.message, f.warning === true);
    return { ...located, message };
  });
}
