import { SIZES } from '../src/finish/geometry.ts';
import type { Template } from '../src/render/template.ts';
import { CONTACTS_PANEL, ReadingDocument, type ReadingLayout } from './_parts/reading-document.tsx';
import { MM } from './_parts/theme.ts';

// A4 portrait for reading on screen or printing at the office: no bleed, no marks, body
// 11 pt, clickable phone numbers and email, an outline of the sections.
const layout: ReadingLayout = {
  size: [SIZES.a4Portrait.width * MM, SIZES.a4Portrait.height * MM],
  bleed: 0,
  side: 22 * MM,
  top: 20 * MM,
  bottom: 24 * MM,
  footerGap: 2 * MM,
  body: 11,
  columns: 3,
  coverPage: false,
};

export const emailA4: Template = {
  id: 'email-a4',
  pageMultiple: 1,
  panels: { [CONTACTS_PANEL]: 1 },
  fitFloor: { size: 9.5, min: 8 },
  render: (props) => ReadingDocument({ ...props, layout }),
};
