import type { OutputFormat } from '../formats.ts';
import type { CHART_FORMAT, TranslationStatus } from '../schema.ts';
import type { PreflightFigures } from '../preflight/index.ts';
import { openOutput, type OutputOptions } from './transaction.ts';

export { MANIFEST } from './manifest.ts';
export { outputReader, SITE_DIR, type SiteEntry, type SiteFileIn } from './site.ts';
export { openOutput, withOutput, type OutputOptions, type OutputTransaction } from './transaction.ts';

/** What preflight measured in a PDF (set by the build's preflight step). */
export type Preflight = PreflightFigures;

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
  /** The preflight's findings; absent in an entry rebuilt from the PDFs alone. */
  preflight?: Preflight;
  /**
   * What the file was built from (src/cache/keys.ts): a build whose key for this file is
   * the same, with the file on disk matching `sha256`, leaves it as it is.
   */
  cacheKey?: string;
  /** Preflight's warnings for this file, printed again when a build leaves it as it is. */
  warnings?: string[];
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
  preflight?: Preflight;
  cacheKey?: string;
  warnings?: string[];
}

export interface Selection {
  leaflet?: string | undefined;
  locale?: string | undefined;
  format?: string | undefined;
}

/**
 * How files are written. The one place a test can make writing fail as a full disk does,
 * without mocking the build: `build({ writer })`.
 */
export interface Writer {
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

export const outputFile = (leaflet: string, locale: string, format: string) => `${leaflet}/${leaflet}.${locale}.${format}.pdf`;

/**
 * Writes PDFs and the manifest as one transaction (see OutputTransaction.write): for
 * callers outside a build; build() keeps one transaction open for its whole run.
 */
export async function writeOutputs(outDir: string, built: Built[], options: OutputOptions = {}): Promise<ManifestEntry[]> {
  const output = await openOutput(outDir, options);
  try {
    return (await output.write(built)).entries;
  } finally {
    await output.close();
  }
}

/**
 * Removes the PDFs a failed build would have replaced: after a content mistake, an old
 * PDF with (say) an old phone number must not look like the current one.
 */
export async function removeOutputs(outDir: string, selection: Selection, options: OutputOptions = {}): Promise<string[]> {
  const output = await openOutput(outDir, options);
  try {
    return await output.remove(selection);
  } finally {
    await output.close();
  }
}
