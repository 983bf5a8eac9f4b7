import { SIZES } from '../src/finish/geometry.ts';
import type { Template } from '../src/render/template.ts';
import { CONTACTS_PANEL, ReadingDocument, type ReadingLayout } from './_parts/reading-document.tsx';
import { MM } from './_parts/theme.ts';

// A4 portrait for reading on screen or printing at the office: no bleed, no marks, body
// 12 pt in a 136 mm column (at most about 75 characters a line: wider lines lose the
// reader's eye on the way back), clickable phone numbers and email, an outline of the
// sections. Page 1 opens with the tap-to-call block, the text following on the same page.
const layout: ReadingLayout = {
  size: [SIZES.a4Portrait.width * MM, SIZES.a4Portrait.height * MM],
  bleed: 0,
  side: 37 * MM,
  top: 20 * MM,
  bottom: 24 * MM,
  footerGap: 2 * MM,
  body: 12,
  columns: 2,
  coverPage: false,
};

export const emailA4: Template = {
  id: 'email-a4',
  pageMultiple: 1,
  panels: { [CONTACTS_PANEL]: 1 },
  fitFloor: { size: 9.5, min: 8 },
  render: (props) => ReadingDocument({ ...props, layout }),
};
