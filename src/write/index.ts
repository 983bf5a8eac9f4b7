import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFormat } from '../formats.ts';
import type { CHART_FORMAT, TranslationStatus } from '../schema.ts';
import type { PreflightFigures } from '../preflight/index.ts';

/** One line of output/manifest.json: what was built, and enough to verify it. */
export interface ManifestEntry {
  leaflet: string;
  locale: string;
  format: OutputFormat | typeof CHART_FORMAT;
  /** Relative to output/. */
  file: string;
  pages: number;
  bytes: number;
  sha256: string;
  status: TranslationStatus;
  /** True when the PDF says on every page that its translation is not yet reviewed. */
  draft: boolean;
  /** Present when one-page panels had to be set smaller to fit: their size factor. */
  fit?: number;
  /** What preflight measured: it passed, the smallest type, the closest text to the trim, the share of hyphenated lines. */
  preflight?: PreflightFigures;
}

export interface Built {
  leaflet: string;
  locale: string;
  format: OutputFormat | typeof CHART_FORMAT;
  status: TranslationStatus;
  draft: boolean;
  pages: number;
  bytes: Uint8Array;
  fit: number;
  preflight?: PreflightFigures;
}

export interface Selection {
  leaflet?: string | undefined;
  locale?: string | undefined;
  format?: string | undefined;
}

export const MANIFEST = 'manifest.json';

export const outputFile = (leaflet: string, locale: string, format: string) => `${leaflet}/${leaflet}.${locale}.${format}.pdf`;

/**
 * Writes PDFs and the manifest. Every file goes to a temporary name first and is renamed
 * into place, so output/ never holds a half-written PDF, whatever stops the build.
 */
export async function writeOutputs(outDir: string, built: Built[]): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const b of built) {
    const file = outputFile(b.leaflet, b.locale, b.format);
    await writeAtomic(join(outDir, file), b.bytes);
    entries.push({
      leaflet: b.leaflet,
      locale: b.locale,
      format: b.format,
      file,
      pages: b.pages,
      bytes: b.bytes.byteLength,
      sha256: createHash('sha256').update(b.bytes).digest('hex'),
      status: b.status,
      draft: b.draft,
      ...(b.fit < 1 ? { fit: b.fit } : {}),
      ...(b.preflight ? { preflight: b.preflight } : {}),
    });
  }
  const key = (e: ManifestEntry) => e.file;
  const written = new Set(entries.map(key));
  const kept = (await readManifest(outDir)).filter((e) => !written.has(key(e)));
  await saveManifest(outDir, [...kept, ...entries]);
  return entries;
}

/**
 * Removes the PDFs a failed build would have replaced: after a content mistake, an old
 * PDF with (say) an old phone number must not look like the current one.
 */
export async function removeOutputs(outDir: string, selection: Selection): Promise<string[]> {
  const matches = (leaflet: string, locale: string, format: string) =>
    (!selection.leaflet || selection.leaflet === leaflet) &&
    (!selection.locale || selection.locale === locale) &&
    // A format's companions (booklet-a5-imposed, card-sheet) go with it.
    (!selection.format || format === selection.format || format.startsWith(`${selection.format}-`));
  const removed: string[] = [];
  const dirs = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  for (const dir of dirs.filter((d) => d.isDirectory())) {
    for (const name of await readdir(join(outDir, dir.name)).catch(() => [] as string[])) {
      const m = /^(.+)\.([^.]+)\.([^.]+)\.pdf$/.exec(name);
      if (!m || m[1] !== dir.name || !matches(dir.name, m[2] ?? '', m[3] ?? '')) continue;
      await rm(join(outDir, dir.name, name), { force: true });
      removed.push(`${dir.name}/${name}`);
    }
  }
  const gone = new Set(removed);
  const manifest = await readManifest(outDir);
  if (manifest.some((e) => gone.has(e.file))) await saveManifest(outDir, manifest.filter((e) => !gone.has(e.file)));
  return removed;
}

async function readManifest(outDir: string): Promise<ManifestEntry[]> {
  try {
    const data: unknown = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8'));
    return Array.isArray(data) ? (data as ManifestEntry[]) : [];
  } catch {
    return [];
  }
}

async function saveManifest(outDir: string, entries: ManifestEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file));
  await writeAtomic(join(outDir, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
}

async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}
