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

// React checks NODE_ENV when it is first loaded: production mode renders the same PDFs
// with less work (no development checks). Render workers inherit it.
process.env.NODE_ENV ??= 'production';

const { main } = await loadCli();
const code = await main(process.argv.slice(2));
// Exit as soon as the output is flushed, rather than waiting for idle handles to close:
// a Ctrl-C in that wait found no handler and ended the process by the signal.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);

/**
 * The CLI compiled to JavaScript (dist/, made by `npm install` or `npm run compile`)
 * while it is newer than every source file it was made from; otherwise the TypeScript
 * sources through tsx, so an edited file is never shadowed by a stale compile.
 */
async function loadCli() {
  const { readFileSync, statSync } = await import('node:fs');
  const root = new URL('../', import.meta.url);
  try {
    const { startedAt, inputs } = JSON.parse(readFileSync(new URL('dist/inputs.json', root), 'utf8'));
    if (inputs.every((file) => statSync(new URL(file, root)).mtimeMs < startedAt)) return await import('../dist/cli.js');
  } catch {
    // No compile, or a file it was made from is gone: run the sources.
  }
  const { register } = await import('tsx/esm/api');
  const { fileURLToPath } = await import('node:url');
  // The project's tsconfig, wherever the command is run from (it sets the JSX runtime).
  register({ tsconfig: fileURLToPath(new URL('tsconfig.json', root)) });
  return import('../src/cli.ts');
}
