import { messages } from '../../messages.ts';
import type { Check, Finding } from '../context.ts';
import { compact } from '../context.ts';
import { decodeQrCodes } from '../qr.ts';
import { fileOfUrl } from '../../site/paths.ts';
import { MIN_QR_MM } from '../../format-properties.ts';

/**
 * i) Every QR code decodes to the leaflet's online address, and that address leads to a
 * file this build writes.
 */
export const qrCodes: Check = (ctx) => {
  const leaflet = ctx.content?.leaflet;
  const findings: Finding[] = [];
  if (!ctx.content || !leaflet) return findings;
  // Where the format carries a code, the rendered regions are read as a phone would (vector
  // or image); elsewhere, any greyscale image that is a code.
  const decoded = ctx.qr ? ctx.qr.map((q) => q.data) : decodeQrCodes(ctx.pdf);
  const expected = leaflet.onlineUrl;
  if (ctx.limits.qrRegions && expected && decoded.length === 0) findings.push({ check: 'qr', page: 1, message: messages.preflight.qrMissing(expected) });
  for (const small of (ctx.qr ?? []).filter((q) => q.widthMm < MIN_QR_MM - 0.3)) {
    findings.push({ check: 'qr', page: small.page, message: messages.flapCard.qrTooSmall(small.widthMm, MIN_QR_MM) });
  }
  for (const url of decoded) {
    if (url === undefined) {
      findings.push({ check: 'qr', page: 1, message: messages.preflight.qrUnreadable() });
    } else if (url !== expected) {
      findings.push({ check: 'qr', page: 1, message: messages.preflight.qrWrong(url, expected ?? '(none)') });
    } else {
      const file = fileOfUrl(url) ?? url;
      if (!ctx.content.files.has(file)) findings.push({ check: 'qr', page: 1, message: messages.preflight.qrLeadsNowhere(url, file) });
    }
  }
  return findings;
};

/** j) On every page of a draft, the draft notice is printed (overprint is checked for all text). */
export const draftNotice: Check = (ctx) => {
  const notice = ctx.content?.leaflet.ui.draftLine;
  if (!notice) return [];
  // Marks left out: the text layer may misplace Arabic harakat (README, known limits).
  const want = bare(notice);
  return ctx.pdf.pages
    .filter((page) => !linesText(ctx, page.index).includes(want) && !bare(page.glyphs.map((g) => g.str).join('')).includes(want))
    .map((page) => ({ check: 'draft notice', page: page.index, message: messages.preflight.draftMissing(notice) }));
};

const bare = (text: string) => compact(text).replace(/\p{M}/gu, '');
const linesText = (ctx: Parameters<Check>[0], page: number) => bare(ctx.lines.filter((l) => l.page === page).map((l) => l.text).join(''));
