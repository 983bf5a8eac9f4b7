import { PDFDocument } from 'pdf-lib';
import type { OutputMetadata } from './document.ts';
import { trimBox } from './bleed.ts';
import { createOutput, save } from './document.ts';
import { MM, SIZES } from './geometry.ts';
import { drawGridMarks } from './marks.ts';

export const CARD_GRID = { cols: 2, rows: 5 };

/**
 * Ten cards on an A4 portrait sheet, fronts on page 1 and backs on page 2, for duplex
 * printing flipped on the long edge: the back of the card in column c is in column 1−c,
 * so each back lands behind its front. Cards abut at trim size; marks show every cut.
 */
export async function cardSheet(rendered: Uint8Array, metadata: OutputMetadata): Promise<Uint8Array> {
  const src = await PDFDocument.load(rendered, { updateMetadata: false });
  const out = await createOutput(metadata);
  const box = trimBox(SIZES.card);
  const [front, back] = await out.embedPages(src.getPages().slice(0, 2), [box, box]);
  const card = { width: SIZES.card.width * MM, height: SIZES.card.height * MM };
  const sheet = { width: SIZES.a4Portrait.width * MM, height: SIZES.a4Portrait.height * MM };
  const grid = { x: (sheet.width - CARD_GRID.cols * card.width) / 2, y: (sheet.height - CARD_GRID.rows * card.height) / 2 };
  const cols = Array.from({ length: CARD_GRID.cols + 1 }, (_, i) => grid.x + i * card.width);
  const rows = Array.from({ length: CARD_GRID.rows + 1 }, (_, i) => grid.y + i * card.height);
  for (const [side, content] of [
    ['front', front],
    ['back', back],
  ] as const) {
    const page = out.addPage([sheet.width, sheet.height]);
    for (let r = 0; r < CARD_GRID.rows; r++) {
      for (let c = 0; c < CARD_GRID.cols; c++) {
        const col = side === 'front' ? c : CARD_GRID.cols - 1 - c;
        page.drawPage(content!, { x: grid.x + col * card.width, y: grid.y + r * card.height });
      }
    }
    drawGridMarks(page, grid, cols, rows);
  }
  return save(out);
}
