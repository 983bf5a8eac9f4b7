import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { openOutput } from '../../src/write/index.ts';
import { expectConsistent, finished, outputProblems, spawnCli } from '../helpers/output.ts';
import { edit, fixtureProject, runCli } from '../helpers/project.ts';

/** A small seeded generator (mulberry32): the same moments on every run of the test. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The invariant of output/: whatever moment a build is killed at (SIGKILL, or SIGINT), every
 * PDF in output/ is complete, and manifest.json lists exactly the PDFs present with their
 * sha256 — at once after SIGINT, and after the next start at the latest after SIGKILL (which
 * can land between moving the PDFs and writing the manifest). Each run changes the text, so
 * each build replaces the PDFs.
 */
it('output/ stays consistent when builds are killed at 20 seeded random moments', { timeout: 120_000 }, async () => {
  const root = await fixtureProject('minimal');
  const out = join(root, 'output');
  expect((await runCli(root, ['build'])).code).toBe(0);
  const random = seeded(10);

  // How long one whole build takes here, so the kills spread over all of it.
  const started = Date.now();
  expect((await finished(spawnCli(root, ['build', '--locale', 'en']))).code).toBe(0);
  const whole = Date.now() - started;

  const outcomes: string[] = [];
  for (let run = 0; run < 20; run++) {
    await edit(root, 'content/leaflets/mini/en.yaml', /title: .+/, `title: A small test leaflet, edition ${run}`);
    const signal = random() < 0.5 ? 'SIGKILL' : 'SIGINT';
    const delay = Math.round(whole * (0.35 + 0.75 * random()));
    const child = spawnCli(root, ['build', '--locale', 'en']);
    const exit = finished(child);
    await sleep(delay);
    child.kill(signal);
    const result = await exit;
    outcomes.push(`${signal}@${delay}ms → ${result.code ?? result.signal}`);
    expect(result.err, outcomes.at(-1)).not.toMatch(/^\s+at /m);
    // SIGINT is always handled: exit 130 (or 0 when the build had finished).
    if (signal === 'SIGINT') expect([0, 130], outcomes.at(-1)).toContain(result.code);

    // Every PDF present is whole, even before any repair.
    for (const dir of (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
      for (const f of (await readdir(join(out, dir.name))).filter((n) => n.endsWith('.pdf'))) {
        await expect(PDFDocument.load(await readFile(join(out, dir.name, f)), { updateMetadata: false }), `${f} after ${outcomes.at(-1)}`).resolves.toBeDefined();
      }
    }
    if (result.code === 130 || result.code === 0) {
      // Stopped at a safe point (or finished first): consistent now, staging and lock gone.
      expect(await outputProblems(out), outcomes.at(-1)).toEqual([]);
      if (result.code === 130) expect(result.err.trim()).toMatch(/^leaflets: interrupted/);
    } else {
      // Killed outright: the next start repairs what the kill left.
      await (await openOutput(out)).close();
      await expectConsistent(out);
    }
  }
  // The test means something only if kills landed during builds, of both kinds.
  expect(outcomes.filter((o) => o.endsWith('→ 130')).length, outcomes.join('\n')).toBeGreaterThan(0);
  expect(outcomes.filter((o) => o.endsWith('→ SIGKILL')).length, outcomes.join('\n')).toBeGreaterThan(0);
  console.log(outcomes.join('\n'));
});
