#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles on the fly, so there is no separate
// compile step that could leave a stale build behind.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

// The project's tsconfig, wherever the command is run from (it sets the JSX runtime).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
