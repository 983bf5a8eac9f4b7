import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS_OF } from '../outputs.ts';
import type { Project } from '../project.ts';
import { CHART_FORMAT, CHART_ID } from '../schema.ts';
import { outputFile } from './index.ts';
import type { FoundPdf } from './scan.ts';

/**
 * Which PDFs output/ may keep for this project: each leaflet in each language and format it
 * lists (with the companions), and the language chart when there is one. A PDF outside
 * these is of a language or format a leaflet no longer has (or of a leaflet removed from
 * content/), and is removed. A leaflet whose leaflet.yaml has a mistake (so it is not in
 * the project while another leaflet is built) keeps its PDFs: its list is unknown.
 */
export function listedOutputs(project: Project): (pdf: FoundPdf) => boolean {
  const files = new Set<string>();
  for (const [id, leaflet] of project.leaflets) {
    for (const locale of leaflet.meta.value.locales) {
      for (const format of leaflet.meta.value.formats) for (const output of OUTPUTS_OF[format]) files.add(outputFile(id, locale, output));
    }
  }
  if (project.chart) files.add(outputFile(CHART_ID, 'mul', CHART_FORMAT));
  const folder = join(project.root, 'content', 'leaflets');
  const unread = new Set(
    (existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : []).filter((d) => d.isDirectory() && !project.leaflets.has(d.name)).map((d) => d.name),
  );
  if (!project.chart && existsSync(join(project.root, 'content', 'language-chart.yaml'))) unread.add(CHART_ID);
  return (pdf) => files.has(pdf.file) || unread.has(pdf.leaflet);
}
