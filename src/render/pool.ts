import { availableParallelism } from 'node:os';
import type Tinypool from 'tinypool';
import type { JobResult, RenderJob } from './jobs.ts';

export interface RenderOptions {
  /**
   * How many render workers: default one per available core, never more than there are
   * jobs. With 1 (or a single job) the jobs run in this thread, one after another.
   * The PDFs are the same bytes either way.
   */
  threads?: number | undefined;
  /** Called as each job is done, in the order they finish (for progress output). */
  onResult?: ((index: number, result: JobResult) => void) | undefined;
}

/**
 * Memory of a worker. A worker keeps its fonts parsed between jobs (that is what makes
 * it fast) and holds about 70 MB after a job; V8 lets garbage grow past that before it
 * collects. Measured on a full build: capping the old generation at 128 or 160 MB made
 * some jobs run out of memory, and a full collection after each job cost half as much CPU
 * again and saved nothing. So the limit is only a ceiling for a runaway job (which then
 * runs again in this thread), and a worker whose heap holds more than RECYCLE_HEAP_BYTES
 * after a job is replaced by a fresh one.
 */
const WORKER_OLD_SPACE_MB = 200;
const WORKER_YOUNG_SPACE_MB = 16;
const RECYCLE_HEAP_BYTES = 160 * 1024 * 1024;

/**
 * Renders, finishes and preflights every job (see runJob), over a pool of worker threads
 * (tinypool) when there is more than one job and more than one core. Results come back in
 * the order of `jobs`, whatever order they finish in.
 */
export async function renderOutputs(jobs: RenderJob[], options: RenderOptions = {}): Promise<JobResult[]> {
  const startedMs = performance.now();
  const results = await run(jobs, options);
  if (process.env.LEAFLETS_STATS_FILE) await recordStats(process.env.LEAFLETS_STATS_FILE, results, startedMs);
  return results;
}

async function run(jobs: RenderJob[], options: RenderOptions): Promise<JobResult[]> {
  const threads = Math.max(1, Math.min(options.threads ?? threadsFromEnvironment() ?? availableParallelism(), jobs.length));
  const results: JobResult[] = new Array<JobResult>(jobs.length);
  if (threads === 1) {
    const { runJob } = await import('./run-job.ts');
    for (const [i, job] of jobs.entries()) {
      results[i] = await runJob(job);
      options.onResult?.(i, results[i]);
    }
    return results;
  }
  const pool = await workers(threads);
  // Longest first, so no core is left with one long booklet at the end.
  const order = jobs.map((job, i) => ({ i, cost: cost(job) })).sort((a, b) => b.cost - a.cost);
  await Promise.all(
    order.map(async ({ i }) => {
      results[i] = await pool.run(jobs[i]).catch(async (err: unknown) => {
        // A document too large for a worker's memory limit is made here instead.
        if ((err as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw err;
        if (process.env.LEAFLETS_STATS_FILE) process.stderr.write(`leaflets: job ${i} ran out of a worker's memory; rendering it in the main thread\n`);
        return (await import('./run-job.ts')).runJob(jobs[i]!);
      }) as JobResult;
      options.onResult?.(i, results[i]);
    }),
  );
  return results;
}

let pool: Tinypool | undefined;

/**
 * One pool per process, kept between builds (watch mode, tests): its workers have their
 * fonts parsed already. Idle workers do not keep the process alive.
 */
async function workers(threads: number): Promise<Tinypool> {
  if (pool && pool.options.maxThreads === threads) return pool;
  await pool?.destroy();
  const { Tinypool } = await import('tinypool');
  // Compiled (dist/), the worker is a file beside this chunk; from the TypeScript sources
  // (tsx, tests), a small JavaScript file that loads tsx in the worker first.
  const compiled = import.meta.url.endsWith('.js');
  const filename = new URL(compiled ? './render-worker.js' : '../../bin/render-worker.js', import.meta.url).href;
  pool = new Tinypool({
    filename,
    // As many workers as threads, always: a worker that died (out of memory) is replaced at once,
    // or jobs still queued would wait for a worker that never comes.
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 30_000,
    // From the sources, tsx and its source maps take a worker's heap past these limits
    // after every job, and replacing a worker each time would cost more than the job.
    ...(compiled
      ? { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB }, maxMemoryLimitBeforeRecycle: RECYCLE_HEAP_BYTES }
      : {}),
  });
  // A worker that fails between jobs is replaced by the pool; one that fails during a job
  // fails that job (see above). Neither may end the process as an unhandled 'error' event.
  pool.on('error', () => {});
  return pool;
}

/**
 * Ends the render workers. A worker keeps each font as it first parsed it: after a font
 * file changes (watch mode), the next build must start with fresh workers.
 */
export async function recycleRenderWorkers(): Promise<void> {
  const ending = pool;
  pool = undefined;
  await ending?.destroy();
}

/** A rough measure of a job's work, for scheduling only: its text, times pages per character of the format. */
function cost(job: RenderJob): number {
  if (job.kind === 'chart') return 1e5;
  const chars = job.preflight.texts.reduce((sum, t) => sum + t.length, 0);
  return chars * (job.format === 'booklet-a5' ? 3 : job.format === 'email-a4' ? 2 : 1);
}

/** LEAFLETS_THREADS=N sets the number of render workers for the CLI (1: none, render in the main thread). */
function threadsFromEnvironment(): number | undefined {
  const value = Number(process.env.LEAFLETS_THREADS);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/**
 * For `npm run bench` (which sets LEAFLETS_STATS_FILE): one JSON line per call, with when
 * rendering started and ended (ms since the process started) and the jobs' stage times.
 */
async function recordStats(file: string, results: JobResult[], startedMs: number): Promise<void> {
  const sum = { renderMs: 0, finishMs: 0, preflightMs: 0, shapingCalls: 0, shapingHits: 0 };
  for (const { stats } of results) for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += stats[key];
  const { appendFile } = await import('node:fs/promises');
  await appendFile(file, JSON.stringify({ jobs: results.length, startedMs, endedMs: performance.now(), ...sum }) + '\n');
}
