#!/usr/bin/env node
// Until a build opens output/ (which then handles the signal itself, at a safe point),
// Ctrl-C or SIGTERM has nothing to clean up: stop with the documented exit code 130.
// Installed before anything loads, so even an early interrupt exits the same way.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) return; // a build's own handler is in charge
    process.stderr.write('leaflets: interrupted\n');
    process.exit(130);
  });
}

// Runs the TypeScript CLI directly: tsx compiles on the fly, so there is no separate
// compile step that could leave a stale build behind.
const { register } = await import('tsx/esm/api');
const { fileURLToPath } = await import('node:url');

// The project's tsconfig, wherever the command is run from (it sets the JSX runtime).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli.ts');
const code = await main(process.argv.slice(2));
// Exit as soon as the output is flushed, rather than waiting for idle handles to close:
// a Ctrl-C in that wait found no handler and ended the process by the signal.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);
