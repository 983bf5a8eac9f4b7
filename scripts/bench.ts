/**
 * Prints build speed, memory and output size figures. Run with `npm run bench`.
 * Figures, not pass/fail: compare them between changes.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../src/build.ts';
import { preflightOutputs } from '../src/preflight/command.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(tmpdir(), `leaflets-bench-${process.pid}`);
const runs = Number(process.env.BENCH_RUNS ?? 2);

const times: number[] = [];
let count = 0;
let bytes = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const entries = await build({ root, outDir });
  times.push(performance.now() - started);
  count = entries.length;
  bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (i === 0) {
    for (const e of entries) console.log(`${e.file.padEnd(70)} ${String(e.pages).padStart(3)} pages ${(e.bytes / 1024).toFixed(0).padStart(5)} KB`);
    const emails = entries.filter((e) => e.format === 'email-a4');
    const largest = emails.reduce((a, b) => (b.bytes > a.bytes ? b : a), emails[0]!);
    if (largest) console.log(`largest email edition:   ${(largest.bytes / 1024).toFixed(0)} KB (${largest.locale}; aim ≤ 150 KB)`);
    const kom = emails.find((e) => e.leaflet === 'kom-possible-victims' && e.locale === 'en');
    if (kom) console.log(`KOM email edition (en):  ${(kom.bytes / 1024).toFixed(0)} KB`);
  }
}
// Preflight alone (it also runs inside every build above): reading every PDF back.
const checkStarted = performance.now();
const checked = (await preflightOutputs({ root, outDir })).checked.length;
const preflightMs = performance.now() - checkStarted;
await rm(outDir, { recursive: true, force: true });

const first = times[0] ?? 0;
const warm = times.slice(1);
const median = warm.length ? [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]! : first;
console.log(`PDFs per build:          ${count}`);
console.log(`first build (cold):      ${(first / 1000).toFixed(2)} s`);
console.log(`warm build (median):     ${(median / 1000).toFixed(2)} s  (${(median / count).toFixed(0)} ms per PDF)`);
console.log(`preflight (re-check):    ${(preflightMs / 1000).toFixed(2)} s  (${(preflightMs / Math.max(1, checked)).toFixed(0)} ms per PDF, ${checked} PDFs)`);
console.log(`total output:            ${(bytes / 1024).toFixed(0)} KB`);
console.log(`peak memory (RSS):       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
