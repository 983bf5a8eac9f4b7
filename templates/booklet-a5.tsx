import { BLEED_MM, SIZES } from '../src/finish/geometry.ts';
import type { Template } from '../src/render/template.ts';
import { CONTACTS_PANEL, COVER_PANEL, ReadingDocument, type ReadingLayout } from './_parts/reading-document.tsx';
import { MM } from './_parts/theme.ts';

// A5 reading pages laid out at trim size plus 3 mm bleed (finishing adds crop marks and
// page boxes). Body 10.5 pt with 1.45 leading: large enough for a stressed reader, small
// enough that a section rarely breaks mid-thought. Text stays 15 mm inside the trim.
const layout: ReadingLayout = {
  size: [(SIZES.a5.width + 2 * BLEED_MM) * MM, (SIZES.a5.height + 2 * BLEED_MM) * MM],
  bleed: BLEED_MM * MM,
  side: 15 * MM,
  top: 14 * MM,
  bottom: 22 * MM,
  footerGap: 2 * MM,
  body: 10.5,
  columns: 2,
  coverPage: true,
};

export const bookletA5: Template = {
  id: 'booklet-a5',
  pageMultiple: 4,
  panels: { [COVER_PANEL]: 1, [CONTACTS_PANEL]: 1 },
  // Spare pages before the back page are filled with larger type (towards the 12 pt
  // clear-print ideal) before any notes page is added.
  bodySizes: [12, 11.5, 11],
  // The contacts page may shrink until its 9.5 pt text is 8 pt, never smaller.
  fitFloor: { size: 9.5, min: 8 },
  // Called as a function so the result is the <Document> itself, which the renderer
  // can give an onRender handler.
  render: (props) => ReadingDocument({ ...props, layout }),
};
