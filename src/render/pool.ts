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
 * it fast) and holds about 70 MB once a job is done; left alone, V8 lets garbage pile up
 * to several times that before collecting it. The old-generation limit makes it collect
 * sooner, which keeps a full build under 600 MB with every worker included. A worker
 * whose heap still holds more than RECYCLE_HEAP_BYTES after a job (caches that grew) is
 * replaced by a fresh one.
 */
const WORKER_OLD_SPACE_MB = 192;
const RECYCLE_HEAP_BYTES = 160 * 1024 * 1024;

/**
 * Renders, finishes and preflights every job (see runJob), over a pool of worker threads
 * (tinypool) when there is more than one job and more than one core. Results come back in
 * the order of `jobs`, whatever order they finish in.
 */
export async function renderOutputs(jobs: RenderJob[], options: RenderOptions = {}): Promise<JobResult[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
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
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    maxMemoryLimitBeforeRecycle: RECYCLE_HEAP_BYTES,
  });
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
