import { Document, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import type { DocumentMetadata } from '../../src/localize/model.ts';

/**
 * A react-pdf <Document> carrying the leaflet's metadata: title, author, /Lang, fixed dates.
 * Other Document props (the renderer's onRender) pass through.
 */
export function LeafletDocument({ metadata, children, ...rest }: DocumentProps & { metadata: DocumentMetadata; children: ReactNode }): ReactElement<DocumentProps> {
  return (
    <Document
      {...rest}
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
