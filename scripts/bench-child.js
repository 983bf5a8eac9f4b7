// Loaded with `node --import` into each CLI process that scripts/bench.ts times: when the
// process exits it writes what it used to LEAFLETS_BENCH_USAGE. Render workers are threads
// of this process, so its peak RSS and CPU time include them.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.LEAFLETS_BENCH_USAGE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, exitMs: performance.now() }));
});
