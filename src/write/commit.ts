import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CHART_FORMAT } from '../schema.ts';
import { onDisk } from './errors.ts';
import { outputFile, type Built, type ManifestEntry, type Writer } from './index.ts';
import { reconcile } from './manifest.ts';
import { listPdfs, type FoundPdf } from './scan.ts';

export interface Staged {
  /** Where the finished file waits in the staging folder. */
  from: string;
  entry: ManifestEntry;
}

/**
 * Writes every built PDF into the staging folder (inside output/, so the same file system)
 * and makes its manifest entry. A full disk fails here, before output/ changes at all.
 * `between` runs before each file: it throws to stop at that point.
 */
export async function stage(dir: string, built: Built[], writer: Writer, between: () => void): Promise<Staged[]> {
  await onDisk(dir, () => mkdir(dir, { recursive: true }));
  const staged: Staged[] = [];
  for (const b of built) {
    between();
    // The language chart comes straight from react-pdf: it gets its identity here.
    // pdf-lib loads only when needed: a build with nothing to render never needs it.
    const bytes = b.format === CHART_FORMAT ? await (await import('../finish/document.ts')).identify(b.bytes, b) : b.bytes;
    const file = outputFile(b.leaflet, b.locale, b.format);
    const from = join(dir, file.replace('/', '__'));
    await onDisk(from, () => writer.writeFile(from, bytes));
    staged.push({
      from,
      entry: {
        leaflet: b.leaflet,
        locale: b.locale,
        format: b.format,
        file,
        pages: b.pages,
        bytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        status: b.status,
        draft: b.draft,
        ...(b.fit < 1 ? { fit: b.fit } : {}),
        ...(b.preflight ? { preflight: b.preflight } : {}),
        ...(b.cacheKey ? { cacheKey: b.cacheKey } : {}),
        ...(b.warnings?.length ? { warnings: b.warnings } : {}),
      },
    });
  }
  return staged;
}

/**
 * Moves staged PDFs into place (each rename atomic), removes PDFs no longer `listed`, and
 * writes manifest.json last, from the files on disk. A kill between the renames and the
 * manifest leaves complete PDFs that the next start's reconcile lists.
 */
export async function commit(
  outDir: string,
  staged: Staged[],
  listed: ((pdf: FoundPdf) => boolean) | undefined,
  writer: Writer,
  folder: (path: string) => Promise<void>,
): Promise<{ entries: ManifestEntry[]; removed: string[]; notices: string[]; all: ManifestEntry[] }> {
  // Every folder first: a refusal (a symbolic link in the way) must come before any PDF moves.
  for (const leaflet of new Set(staged.map((s) => s.entry.leaflet))) await folder(join(outDir, leaflet));
  for (const { from, entry } of staged) {
    const to = join(outDir, entry.file);
    await onDisk(to, () => rename(from, to));
  }
  const removed: string[] = [];
  if (listed) {
    for (const pdf of (await listPdfs(outDir)).pdfs) {
      if (listed(pdf)) continue;
      await onDisk(join(outDir, pdf.file), () => rm(join(outDir, pdf.file), { force: true }));
      removed.push(pdf.file);
    }
  }
  const entries = staged.map((s) => s.entry);
  const { notices, entries: all } = await reconcile(outDir, writer, entries, new Set(removed));
  return { entries, removed, notices, all };
}
