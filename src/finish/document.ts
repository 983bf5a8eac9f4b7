import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { DocumentMetadata } from '../localize/model.ts';
import type { TranslationStatus } from '../schema.ts';

/**
 * What a finished PDF is, written into its Info dictionary (key /LeafletsOutput, JSON), so
 * that output/manifest.json can be rebuilt from the files alone when it is lost or corrupt.
 */
export interface OutputIdentity {
  leaflet: string;
  locale: string;
  format: string;
  status: TranslationStatus;
  draft: boolean;
}

/** A leaflet's metadata, with the identity of the file being made from it. */
export type OutputMetadata = DocumentMetadata & { output?: OutputIdentity };

const IDENTITY = PDFName.of('LeafletsOutput');

/** A new PDF for finished output, with the leaflet's metadata and no clock in it. */
export async function createOutput(metadata: OutputMetadata): Promise<PDFDocument> {
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
  if (metadata.output) setIdentity(doc, metadata.output);
  return doc;
}

/** Saves with object streams (smaller files); pdf-lib writes no date or random id. */
export async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * Adds the identity to a PDF that was not made by createOutput (the email edition and the
 * language chart come straight from react-pdf). Re-saving keeps every object (links,
 * outline, fonts) and adds nothing that changes between runs.
 */
export async function identify(bytes: Uint8Array, identity: OutputIdentity): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  setIdentity(doc, identity);
  return save(doc);
}

/** The identity a finished PDF carries, or undefined for one made elsewhere. */
export function readIdentity(doc: PDFDocument): OutputIdentity | undefined {
  const info = infoDict(doc);
  const value = info.lookup(IDENTITY);
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  try {
    const data = JSON.parse(value.decodeText()) as Partial<OutputIdentity>;
    if (typeof data.leaflet !== 'string' || typeof data.locale !== 'string' || typeof data.format !== 'string') return undefined;
    if (typeof data.status !== 'string' || typeof data.draft !== 'boolean') return undefined;
    return { leaflet: data.leaflet, locale: data.locale, format: data.format, status: data.status, draft: data.draft };
  } catch {
    return undefined;
  }
}

function setIdentity(doc: PDFDocument, identity: OutputIdentity): void {
  // Fixed key order, so the same identity always gives the same bytes.
  const { leaflet, locale, format, status, draft } = identity;
  infoDict(doc).set(IDENTITY, PDFHexString.fromText(JSON.stringify({ leaflet, locale, format, status, draft })));
}

/** pdf-lib's own accessor (it creates the dictionary when missing); typed private, stable since 1.x. */
const infoDict = (doc: PDFDocument): PDFDict => (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
