import { createHash } from 'node:crypto';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { messages } from '../messages.ts';
import { onDisk } from './errors.ts';
import type { ManifestEntry, Writer } from './index.ts';
import { listPdfs, lstatOrNone } from './scan.ts';
import { isSiteFile, reconcileSite, type SiteEntry } from './site.ts';

export const MANIFEST = 'manifest.json';

/** The manifest as stored, or why it cannot be trusted. */
async function readStored(outDir: string): Promise<{ entries: ManifestEntry[]; site: SiteEntry[]; problem?: string }> {
  const path = join(outDir, MANIFEST);
  const stat = await onDisk(path, () => lstatOrNone(path));
  if (!stat) return { entries: [], site: [], problem: 'was missing' };
  if (!stat.isFile()) return { entries: [], site: [], problem: 'is not a plain file' };
  let data: unknown;
  try {
    data = JSON.parse(await onDisk(path, () => readFile(path, 'utf8')));
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    return { entries: [], site: [], problem: 'could not be read (it is not valid JSON)' };
  }
  if (!Array.isArray(data) || !data.every((e) => isEntry(e) || isSiteEntry(e))) return { entries: [], site: [], problem: 'is not a list of PDFs as the build writes it' };
  return { entries: data.filter(isEntry), site: data.filter(isSiteEntry) };
}

/** A file of output/site/: after the PDFs in the same list, with file, bytes and sha256 only. */
function isSiteEntry(e: unknown): e is SiteEntry {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return typeof r.file === 'string' && isSiteFile(r.file) && typeof r.sha256 === 'string' && typeof r.bytes === 'number' && r.format === undefined;
}

/** The entries of output/manifest.json as stored (empty when it is missing or unreadable). */
export async function manifestEntries(outDir: string): Promise<ManifestEntry[]> {
  return (await readStored(outDir)).entries;
}

function isEntry(e: unknown): e is ManifestEntry {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return ['leaflet', 'locale', 'format', 'file', 'sha256', 'status'].every((k) => typeof r[k] === 'string') && typeof r.bytes === 'number' && typeof r.pages === 'number' && !isSiteFile(r.file as string);
}

export interface Reconciled {
  entries: ManifestEntry[];
  /** The files of output/site/, when it is whole (see reconcileSite). */
  site: SiteEntry[];
  /** One line each: what was repaired, for the build to report. */
  notices: string[];
}

/**
 * Makes output/manifest.json list exactly the PDFs in output/, each with the sha256 of its
 * bytes on disk. `fresh` are the entries of PDFs this build just put in place. A PDF the
 * manifest does not vouch for is identified from its own metadata (OutputIdentity); one
 * that cannot be read or does not say what it is is removed, since nothing can vouch for it.
 * Run at every start and after every change, so whatever stopped an earlier build, the
 * next one starts from an output/ that does not lie.
 */
export async function reconcile(outDir: string, writer: Writer, fresh: ManifestEntry[] = [], removed: ReadonlySet<string> = new Set(), freshSite?: SiteEntry[]): Promise<Reconciled> {
  const stored = await readStored(outDir);
  const known = new Map<string, ManifestEntry>(stored.entries.map((e) => [e.file, e]));
  const freshByFile = new Map(fresh.map((e) => [e.file, e]));
  const { pdfs, links } = await listPdfs(outDir);
  const notices: string[] = [];
  const entries: ManifestEntry[] = [];
  let added = 0;
  for (const link of links) {
    await onDisk(join(outDir, link), () => rm(join(outDir, link), { force: true }));
    notices.push(messages.unknownPdfRemoved(link, 'it is a symbolic link, and output/ holds only PDFs the build wrote'));
  }
  for (const pdf of pdfs) {
    const path = join(outDir, pdf.file);
    const { sha256, size } = await hashOf(path);
    const vouched = [freshByFile.get(pdf.file), known.get(pdf.file)].find((e) => e?.sha256 === sha256 && e.bytes === size);
    if (vouched) {
      entries.push(vouched);
      continue;
    }
    const bytes = await onDisk(path, () => readFile(path));
    const identified = await fromMetadata(pdf, bytes, createHash('sha256').update(bytes).digest('hex'));
    if (typeof identified === 'string') {
      await onDisk(path, () => rm(path, { force: true }));
      notices.push(messages.unknownPdfRemoved(pdf.file, identified));
      continue;
    }
    entries.push(identified);
    added++;
  }
  const present = new Set(entries.map((e) => e.file));
  // Files the build itself just removed are not a repair.
  const dropped = stored.entries.filter((e) => !present.has(e.file) && !freshByFile.has(e.file) && !removed.has(e.file)).length;
  // A first build into an empty output/ has nothing to report: only PDFs from before count.
  const older = entries.filter((e) => !freshByFile.has(e.file)).length;
  if (stored.problem && older > 0) notices.push(messages.manifestRebuilt(stored.problem, entries.length));
  else if (!stored.problem && (added > 0 || dropped > 0)) notices.push(messages.manifestRepaired(added, dropped));
  const sorted = entries.sort((a, b) => a.file.localeCompare(b.file));
  // The site is vouched for by the build that wrote it, else by the manifest as stored.
  const site = await reconcileSite(outDir, freshSite ?? stored.site, hashOf);
  notices.push(...site.notices);
  const text = `${JSON.stringify([...sorted, ...site.entries], null, 2)}\n`;
  // An empty output/ gets no manifest until a build writes something into it.
  const nothingYet = stored.problem === 'was missing' && sorted.length === 0 && fresh.length === 0 && site.entries.length === 0;
  const unchanged = !stored.problem && text === `${JSON.stringify([...stored.entries, ...stored.site], null, 2)}\n`;
  if (!nothingYet && !unchanged) await saveManifest(outDir, writer, text);
  return { entries: sorted, site: site.entries, notices };
}

/**
 * Hashes of files already read in this process, by path, valid while the file's inode,
 * size and times are unchanged: a build reconciles at its start and again after moving
 * its PDFs in, and need not read every PDF twice. A file replaced by a rename (as every
 * build does) has a new inode, so it is read again.
 */
const hashed = new Map<string, { stamp: string; sha256: string }>();

async function hashOf(path: string): Promise<{ sha256: string; size: number }> {
  const s = await onDisk(path, () => stat(path));
  const stamp = `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  const known = hashed.get(path);
  if (known?.stamp === stamp) return { sha256: known.sha256, size: s.size };
  const bytes = await onDisk(path, () => readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  hashed.set(path, { stamp, sha256 });
  return { sha256, size: bytes.byteLength };
}

/** A manifest entry from what the PDF says about itself, or why it cannot have one. */
async function fromMetadata(pdf: { file: string; leaflet: string; locale: string; format: string }, bytes: Uint8Array, sha256: string): Promise<ManifestEntry | string> {
  // Every file the build writes ends with %%EOF; a cut-off file does not.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString('latin1').includes('%%EOF')) return 'it is not a complete PDF';
  // pdf-lib (large) loads only when a PDF has to speak for itself.
  const [{ PDFDocument: Pdf }, { readIdentity }] = await Promise.all([import('pdf-lib'), import('../finish/document.ts')]);
  let doc: PDFDocument;
  try {
    doc = await Pdf.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return 'it is not a complete PDF';
  }
  const id = readIdentity(doc);
  if (!id) return 'it does not say which leaflet, language and format it is (it was not made by this build)';
  if (id.leaflet !== pdf.leaflet || id.locale !== pdf.locale || id.format !== pdf.format) {
    return `its metadata says it is ${id.leaflet}.${id.locale}.${id.format}, not what its name says`;
  }
  // The fit factor and preflight results are not in the PDF; a rebuilt entry goes without them.
  return { leaflet: id.leaflet, locale: id.locale, format: id.format as ManifestEntry['format'], file: pdf.file, pages: doc.getPageCount(), bytes: bytes.byteLength, sha256, status: id.status, draft: id.draft };
}

/** Written next to its place and renamed over it: a reader sees the old or the new manifest, never half. */
async function saveManifest(outDir: string, writer: Writer, text: string): Promise<void> {
  const path = join(outDir, MANIFEST);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await onDisk(tmp, () => writer.writeFile(tmp, text));
    const existing = await lstatOrNone(path);
    // A link or folder in the manifest's place is replaced, never written through.
    if (existing && !existing.isFile()) await onDisk(path, () => rm(path, { recursive: existing.isDirectory(), force: true }));
    await onDisk(path, () => rename(tmp, path));
  } finally {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}
