import { PDFDocument } from 'pdf-lib';
import type { DocumentMetadata } from '../localize/model.ts';

/** A new PDF for finished output, with the leaflet's metadata and no clock in it. */
export async function createOutput(metadata: DocumentMetadata): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords.split(/,\s*/).filter(Boolean));
  doc.setCreator('leaflets');
  doc.setProducer('leaflets (react-pdf, pdf-lib)');
  doc.setLanguage(metadata.language);
  doc.setCreationDate(metadata.date);
  doc.setModificationDate(metadata.date);
  return doc;
}

/** Saves with object streams (smaller files); pdf-lib writes no date or random id. */
export async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
