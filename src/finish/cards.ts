import { PDFDocument } from 'pdf-lib';
import type { OutputMetadata } from './document.ts';
import { createOutput, save } from './document.ts';
import { BLEED_MM, CARD_SHEET, cardSheetSlots, MM, SIZES } from './geometry.ts';
import { drawCutMarks } from './marks.ts';

/**
 * Cards on an A4 portrait sheet, fronts on page 1 and backs on page 2, for duplex
 * printing flipped on the long edge: the back of the card in column c is in column 1−c,
 * so each back lands behind its front. Each card is placed with its bleed, into gutters
 * between the cards, and every cut line is marked in the margins.
 */
export async function cardSheet(rendered: Uint8Array, metadata: OutputMetadata): Promise<Uint8Array> {
  const src = await PDFDocument.load(rendered, { updateMetadata: false });
  const out = await createOutput(metadata);
  // The rendered card is laid out at trim plus 3 mm bleed: embedded whole.
  const [front, back] = await out.embedPages(src.getPages().slice(0, 2));
  const bleed = BLEED_MM * MM;
  const card = { width: SIZES.card.width * MM, height: SIZES.card.height * MM };
  const sheet = { width: SIZES.a4Portrait.width * MM, height: SIZES.a4Portrait.height * MM };
  const slots = cardSheetSlots();
  const xs = [...new Set(slots.flatMap((s) => [s.x * MM, s.x * MM + card.width]))].sort((a, b) => a - b);
  const ys = [...new Set(slots.flatMap((s) => [s.y * MM, s.y * MM + card.height]))].sort((a, b) => a - b);
  const byCol = (col: number) => slots.find((s) => s.col === col)!.x * MM;
  for (const [side, content] of [
    ['front', front],
    ['back', back],
  ] as const) {
    const page = out.addPage([sheet.width, sheet.height]);
    for (const slot of slots) {
      const col = side === 'front' ? slot.col : CARD_SHEET.cols - 1 - slot.col;
      page.drawPage(content!, { x: byCol(col) - bleed, y: slot.y * MM - bleed });
    }
    drawCutMarks(page, { xs, ys, bleed });
  }
  return save(out);
}
