import { describe, expect, it } from 'vitest';
import { builtLine, progressReporter, type ProgressMode } from '../../src/build-progress.ts';
import { messages } from '../../src/messages.ts';
import type { ManifestEntry } from '../../src/write/index.ts';

const entry = (pages: number): ManifestEntry => ({
  leaflet: 'mini',
  locale: 'en',
  format: 'chart-a4',
  file: 'mini/mini.en.chart-a4.pdf',
  pages,
  bytes: 2048,
  sha256: 'x',
  status: 'source',
  draft: false,
});

/** Runs a reporter through one build's events and returns what it printed. */
function run(mode: ProgressMode) {
  const out: string[] = [];
  const r = progressReporter(mode, { out: (s) => out.push(s), err: (s) => out.push(s), tty: false });
  r.onPlan({ render: 1, unchanged: 2 });
  r.onRendered({ leaflet: 'mini', locale: 'en', format: 'chart-a4', files: 1, passed: true });
  r.onBuilt(entry(1));
  r.onWarning('mind this');
  r.finish(messages.buildSummary(1, 2, '0.4', 0), { written: 1, unchanged: 2 });
  return out;
}

describe('what a build prints', () => {
  it('says "1 page" and "1 PDF", never "1 pages"', () => {
    expect(builtLine(entry(1))).toBe('  output/mini/mini.en.chart-a4.pdf  1 page  2 KB  source text');
    expect(builtLine(entry(2))).toContain('  2 pages  ');
    expect(messages.buildSummary(1, 0, '0.1', 0)).toBe('Built 1 PDF in 0.1 s; list in output/manifest.json');
    expect(messages.buildSummary(0, 1, '0.1', 0)).toBe('Built 1 PDF (all unchanged) in 0.1 s; list in output/manifest.json');
    expect(messages.partlyBuilt(1, 0)).toBe('1 PDF built');
    expect(messages.scopeRefused(1, 'mini ru', 1, 1, 0)).toBe('1 problem in mini ru: its 1 PDF not built and removed');
    expect(messages.scopeRefused(2, 'mini ru', 2, 1, 0)).toBe('2 problems in mini ru: its 2 PDFs not built, 1 older copy removed');
  });

  it('without a terminal, a line per PDF and the summary; --quiet only warnings; --json one object per line', () => {
    expect(run('lines')).toEqual(['  output/mini/mini.en.chart-a4.pdf  1 page  2 KB  source text', 'warning: mind this', 'Built 3 PDFs (1 rebuilt, 2 unchanged) in 0.4 s; list in output/manifest.json']);
    expect(run('quiet')).toEqual(['warning: mind this']);
    const events = run('json').map((l) => JSON.parse(l) as { event: string });
    expect(events.map((e) => e.event)).toEqual(['plan', 'rendered', 'built', 'warning', 'summary']);
    expect(events[4]).toMatchObject({ event: 'summary', written: 1, unchanged: 2 });
  });
});
