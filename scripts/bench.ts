/**
 * Prints the speed targets of issue 13, measured through the real CLI (bin/leaflets.js,
 * compiled dist/ when it is current) on a copy of this project's content and fonts, with
 * the machine's core count, a per-stage breakdown, output sizes, and one JSON line at the
 * end. Figures, not pass/fail: a busy machine gives slower figures. Run with `npm run bench`.
 *
 *   BENCH_RUNS=5 npm run bench     runs of --help and check (median; default 3)
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '..');
const BIN = join(repo, 'bin/leaflets.js');
const HOOK = pathToFileURL(join(repo, 'scripts/bench-child.js')).href;
const cores = availableParallelism();
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const work = await mkdtemp(join(tmpdir(), 'leaflets-bench-'));
const root = join(work, 'project');
await cp(join(repo, 'content'), join(root, 'content'), { recursive: true });
await cp(join(repo, 'fonts'), join(root, 'fonts'), { recursive: true });

interface Usage { maxRssKb: number; userMs: number; systemMs: number; exitMs: number }
interface Stages { jobs: number; startedMs: number; endedMs: number; renderMs: number; finishMs: number; preflightMs: number; shapingCalls: number; shapingHits: number }
interface Run { wallMs: number; code: number | null; out: string; usage: Usage; stages: Stages[] }

let n = 0;
/** Runs the CLI in the copied project; returns wall time, exit code, what the process used and its render stages. */
async function cli(args: string[]): Promise<Run> {
  const usageFile = join(work, `usage-${++n}.json`);
  const statsFile = join(work, `stats-${n}.jsonl`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: root,
    env: { ...process.env, LEAFLETS_BENCH_USAGE: usageFile, LEAFLETS_STATS_FILE: statsFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const wallMs = performance.now() - started;
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as Usage;
  const stages = (await readFile(statsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Stages);
  if (code !== 0) throw new Error(`leaflets ${args.join(' ')} exited with ${code}:\n${out}`);
  return { wallMs, code, out, usage, stages };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => Math.round(kb / 1024);

console.log(`machine: ${cores} core${cores === 1 ? '' : 's'} (os.availableParallelism), Node ${process.version}, render workers: ${process.env.LEAFLETS_THREADS ?? cores}`);

// CPU time beside wall time: on a busy machine the wall time is mostly waiting for a core.
const cpu = (r: Run) => r.usage.userMs + r.usage.systemMs;
const helpRuns: Run[] = [];
for (let i = 0; i < runs; i++) helpRuns.push(await cli(['--help']));
const checkRuns: Run[] = [];
for (let i = 0; i < runs; i++) checkRuns.push(await cli(['check']));
const help = helpRuns.map((r) => r.wallMs);
const check = checkRuns.map((r) => r.wallMs);

console.log('cold full build …');
const cold = await cli(['build']);
const manifest = JSON.parse(await readFile(join(root, 'output/manifest.json'), 'utf8')) as { outputs?: Array<{ file: string; format: string; locale: string; leaflet: string; pages: number; bytes: number }> } | Array<{ file: string; format: string; locale: string; leaflet: string; pages: number; bytes: number }>;
const entries = Array.isArray(manifest) ? manifest : (manifest.outputs ?? []);
const pages = entries.reduce((sum, e) => sum + e.pages, 0);
console.log('no-op rebuild …');
const noop = await cli(['build']);
console.log('one string edited (kom-possible-victims uk) …');
const ukFile = join(root, 'content/leaflets/kom-possible-victims/uk.yaml');
const uk = await readFile(ukFile, 'utf8');
const edited = uk.replace('text: "Жертви торгівлі людьми – це особи, які:"', 'text: "Жертви торгівлі людьми – це ті особи, які:"');
if (edited === uk) throw new Error('bench: the string to edit is no longer in uk.yaml; update scripts/bench.ts');
await writeFile(ukFile, edited);
const oneEdit = await cli(['build']);
const preflight = await cli(['preflight']);

const coldMsPerPage = cold.wallMs / Math.max(1, pages);
const peakMb = Math.max(...[cold, noop, oneEdit].map((r) => mb(r.usage.maxRssKb)));
const targets = [
  { id: 'noopRebuildMs', label: 'no-op rebuild', value: noop.wallMs, limit: 1000, unit: 'ms' },
  { id: 'oneEditRebuildMs', label: 'one string edited, rebuild', value: oneEdit.wallMs, limit: 3000, unit: 'ms' },
  { id: 'coldMsPerPage', label: 'cold full build per page', value: coldMsPerPage, limit: 15, unit: 'ms/page' },
  { id: 'helpMs', label: 'leaflets --help', value: median(help), limit: 300, unit: 'ms' },
  { id: 'checkMs', label: 'leaflets check', value: median(check), limit: 2000, unit: 'ms' },
  { id: 'peakMb', label: 'peak memory of a build, workers included', value: peakMb, limit: 600, unit: 'MB' },
];

console.log('');
console.log(`${'target (issue 13)'.padEnd(44)} ${'measured'.padStart(12)} ${'limit'.padStart(10)}  result`);
for (const t of targets) {
  const value = t.unit === 'MB' ? String(Math.round(t.value)) : t.value.toFixed(t.unit === 'ms/page' ? 1 : 0);
  const verdict = t.value <= t.limit ? 'met' : `missed by ${(t.value - t.limit).toFixed(t.unit === 'ms/page' ? 1 : 0)} ${t.unit} (${(t.value / t.limit).toFixed(1)}×)`;
  console.log(`${t.label.padEnd(44)} ${`${value} ${t.unit}`.padStart(12)} ${`≤ ${t.limit}`.padStart(10)}  ${verdict}`);
}

const stages = cold.stages[0];
console.log('');
console.log(`CPU time (user + system): --help ${s(median(helpRuns.map(cpu)))}, check ${s(median(checkRuns.map(cpu)))}, cold full build ${s(cpu(cold))}, no-op rebuild ${s(cpu(noop))}, one edit ${s(cpu(oneEdit))}`);
console.log(`peak memory: cold full build ${mb(cold.usage.maxRssKb)} MB, no-op rebuild ${mb(noop.usage.maxRssKb)} MB, one edit ${mb(oneEdit.usage.maxRssKb)} MB`);
console.log(`cold full build: ${entries.length} PDFs, ${pages} pages in ${s(cold.wallMs)}; CPU ${s(cpu(cold))} over ${cores} core${cores === 1 ? '' : 's'} (${(cpu(cold) / Math.max(1, pages)).toFixed(1)} ms of CPU per page)`);
if (stages) {
  const workerMs = stages.renderMs + stages.finishMs + stages.preflightMs;
  const pct = (ms: number) => `${Math.round((ms / workerMs) * 100)}%`;
  console.log(`  start, load, validate, localize, glyph check:  ${s(stages.startedMs)}  (wall, main thread)`);
  console.log(`  render, finish, preflight (${stages.jobs} jobs):      ${s(stages.endedMs - stages.startedMs)}  (wall)`);
  console.log(`    render (react-pdf layout and PDF writing):  ${s(stages.renderMs)}  ${pct(stages.renderMs)} of worker time`);
  console.log(`    finish (pdf-lib: boxes, marks, imposition): ${s(stages.finishMs)}  ${pct(stages.finishMs)}`);
  console.log(`    preflight (read back and check):            ${s(stages.preflightMs)}  ${pct(stages.preflightMs)}`);
  console.log(`    shaping memo: ${stages.shapingHits} of ${stages.shapingCalls} layout calls answered (${Math.round((stages.shapingHits / Math.max(1, stages.shapingCalls)) * 100)}%)`);
  console.log(`  write output/ and manifest, exit:              ${s(cold.usage.exitMs - stages.endedMs)}  (wall)`);
}
console.log(`preflight of output/ alone (leaflets preflight): ${s(preflight.wallMs)}`);

const emails = entries.filter((e) => e.format === 'email-a4');
const largest = emails.reduce<(typeof emails)[number] | undefined>((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
if (largest) console.log(`largest email edition: ${Math.round(largest.bytes / 1024)} KB (${largest.leaflet} ${largest.locale}; aim ≤ 150 KB)`);
const kom = emails.find((e) => e.leaflet === 'kom-possible-victims' && e.locale === 'en');
if (kom) console.log(`KOM email edition (en): ${Math.round(kom.bytes / 1024)} KB`);
console.log(`total output: ${Math.round(entries.reduce((sum, e) => sum + e.bytes, 0) / 1024)} KB`);
console.log('Timings on a shared or busy machine vary from run to run: compare repeated runs.');

await rm(work, { recursive: true, force: true });
const json = {
  cores,
  node: process.version,
  pdfs: entries.length,
  pages,
  coldBuildMs: Math.round(cold.wallMs),
  coldCpuMs: Math.round(cpu(cold)),
  helpCpuMs: Math.round(median(helpRuns.map(cpu))),
  checkCpuMs: Math.round(median(checkRuns.map(cpu))),
  ...Object.fromEntries(targets.map((t) => [t.id, Math.round(t.value * 10) / 10])),
  met: Object.fromEntries(targets.map((t) => [t.id, t.value <= t.limit])),
  stages: stages ?? null,
};
console.log(JSON.stringify(json));
