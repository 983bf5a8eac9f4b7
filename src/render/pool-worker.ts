// A render worker (compiled to dist/render-worker.js; bin/render-worker.js loads it from
// the sources): tinypool calls the default export once per job.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runJob } from './run-job.ts';
import type { JobResult, RenderJob } from './jobs.ts';

/**
 * A worker holds about 70 MB between jobs, but V8 lets garbage grow to several times that
 * before it collects, and two or more workers together then pass the build's memory
 * budget. Past this, a job ends with a full collection (tens of milliseconds), so each
 * worker's memory stays close to what it really holds.
 */
const COLLECT_ABOVE_BYTES = 110 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export default async function renderJob(job: RenderJob): Promise<JobResult> {
  const result = await runJob(job);
  if (process.memoryUsage().heapUsed > COLLECT_ABOVE_BYTES) collect();
  return result;
}
