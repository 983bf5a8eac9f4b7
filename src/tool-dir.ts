import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding the tool's own package.json, src/, templates/ and node_modules/:
 * found by walking up from this module, which is src/ when run from the sources and dist/
 * when run compiled (scripts/compile.js bundles modules into chunks one level down).
 */
export const TOOL_DIR = findToolDir(import.meta.dirname);

function findToolDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) return join(start, '..');
  }
}
