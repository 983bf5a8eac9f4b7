/**
 * A user's mistake, located in a file. The CLI prints one line per problem; anything
 * that is not a Problem is a bug and is printed in full.
 */
export interface Problem {
  /** File relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Field path inside the file, e.g. `sections[2].blocks[0].text`. */
  field?: string;
  /** What happened and what to do, from messages.ts. */
  message: string;
  /**
   * The leaflet and language a problem in a shared file concerns (a contact's name missing
   * in one leaflet's language), so that building another leaflet is not stopped by it.
   */
  scope?: { leaflet: string; locale?: string };
}

/** Thrown when content has mistakes; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** What was written despite the problems, when something was (preflight refuses single PDFs). */
  readonly written?: number;
  /** A build's closing lines: what each problem stopped, and what was built (src/build.ts). */
  readonly summary?: string[];
  constructor(problems: Problem[], written?: number, summary?: string[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    if (written !== undefined) this.written = written;
    if (summary) this.summary = summary;
  }
}

/** Thrown for a bad command line: printed with the usage of the command. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `file:line:column  field: message`, the shape editors and terminals link to. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where}  ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Formats a field path the way a reader of the YAML thinks of it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The machine, not the content or the command line, stopped the work: a full disk, a
 * read-only or missing folder, a permission, a lock held by another build, a bad
 * environment variable. Printed as one line naming the path and what to do; exit 3.
 */
export class EnvironmentError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

/** A build stopped by SIGINT or SIGTERM at a safe point; exit 130. */
export class InterruptedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InterruptedError';
  }
}
