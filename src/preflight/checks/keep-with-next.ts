import { messages } from '../../messages.ts';
import { introducesList } from '../../render/keep-with-next.ts';
import type { Check, Finding } from '../context.ts';
import { compact } from '../context.ts';

/**
 * h) No heading alone at the foot of a page or panel, and no line ending in a colon (in
 * any script's colon) apart from the list it introduces.
 */
export const keepWithNext: Check = (ctx) => {
  const leaflet = ctx.content?.leaflet;
  if (!leaflet) return [];
  const sections = ctx.format === 'trifold-dl' ? leaflet.short : ctx.format === 'card' ? [] : leaflet.sections;
  const body = (ctx.limits.minBodyPt ?? 9) * 1.15;
  const flow = ctx.flow.filter((l) => l.region.role === 'reading');
  const lastOfRegion = (i: number) => flow[i + 1]?.region !== flow[i]!.region;
  const findings: Finding[] = [];
  for (const section of sections) {
    const heading = compact(section.heading);
    const first = flow.findIndex((l) => l.size > body && compact(l.text).length > 1 && heading.startsWith(compact(l.text)));
    if (first < 0) continue;
    // The heading's lines: the first, and the large lines after it that continue it.
    let last = first;
    let seen = compact(flow[first]!.text);
    while (last + 1 < flow.length && flow[last + 1]!.region === flow[first]!.region && flow[last + 1]!.size > body && heading.startsWith(seen + compact(flow[last + 1]!.text))) {
      seen += compact(flow[++last]!.text);
    }
    if (lastOfRegion(last)) findings.push({ check: 'keep with next', page: flow[last]!.page, needle: section.heading, message: messages.preflight.strandedHeading(section.heading) });
  }
  flow.forEach((line, i) => {
    if (lastOfRegion(i) && introducesList(line.text) && line.size <= body) {
      findings.push({ check: 'keep with next', page: line.page, needle: line.text, message: messages.preflight.strandedLead(line.text) });
    }
  });
  return findings;
};
