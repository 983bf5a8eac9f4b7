#!/usr/bin/env node
// Compiles the TypeScript CLI and its render worker to JavaScript in dist/ (git-ignored),
// run by `npm install` (the `prepare` script) and `npm run compile`. Compiled, `leaflets
// --help` starts in a tenth of the time and a build needs half the memory of running the
// sources through tsx. bin/leaflets.js uses dist/ only while it is newer than every source
// file it was made from (listed in dist/inputs.json); otherwise it runs the sources with
// tsx, so an edited source file is never shadowed by a stale compile.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
// Taken before any source is read: a file saved during the compile counts as newer.
const startedAt = Date.now();

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', 'render-worker': 'src/render/pool-worker.ts' },
  bundle: true,
  // Commands import their modules when they run: split chunks keep that lazy.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  outdir: dist,
  write: false,
  metafile: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});

// inputs.json goes last: a compile stopped half-way leaves no record, and bin/ runs the sources.
await rm(dist, { recursive: true, force: true });
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
const inputs = [...Object.keys(result.metafile.inputs), 'tsconfig.json', 'package.json'];
await writeFile(join(dist, 'inputs.json'), JSON.stringify({ startedAt, inputs }, null, 1) + '\n');
if (!process.argv.includes('--quiet')) console.log(`compiled ${inputs.length - 2} source files into ${relative(process.cwd(), dist) || '.'}/`);
