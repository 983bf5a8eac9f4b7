import { messages } from '../messages.ts';

/** One syntax error as the yaml library reports it: a code and a 1-based line and column. */
export interface YamlSyntaxError {
  code: string;
  message: string;
  line: number;
  column: number;
}

/** A plain-words explanation of a file's syntax errors, at the line to fix. */
export interface Explained {
  line: number;
  column: number;
  message: string;
}

// Errors that follow from a line indented wrongly, or from ": " inside an unquoted text.
const STRUCTURE = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_DEDENT']);
// `key: value`, the key after any list dashes: "  - id: second" has its key at column 5.
const KEY_LINE = /^(\s*(?:-\s+)*)([^\s#'"\-[{][^:#]*?):(?:\s|$)(.*)$/;

/**
 * The yaml parser's messages speak of its own grammar ("Nested mappings are not allowed
 * in compact mappings", three of them for one line indented two spaces too little). A
 * content keeper needs the line to fix and how: which line is indented how far compared
 * with which, or that a text containing ": " must be quoted. Returns one explanation for
 * the file, or undefined when the errors are of another kind (the parser's words then).
 */
export function explainYamlErrors(source: string, errors: readonly YamlSyntaxError[]): Explained | undefined {
  const first = [...errors].sort((a, b) => a.line - b.line || a.column - b.column)[0];
  if (!first) return undefined;
  const lines = source.split(/\r?\n/);
  const text = lines[first.line - 1] ?? '';
  // A text opened with a quote and never closed: the parser reads on to the end of the file.
  const quote = /Missing closing (["'])?quote/i.exec(first.message);
  if (quote) {
    const opened = /:\s+(["'])/.exec(text) ?? /^\s*-\s+(["'])/.exec(text);
    const mark = opened?.[1] ?? (first.message.includes("'") ? "'" : '"');
    return { line: first.line, column: opened ? opened.index + opened[0].length : first.column, message: messages.authoring.yamlUnclosedQuote(mark) };
  }
  if (first.code === 'TAB_AS_INDENT') return { line: first.line, column: first.column, message: messages.authoring.yamlTab() };
  // "Sequence item without - indicator" is an indentation slip; other missing characters are not.
  if (!STRUCTURE.has(first.code) || (first.code === 'MISSING_CHAR' && !/indicator/.test(first.message))) return undefined;

  // A text with ": " inside, unquoted: "callout: Merk: du har rett …".
  const key = KEY_LINE.exec(text);
  if (key && first.code !== 'BAD_INDENT' && first.code !== 'MISSING_CHAR') {
    const value = key[3] ?? '';
    const inner = /^[^'"|>&*!{[].*?\S: /.exec(value);
    if (inner) {
      const before = value.slice(0, value.indexOf(': ')).trim();
      return { line: first.line, column: key[1]!.length + key[2]!.length + 3, message: messages.authoring.yamlColonInText(key[2]!.trim(), before) };
    }
  }

  // The line indented wrongly: the error's own line, or for a line indented too far, the
  // next one (the parser then stumbles on the line above it).
  let offending = first.line;
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') {
    offending = nextContent(lines, first.line) ?? first.line;
  }
  const own = KEY_LINE.exec(lines[offending - 1] ?? '');
  if (!own) return undefined;
  const column = own[1]!.length + 1;
  // The columns it could have meant: the line above and the keys it sits inside.
  const candidates: Array<{ line: number; column: number; key: string }> = [];
  let limit = Infinity;
  for (let l = offending - 1; l >= 1 && limit > 1; l--) {
    const m = KEY_LINE.exec(lines[l - 1] ?? '');
    if (!m) continue;
    const at = m[1]!.length + 1;
    if (candidates.length === 0 || at < limit) {
      candidates.push({ line: l, column: at, key: m[2]!.trim() });
      limit = Math.min(limit, at, (lines[l - 1] ?? '').search(/\S/) + 1);
    }
  }
  const best = candidates
    .filter((c) => c.column !== column)
    .sort((a, b) => Math.abs(a.column - column) - Math.abs(b.column - column) || b.column - a.column)[0];
  if (!best) return undefined;
  return { line: offending, column, message: messages.authoring.yamlIndent(own[2]!.trim(), column - 1, best.key, best.line, best.column - 1) };
}

function nextContent(lines: readonly string[], after: number): number | undefined {
  for (let l = after + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? '';
    if (text.trim() !== '' && !text.trim().startsWith('#')) return l;
  }
  return undefined;
}
