import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * One full build of the project's own content, shared by the end-to-end tests that read
 * its PDFs back (every leaflet, every language, every format: kom-leaflet, all-leaflets,
 * the tagged email editions). Built once per test run instead of once per test file; the
 * tests only read it. A test that changes content or output builds its own project.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { build } = await import('../src/build.ts');
  const outDir = await mkdtemp(join(tmpdir(), 'leaflets-full-build-'));
  const root = join(import.meta.dirname, '..');
  await build({ root, outDir });
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Array<{ file: string }>;
  project.provide('fullBuild', { outDir, pdfs: manifest.filter((e) => !e.file.startsWith('site/')).length });
  return () => rm(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared full build: its output folder, and how many PDFs it holds. */
    fullBuild: { outDir: string; pdfs: number };
  }
}
