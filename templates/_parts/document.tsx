import { Document, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import type { DocumentMetadata } from '../../src/localize/model.ts';
import { recomposeThai } from '../../src/render/typeset-text.ts';

/**
 * A react-pdf <Document> carrying the leaflet's metadata: title, author, /Lang, fixed dates.
 * Other Document props (the renderer's onRender) pass through. `tagged` writes a tagged
 * PDF/UA-1 file (react-pdf as patched in patches/): the XMP says pdfuaid:part 1, and the
 * text a screen reader gets (ActualText) has Thai SARA AM composed again, as content has it.
 */
export function LeafletDocument({ metadata, children, tagged = false, ...rest }: DocumentProps & { metadata: DocumentMetadata; children: ReactNode; tagged?: boolean }): ReactElement<DocumentProps> {
  // Not in react-pdf's types: `tagged` and `logicalText` come with the patch, and its
  // `conformance` lists only PDF/A although pdfkit also writes PDF/UA.
  const tagging = tagged ? ({ tagged: true, conformance: 'PDF/UA', logicalText: recomposeThai } as object) : {};
  return (
    <Document
      {...rest}
      {...tagging}
      title={metadata.title}
      author={metadata.author || undefined}
      subject={metadata.subject}
      keywords={metadata.keywords}
      creator="leaflets"
      producer="leaflets (react-pdf)"
      language={metadata.language}
      creationDate={metadata.date}
      modificationDate={metadata.date}
    >
      {children}
    </Document>
  );
}
