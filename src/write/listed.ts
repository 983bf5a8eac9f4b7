import { OUTPUTS_OF } from '../formats.ts';
import type { Project } from '../project.ts';
import { CHART_FORMAT, CHART_ID } from '../schema.ts';
import { outputFile } from './index.ts';

/**
 * Every file output/ may hold for this project: each leaflet in each language and format
 * it lists (with the companions), and the language chart when there is one. A PDF outside
 * this set is of a language or format a leaflet no longer has, and is removed.
 */
export function listedOutputs(project: Project): Set<string> {
  const files = new Set<string>();
  for (const [id, leaflet] of project.leaflets) {
    for (const locale of leaflet.meta.value.locales) {
      for (const format of leaflet.meta.value.formats) for (const output of OUTPUTS_OF[format]) files.add(outputFile(id, locale, output));
    }
  }
  if (project.chart) files.add(outputFile(CHART_ID, 'mul', CHART_FORMAT));
  return files;
}
