#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, maintenance scripts) through tsx.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// The project's tsconfig, wherever the command is run from (it sets the JSX runtime).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: run-ts.js SCRIPT.ts [args…]');
  process.exit(1);
}
process.argv = [process.argv[0], resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
