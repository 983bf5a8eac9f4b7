import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import chokidar from 'chokidar';
import { CODE_DIR } from '../cache/fingerprint.ts';
import { messages } from '../messages.ts';
import { InterruptedError } from '../problems.ts';
import { startServer, type PreviewServer } from './server.ts';

export interface WatchOptions {
  root: string;
  /** The build command's arguments (--leaflet, --locale, --format, --release). */
  buildArgs: string[];
  /** Port for the preview; 0 picks a free one; undefined serves nothing. */
  port?: number;
  out: (s: string) => void;
}

/** The CLI the builder runs (the same as the user's). */
const BIN = join(CODE_DIR, 'bin', 'leaflets.js');
/** Saves come in bursts (an editor writes, then renames): one build per burst. */
const SETTLE_MS = 80;

/**
 * `leaflets watch`: a thin loop over the build. A builder process keeps the pipeline loaded
 * and runs `leaflets build` whenever content/, fonts/ or the templates change (the cache
 * renders only what the change affects); a change to the tool's code starts a new builder,
 * since a loaded module never changes. Problems are printed as by `build`, and the loop goes
 * on. Open pages of the preview reload when a file they show is rebuilt. Ctrl-C stops the
 * builder at a safe point (output/ stays consistent) and exits with 130.
 */
export async function watch(options: WatchOptions): Promise<never> {
  const outDir = join(options.root, 'output');
  let server: PreviewServer | undefined;
  if (options.port !== undefined) server = await startServer(outDir, options.port);
  let builder: ChildProcess | undefined;
  let running = false;
  let again = false;
  let restart = false;
  let stopping = false;
  let hashes = await manifestHashes(outDir);

  const spawnBuilder = () => {
    // In its own process group: Ctrl-C reaches the watch process only, which passes it on
    // once (a second signal would stop a build in the middle of moving files).
    const child = fork(BIN, ['__watch-builder'], { cwd: options.root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
    child.on('exit', () => {
      // Only the current builder's end matters (a replaced one ends when let go).
      if (builder !== child) return;
      builder = undefined;
      if (running) finished();
    });
    child.on('message', (m: { done?: number }) => {
      if (m.done !== undefined) finished();
    });
    return child;
  };
  const finished = () => {
    running = false;
    void (async () => {
      const now = await manifestHashes(outDir);
      const changed = [...now].filter(([f, h]) => hashes.get(f) !== h).map(([f]) => f);
      hashes = now;
      if (changed.length > 0) server?.changed(changed);
      if (again && !stopping) run();
    })();
  };
  const run = () => {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    if (restart && builder) {
      // A new builder, with the code as it is now on disk; the idle one ends when let go.
      builder.disconnect();
      builder = undefined;
    }
    restart = false;
    builder ??= spawnBuilder();
    running = true;
    // Render workers keep each font as they first parsed it: a changed font needs fresh ones.
    builder.send({ build: options.buildArgs, recycle: fontsChanged });
    fontsChanged = false;
  };

  const code = (path: string) => [join(CODE_DIR, 'src'), join(CODE_DIR, 'templates'), join(CODE_DIR, 'patches')].some((d) => path.startsWith(`${d}${sep}`));
  const watched = [join(options.root, 'content'), join(options.root, 'fonts'), join(CODE_DIR, 'templates'), join(CODE_DIR, 'src'), join(CODE_DIR, 'patches')];
  const watcher = chokidar.watch([...new Set(watched.map((p) => resolve(p)))], { ignoreInitial: true });
  let timer: NodeJS.Timeout | undefined;
  let fontsChanged = false;
  const fontsDir = `${resolve(options.root, 'fonts')}${sep}`;
  watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(fontsDir)) fontsChanged = true;
    const shown = relative(code(path) ? CODE_DIR : options.root, path);
    if (code(path)) {
      restart = true;
      options.out(messages.watchCodeChanged(shown));
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));

  options.out(messages.watchStart(server?.url, server ? 'output/ (output/site/ once it is built)' : 'output/'));
  run();

  // Ctrl-C is passed to the builder, which stops at a safe point; then the watch ends.
  return new Promise<never>((_resolve, reject) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      if (timer) clearTimeout(timer);
      const child = builder;
      const done = async () => {
        await watcher.close();
        await server?.close();
        reject(new InterruptedError(messages.watchStopped()));
      };
      if (!child || child.exitCode !== null) return void done();
      child.once('exit', () => void done());
      child.kill(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The sha256 of each PDF the manifest lists, to tell which files a build changed. */
async function manifestHashes(outDir: string): Promise<Map<string, string>> {
  try {
    const entries = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Array<{ file: string; sha256: string }>;
    return new Map(entries.map((e) => [e.file, e.sha256]));
  } catch {
    return new Map();
  }
}

/**
 * The builder's side (`leaflets __watch-builder`, started by watch): runs `build` with the
 * given arguments each time it is asked, in this one process, so the pipeline, the fonts
 * and the templates stay loaded between builds.
 */
export async function watchBuilder(runBuild: (args: string[]) => Promise<number>): Promise<never> {
  return new Promise<never>(() => {
    let queue = Promise.resolve();
    process.on('message', (m: { build?: string[]; recycle?: boolean }) => {
      if (!m.build) return;
      const args = m.build;
      queue = queue.then(async () => {
        if (m.recycle) await (await import('../render/pool.ts')).recycleRenderWorkers();
        const code = await runBuild(args);
        process.send?.({ done: code });
      });
    });
    // When the watch process goes, so does its builder.
    process.on('disconnect', () => process.exit(0));
  });
}
