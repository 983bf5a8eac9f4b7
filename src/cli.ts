import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { messages } from './messages.ts';
import { ContentError, EnvironmentError, formatProblem, InterruptedError, UsageError } from './problems.ts';
import { BUILD_USAGE, CHECK_USAGE, EXPORT_USAGE, IMPORT_USAGE, PREFLIGHT_USAGE, STAMP_USAGE, STATUS_USAGE, USAGE, WATCH_USAGE } from './cli-usage.ts';
import { parseSourceDateEpoch } from './source-date.ts';
import { asEnvironmentError } from './write/errors.ts';
import type { Io } from './build-progress.ts';

// A command's modules load only when it runs: `status` or `--help` does not pay for the
// PDF renderer, and a broken optional module cannot break an unrelated command.
const importTranslations: typeof import('./exchange/index.ts').importTranslations = async (...args) => (await import('./exchange/index.ts')).importTranslations(...args);
const loadValid: typeof import('./translation-status.ts').loadValid = async (...args) => (await import('./translation-status.ts')).loadValid(...args);

/** Exit codes, documented in the README ("Exit codes"). */
export const EXIT = { ok: 0, content: 1, usage: 2, environment: 3, bug: 70, interrupted: 130 } as const;


/**
 * Runs the CLI; returns the exit code (EXIT). User mistakes and failures of the machine
 * print one line each, never a stack; --debug adds the stack.
 */
export async function main(argv: string[], io: Io = { out: console.log, err: console.error, tty: Boolean(process.stderr.isTTY) }): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  const stack = (err: unknown) => {
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
  };
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'build') return await runBuild(rest, io);
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'preflight') return await runPreflight(rest, io);
    if (command === 'status') return await runStatus(rest, io);
    if (command === 'stamp') return await runStamp(rest, io);
    if (command === 'export') return await runExport(rest, io);
    if (command === 'import') return await runImport(rest, io);
    if (command === 'new') return await (await import('./scaffold/new-leaflet.ts')).runNew(rest, io);
    if (command === 'watch') return await runWatch(rest, io);
    // The builder process `watch` starts: builds on request, with everything kept loaded.
    if (command === '__watch-builder') return await (await import('./watch/index.ts')).watchBuilder((args) => main(['build', ...args, ...(debug ? ['--debug'] : [])], io));
    throw new UsageError(messages.unknownCommand(command));
  } catch (err) {
    stack(err);
    if (err instanceof ContentError) {
      for (const p of err.problems) io.err(formatProblem(p));
      const found = `${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} found`;
      if (err.summary) io.err(`\n${err.summary.join('\n')}`);
      else io.err(`\n${found}; ${err.written ? `${err.written} PDF${err.written === 1 ? '' : 's'} that passed were written, the others were not (and older copies were removed).` : 'nothing was written.'}`);
      return EXIT.content;
    }
    if (err instanceof UsageError) {
      io.err(`leaflets: ${err.message}`);
      io.err(`Run "leaflets ${['build', 'check', 'preflight', 'status', 'stamp', 'export', 'import', 'watch'].includes(command ?? '') ? `${command} ` : ''}--help" for usage.`);
      return EXIT.usage;
    }
    if (err instanceof InterruptedError) {
      io.err(`leaflets: ${err.message}`);
      return EXIT.interrupted;
    }
    const environment = err instanceof EnvironmentError ? err : asEnvironmentError(err);
    if (environment) {
      io.err(`leaflets: ${environment.message}`);
      return EXIT.environment;
    }
    // Anything else is a bug in leaflets, not the user's doing.
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    io.err(`leaflets: unexpected error: ${message}. This is a bug: please report it with the output of the same command run with --debug`);
    return EXIT.bug;
  }
}

const OPTIONS = {
  leaflet: { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  release: { type: 'boolean' },
  to: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  port: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Strict parsing: an unknown or misspelt option is a usage error, never ignored. */
function parse(args: string[], allowed: ReadonlyArray<keyof typeof OPTIONS>) {
  try {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
    const extra = Object.keys(values).find((k) => !allowed.includes(k as keyof typeof OPTIONS));
    if (extra) throw new Error(`Unknown option '--${extra}'`);
    // `--leaflet ""` (an unset shell variable) must not quietly mean "every leaflet".
    const empty = Object.entries(values).find(([, v]) => typeof v === 'string' && v.trim() === '');
    if (empty) throw new UsageError(messages.emptyOption(empty[0]));
    return values;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, '').replace(/^Unknown option/, 'unknown option'));
  }
}

async function runBuild(args: string[], io: Io): Promise<number> {
  const values = parse(args, ['leaflet', 'locale', 'format', 'release', 'force', 'quiet', 'json', 'help']);
  if (values.help) {
    io.out(BUILD_USAGE);
    return 0;
  }
  if (values.quiet && values.json) throw new UsageError('give --quiet or --json, not both');
  const sourceDateEpoch = parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  const started = performance.now();
  const { build } = await import('./build.ts');
  const { progressReporter } = await import('./build-progress.ts');
  const report = progressReporter(values.json ? 'json' : values.quiet ? 'quiet' : io.tty ? 'bar' : 'lines', io);
  let pruned = 0;
  let written = 0;
  try {
    const entries = await build({
      leaflet: values.leaflet,
      locale: values.locale,
      format: values.format,
      release: values.release ?? false,
      force: values.force ?? false,
      sourceDateEpoch,
      handleSignals: true,
      onNotice: report.onNotice,
      onPruned: (files) => {
        pruned = files.length;
        report.onPruned(files);
      },
      onWarning: report.onWarning,
      // Missing translations: one line per leaflet × language, as `check` prints them.
      ...(values.json || values.quiet ? {} : { onGap: (line: string) => io.out(`  ${line}`) }),
      onPlan: report.onPlan,
      onRendered: report.onRendered,
      onBuilt: (e) => {
        written++;
        report.onBuilt(e);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    report.finish(messages.buildSummary(written, entries.length - written, seconds, pruned), { written, unchanged: entries.length - written, removed: pruned, seconds: Number(seconds) });
  } finally {
    report.stop();
  }
  return 0;
}

async function runPreflight(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ args, options: { leaflet: OPTIONS.leaflet, locale: OPTIONS.locale, format: OPTIONS.format, help: OPTIONS.help }, strict: true, allowPositionals: true });
    } catch (err) {
      throw new UsageError((err as Error).message.replace(/^Unknown option/, 'unknown option'));
    }
  })();
  if (values.help) {
    io.out(PREFLIGHT_USAGE);
    return 0;
  }
  // Loaded only when this command runs: pdf.js is large.
  const { preflightFile, preflightOutputs } = await import('./preflight/command.ts');
  if (positionals.length > 0 && (values.leaflet || values.locale || values.format)) throw new UsageError('give either PDF files or --leaflet/--locale/--format, not both');
  const reports = positionals.length > 0 ? await Promise.all(positionals.map((f) => preflightFile(f))) : [await preflightOutputs({ leaflet: values.leaflet, locale: values.locale, format: values.format })];
  const checked = reports.flatMap((r) => r.checked);
  const problems = reports.flatMap((r) => r.problems);
  const warnings = reports.flatMap((r) => r.warnings);
  for (const c of checked) {
    const f = c.figures;
    io.out(`  ${f.passed ? 'passed' : 'FAILED'}  ${c.file}  smallest type ${f.smallestTextPt} pt, ${f.closestToTrimMm ?? '-'} mm from the trim, ${Math.round(f.hyphenatedShare * 1000) / 10}% of lines hyphenated`);
  }
  for (const m of reports.flatMap((r) => r.missing)) io.out(`  not built  ${m}`);
  if (checked.length === 0) throw new UsageError(messages.nothingToPreflight());
  if (problems.length > 0) throw new ContentError([...problems, ...warnings], 0);
  for (const p of warnings) io.out(formatProblem(p));
  io.out(`Checked ${checked.length} PDF${checked.length === 1 ? '' : 's'}: every one passed preflight.`);
  return 0;
}

async function runCheck(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const values = parse(args, ['help']);
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const { check } = await import('./build.ts');
  const { leaflets, locales } = await check({ onGap: (line) => io.out(`  ${line}`) });
  io.out(`Content is valid: ${leaflets} leaflet${leaflets === 1 ? '' : 's'}, ${locales} leaflet × language combination${locales === 1 ? '' : 's'}, every character covered by the fonts.`);
  return 0;
}

async function runStatus(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const values = parse(args, ['leaflet', 'locale', 'json', 'help']);
  if (values.help) {
    io.out(STATUS_USAGE);
    return 0;
  }
  const { status } = await import('./translation-status.ts');
  const states = await status({ root: process.cwd(), leaflet: values.leaflet, locale: values.locale });
  if (values.locale && states.length === 0) {
    // Never a silent exit 0 for a language nothing is translated into.
    const known = [...new Set((await status({ root: process.cwd(), leaflet: values.leaflet })).map((s) => s.locale))];
    throw new UsageError(messages.noTranslationInto(values.locale, known));
  }
  if (values.json) {
    io.out(JSON.stringify(states, null, 2));
    return 0;
  }
  let leaflet = '';
  for (const s of states) {
    if (s.leaflet !== leaflet) io.out((leaflet = s.leaflet));
    const counts = Object.entries(s.byStatus).map(([k, n]) => `${n} ${k}`).join(', ');
    io.out(
      `  ${s.locale.padEnd(8)} ${String(s.total).padStart(4)} unit${s.total === 1 ? ': ' : 's:'} ${counts || 'none translated'}` +
        `${s.stale.length ? `, ${s.stale.length} stale` : ''}${s.missing.length ? `, ${s.missing.length} missing` : ''}  → ${s.releasable ? 'release' : 'draft'}`,
    );
  }
  return 0;
}

async function runStamp(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const values = parse(args, ['leaflet', 'locale', 'help']);
  if (values.help) {
    io.out(STAMP_USAGE);
    return 0;
  }
  const { stamp, status } = await import('./translation-status.ts');
  if (values.locale) {
    // As for status: a language with no translation is a mistake, not "nothing to do".
    const known = [...new Set((await status({ root: process.cwd(), leaflet: values.leaflet })).map((s) => s.locale))];
    if (!known.includes(values.locale)) throw new UsageError(messages.noTranslationInto(values.locale, known));
  }
  const written = await stamp({ root: process.cwd(), leaflet: values.leaflet, locale: values.locale });
  for (const w of written) io.out(`  ${w.file}  ${w.units} unit${w.units === 1 ? '' : 's'} recorded`);
  io.out(written.length ? `Stamped ${written.length} file${written.length === 1 ? '' : 's'}.` : 'Every translated unit already has a record.');
  return 0;
}

async function runExport(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const values = parse(args, ['leaflet', 'locale', 'to', 'out', 'help']);
  if (values.help) {
    io.out(EXPORT_USAGE);
    return 0;
  }
  if (!values.locale) throw new UsageError('give the language to export with --locale, for example --locale uk');
  if (values.to && values.to !== 'po' && values.to !== 'xliff') throw new UsageError(`unknown exchange format "${values.to}": use po or xliff`);
  const project = await loadValid(process.cwd());
  const { exportTranslations } = await import('./exchange/index.ts');
  const written = await exportTranslations(project, { locale: values.locale, leaflet: values.leaflet, outDir: values.out ?? join(process.cwd(), 'output', 'translations'), to: values.to === 'xliff' ? 'xliff' : 'po' });
  for (const file of written) io.out(`  ${file}`);
  io.out(`Exported ${written.length} file${written.length === 1 ? '' : 's'}.`);
  return 0;
}

async function runImport(args: string[], io: { out: (s: string) => void }): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
    } catch (err) {
      throw new UsageError((err as Error).message.replace(/^Unknown option/, 'unknown option'));
    }
  })();
  if (values.help) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  // All files are checked, and the content they make validated, before any is written.
  for (const result of await importTranslations(process.cwd(), positionals)) {
    io.out(`  ${result.file}  ${result.changed ? `${result.changed} unit${result.changed === 1 ? '' : 's'} changed` : 'no changes'}  (from ${result.from})`);
  }
  return 0;
}

async function runWatch(args: string[], io: Io): Promise<number> {
  const values = parse(args, ['leaflet', 'locale', 'format', 'release', 'port', 'help']);
  if (values.help) {
    io.out(WATCH_USAGE);
    return 0;
  }
  const port = values.port ?? '8080';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new UsageError(messages.watchPort(port));
  const buildArgs = (['leaflet', 'locale', 'format'] as const).flatMap((k) => (values[k] ? [`--${k}`, values[k]] : []));
  if (values.release) buildArgs.push('--release');
  const { watch } = await import('./watch/index.ts');
  return watch({ root: process.cwd(), buildArgs, port: Number(port), out: io.out });
}
