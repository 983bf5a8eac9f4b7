#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles on the fly, so there is no separate
// compile step that could leave a stale build behind.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
