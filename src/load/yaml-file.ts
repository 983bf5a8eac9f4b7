import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem } from '../problems.ts';
import { messages } from '../messages.ts';
import { CONTROL, readContentText } from './read-content.ts';
import { explainYamlErrors } from './yaml-explain.ts';

const toLineColumn = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });

/** A parsed YAML file that still knows where each value came from. */
export interface YamlFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  data: unknown;
  /**
   * Line and column of the value at `path`, or of its nearest existing parent. With
   * `needle`, the position of that text inside the value, so a mistake in the fifth line
   * of a paragraph is reported on that line.
   */
  locate(path: readonly PropertyKey[], needle?: string): { line: number; column: number };
}

/** How many alias uses a file may expand (the yaml library's guard against alias bombs). */
export const MAX_ALIAS_COUNT = 100;
/** Deeper than any content needs (a list item's nested list is 7 levels); stops stack exhaustion. */
const MAX_DEPTH = 32;
/** The YAML 1.2 core schema's own tags: writing them out is harmless. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Reads and parses one YAML file under `base` (content/ or fonts/). Every problem (a
 * refused file, a syntax error) comes back as problems, with the position the parser
 * reports, instead of throwing.
 */
export async function readYamlFile(root: string, file: string, base = file.split('/')[0] ?? ''): Promise<YamlFile | Problem[]> {
  const source = await readContentText(root, base, file);
  if (typeof source !== 'string') return [source];
  return parseYaml(file, source);
}

/**
 * Parses YAML text with the core schema only. Loading is linear in the file's size: the
 * yaml library's own duplicate-key check compares each key with every earlier one (a
 * 5 MB file took minutes), so keys are checked here with a set instead.
 */
export function parseYaml(file: string, source: string): YamlFile | Problem[] {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: false });
  } catch {
    return [{ ...at(0), message: messages.yamlTooDeep() }];
  }
  if (doc.errors.length > 0) {
    // One line in plain words for an indentation slip or ": " inside a text (yaml-explain.ts).
    const explained = explainYamlErrors(source, doc.errors.map((e) => ({ code: e.code, message: e.message, ...toLineColumn(at(e.pos[0])) })));
    const lines = source.split('\n');
    if (explained && !/^[^"]*"[^"]*\{\{\s*\w+\s+"/.test(lines[explained.line - 1] ?? '')) return [{ file, line: explained.line, column: explained.column, message: explained.message }];
    return doc.errors.map((err) => {
      const where = at(err.pos[0]);
      // The most common slip: a placeholder's quotes inside a double-quoted text.
      const quotedPlaceholder = /^[^"]*"[^"]*\{\{\s*\w+\s+"/.test(lines[where.line - 1] ?? '');
      const message = quotedPlaceholder
        ? messages.yamlQuotedPlaceholder()
        : /call stack/i.test(err.message)
          ? messages.yamlTooDeep()
          : messages.yamlSyntax(err.message);
      return { ...where, message };
    });
  }

  const walked = walk(doc.contents, source);
  if (walked.problems.length > 0) return walked.problems.map(({ offset, message }) => ({ ...at(offset), message }));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const excessive = err instanceof ReferenceError && /excessive alias/i.test(err.message);
    return [{ ...at(walked.firstAlias ?? 0), message: excessive ? messages.yamlAliases(MAX_ALIAS_COUNT) : messages.yamlSyntax((err as Error).message) }];
  }

  const locate = (path: readonly PropertyKey[], needle?: string) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = walked.keys.get(node)?.get(String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
        // A value on the key's own line is more precise than the key; a block below is not.
        const valueStart = (node as Node | null)?.range?.[0];
        if (isScalar(node) && valueStart !== undefined && lineCounter.linePos(valueStart).line === lineCounter.linePos(offset).line) {
          offset = valueStart;
        }
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        node = item;
        offset = (item as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const range = (node as Node | null)?.range;
    if (needle && range) {
      // Search only inside the value, so a search costs the value's length, not the file's.
      const found = source.slice(offset, range[2]).indexOf(needle);
      if (found >= 0) offset += found;
    }
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { file, data, locate };
}

interface Walked {
  /** Each map's pairs by key, so that locating a value costs its depth, not the map's size. */
  keys: Map<YAMLMap, Map<string, Pair>>;
  firstAlias?: number;
  problems: Array<{ offset: number; message: string }>;
}

/**
 * One pass over the parsed nodes, without recursion: duplicate and non-scalar keys,
 * tags outside the core schema, and nesting depth.
 */
function walk(root: unknown, source: string): Walked {
  const out: Walked = { keys: new Map(), problems: [] };
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0 && out.problems.length < 20) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const start = (node as Node).range?.[0] ?? 0;
    if (isAlias(node)) {
      out.firstAlias = Math.min(out.firstAlias ?? start, start);
      continue;
    }
    const tag = (node as Node).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      out.problems.push({ offset: tagStart(source, start), message: messages.yamlTag(tag.replace(/^tag:yaml\.org,2002:/, '!!')) });
      continue;
    }
    // A double-quoted "\0" or "\x1b" makes a control character the byte check cannot see.
    if (isScalar(node) && typeof node.value === 'string') {
      const control = CONTROL.exec(node.value);
      if (control) out.problems.push({ offset: start, message: messages.controlCharacter(control[0].codePointAt(0) ?? 0) });
    }
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) {
      out.problems.push({ offset: start, message: messages.yamlTooDeep() });
      continue;
    }
    if (isMap(node)) {
      const keys = new Map<string, Pair>();
      out.keys.set(node, keys);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const keyStart = key?.range?.[0] ?? start;
        if (!isScalar(key) || (key.tag !== undefined && !CORE_TAGS.has(key.tag))) {
          out.problems.push({ offset: keyStart, message: messages.yamlComplexKey() });
          continue;
        }
        const name = String(key.value);
        if (CONTROL.test(name)) out.problems.push({ offset: keyStart, message: messages.controlCharacter(CONTROL.exec(name)?.[0].codePointAt(0) ?? 0) });
        if (keys.has(name)) out.problems.push({ offset: keyStart, message: messages.yamlDuplicateKey(name) });
        else keys.set(name, pair);
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  // The stack pops in reverse; report in file order.
  out.problems.sort((a, b) => a.offset - b.offset);
  return out;
}

/** Where the tag written before a value starts (a node's range starts at its value). */
function tagStart(source: string, valueStart: number): number {
  let i = source.lastIndexOf('!', valueStart - 1);
  if (i < 0) return valueStart;
  while (i > 0 && !' \t\r\n[{,'.includes(source[i - 1] ?? ' ')) i--;
  return i;
}
