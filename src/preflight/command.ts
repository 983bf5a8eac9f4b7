import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { prepare } from '../build.ts';
import { FORMAT_LIMITS, GENERIC_PDF, TEMPLATE_FILES, type AnyOutputFormat } from '../format-properties.ts';
import { OUTPUTS_OF } from '../formats.ts';
import { messages } from '../messages.ts';
import { UsageError, type Problem } from '../problems.ts';
import { CHART_FORMAT, CHART_ID } from '../schema.ts';
import { outputFile, type Selection } from '../write/index.ts';
import { preflightPdf, problemsOf, type PreflightFigures } from './index.ts';
import { manifestFontNames, preflightContent } from './inputs.ts';

export interface PreflightReport {
  /** Each PDF checked, relative to the working directory, with what was measured. */
  checked: Array<{ file: string; figures: PreflightFigures }>;
  /** What failed, and what a person should look at (warnings). */
  problems: Problem[];
  warnings: Problem[];
  /** PDFs of the selection that are not in output/ (never built, or refused). */
  missing: string[];
}

/**
 * Checks the PDFs a build wrote to output/ again, without building: the same checks as
 * the build's, with the leaflet's content as it is now.
 */
export async function preflightOutputs(options: Selection & { root?: string; outDir?: string } = {}): Promise<PreflightReport> {
  const root = resolve(options.root ?? process.cwd());
  const outDir = options.outDir ?? join(root, 'output');
  const prepared = await prepare(root, options);
  const fonts = manifestFontNames(root, prepared.project.fonts);
  const report: PreflightReport = { checked: [], problems: [], warnings: [], missing: [] };
  const check = async (file: string, format: AnyOutputFormat, where: { leaflet: string; locale: string }, run: (bytes: Uint8Array) => ReturnType<typeof preflightPdf>) => {
    const path = join(outDir, file);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) {
      report.missing.push(relative(process.cwd(), path));
      return;
    }
    const result = await run(new Uint8Array(bytes));
    report.checked.push({ file: relative(process.cwd(), path), figures: result.figures });
    const found = problemsOf(result.findings, { ...where, format, template: TEMPLATE_FILES[format] });
    report.problems.push(...found.refusals);
    report.warnings.push(...found.warnings);
  };
  if (prepared.chart) {
    await check(outputFile(CHART_ID, 'mul', CHART_FORMAT), CHART_FORMAT, { leaflet: CHART_ID, locale: 'mul' }, (bytes) => preflightPdf({ bytes, format: CHART_FORMAT, fonts }));
  }
  for (const { target, localized } of prepared.targets) {
    const content = preflightContent(prepared.project.leaflets.get(target.leaflet)!.meta.value, localized);
    const rtl = localized.leaflet.locale.direction === 'rtl';
    for (const format of target.formats.flatMap((f) => OUTPUTS_OF[f])) {
      await check(outputFile(target.leaflet, target.locale, format), format, target, (bytes) => preflightPdf({ bytes, format, fonts, rtl, content }));
    }
  }
  return report;
}

/**
 * Checks a PDF from elsewhere (a designer's, a print shop's proof) with the checks that
 * need no content: type size, page boxes and safe area, overprint, missing glyphs. A
 * file named like a build's output (<leaflet>.<locale>.<format>.pdf) is held to that
 * format's limits; any other to its TrimBox with a 5 mm safe area.
 */
export async function preflightFile(path: string): Promise<PreflightReport> {
  const bytes = await readFile(path).catch(() => {
    throw new UsageError(messages.preflightFileMissing(path));
  });
  const named = /\.([a-z0-9-]+)\.pdf$/i.exec(basename(path))?.[1] as AnyOutputFormat | undefined;
  const format = named && named in FORMAT_LIMITS ? named : undefined;
  const result = await preflightPdf({ bytes: new Uint8Array(bytes), format: format ?? GENERIC_PDF }).catch((err: Error) => {
    throw new UsageError(messages.preflight.unreadable(`${path}: ${err.message}`));
  });
  // The file is named first on each line; leaflet and language are unknown.
  const where = { leaflet: '', locale: '', format: format ?? '', template: path };
  const found = problemsOf(result.findings, where);
  return { checked: [{ file: path, figures: result.figures }], problems: found.refusals, warnings: found.warnings, missing: [] };
}
