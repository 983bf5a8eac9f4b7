import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/project.ts';

/**
 * A clean clone stays clean: npm records every platform's optional packages (rollup's,
 * esbuild's, sharp's, @napi-rs/canvas's) in package-lock.json, wherever it runs. A lock
 * with some of them deleted by hand (as once happened to rollup's, 345 lines) is written
 * back by the next `npm install` on any machine, and the clone shows a changed file.
 */
it('package-lock.json lists every optional package of every platform, as npm install writes it', async () => {
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  expect(lock.lockfileVersion).toBe(3);
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      // npm resolves a dependency in the package's own node_modules, then up the tree.
      const candidates: string[] = [];
      let base = path;
      for (;;) {
        candidates.push(`${base ? `${base}/` : ''}node_modules/${name}`);
        const up = base.lastIndexOf('/node_modules/');
        if (base === '') break;
        base = up < 0 ? '' : base.slice(0, up);
      }
      if (!candidates.some((c) => c in lock.packages)) missing.push(`${name} (optional for ${path || 'the project'})`);
    }
  }
  expect(missing).toEqual([]);
});
