import cliProgress from 'cli-progress';
import { messages } from './messages.ts';
import type { ManifestEntry } from './write/index.ts';

/** How a build tells what it does: a bar on a terminal, a line per file in a log, JSON lines, or only problems. */
export type ProgressMode = 'bar' | 'lines' | 'json' | 'quiet';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether a person watches a terminal (then a progress bar is drawn on stderr). */
  tty?: boolean;
}

/** Builds shorter than this show no bar: it would only flicker. */
const BAR_AFTER_MS = 2000;

/** The line of one written PDF, with correct plurals ("1 page"). */
export function builtLine(e: ManifestEntry): string {
  return (
    `  output/${e.file}  ${messages.count(e.pages, 'page')}  ${Math.round(e.bytes / 1024)} KB  ${e.status === 'source' ? 'source text' : `${e.status} translation`}` +
    (e.draft && e.status !== 'machine' ? '  (draft)' : '') +
    (e.fit ? `  (text in fixed panels set at ${Math.round(e.fit * 100)}% to fit)` : '')
  );
}

/**
 * The build's hooks for one mode. On a terminal, a bar with counts and time left appears
 * once rendering has taken 2 s; other lines are printed above it.
 */
export function progressReporter(mode: ProgressMode, io: Io) {
  let bar: { multi: cliProgress.MultiBar; bar: cliProgress.SingleBar } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let total = 0;
  let done = 0;
  const json = (event: string, data: Record<string, unknown>) => io.out(JSON.stringify({ event, ...data }));
  const line = (s: string) => (bar ? bar.multi.log(`${s}\n`) : io.out(s));
  const stopBar = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (bar) bar.multi.stop();
    bar = undefined;
  };
  const startBar = () => {
    const multi = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: `Rendering {bar} {value}/{total} ${total === 1 ? 'PDF' : 'PDFs'} | {left} | {last}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar = { multi, bar: multi.create(total, done, { last, left: timeLeft() }) };
  };
  let started = 0;
  let last = '';
  /** From the pace so far; nothing to say before the first PDF is done. */
  const timeLeft = () => {
    if (done === 0) return 'estimating time left';
    const s = Math.round((((performance.now() - started) / done) * (total - done)) / 1000);
    return s < 60 ? `${s} s left` : `${Math.floor(s / 60)} min ${s % 60} s left`;
  };
  return {
    onPlan(plan: { render: number; unchanged: number }) {
      total = plan.render;
      started = performance.now();
      if (mode === 'json') json('plan', plan);
      if (mode === 'bar' && total > 0) {
        timer = setTimeout(startBar, BAR_AFTER_MS);
        timer.unref();
      }
    },
    onRendered(r: { leaflet: string; locale: string; format: string; files: number; passed: boolean }) {
      done += r.files;
      if (mode === 'json') json('rendered', r);
      last = `${r.leaflet} ${r.locale} ${r.format}`;
      bar?.bar.update(done, { last, left: timeLeft() });
    },
    onBuilt(e: ManifestEntry) {
      stopBar();
      if (mode === 'json') json('built', { ...e });
      else if (mode !== 'quiet') io.out(builtLine(e));
    },
    onWarning(message: string) {
      if (mode === 'json') json('warning', { message });
      else line(`warning: ${message}`);
    },
    onNotice(message: string) {
      if (mode === 'json') json('notice', { message });
      else if (mode !== 'quiet') line(`note: ${message}`);
    },
    onPruned(files: string[]) {
      if (mode === 'json') json('removed', { files });
      else if (mode !== 'quiet') line(`  ${messages.pruned(files)}`);
    },
    /** The closing line of a build that succeeded. */
    finish(summary: string, data: Record<string, unknown>) {
      stopBar();
      if (mode === 'json') json('summary', { ...data, message: summary });
      else if (mode !== 'quiet') io.out(summary);
    },
    stop: stopBar,
  };
}
