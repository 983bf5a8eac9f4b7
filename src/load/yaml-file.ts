import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../problems.ts';
import { messages } from '../messages.ts';

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

/**
 * Reads and parses one YAML file. Syntax errors come back as problems (one per error,
 * with the position the parser reports) instead of throwing.
 */
export async function readYamlFile(root: string, file: string): Promise<YamlFile | Problem[]> {
  let source: string;
  try {
    source = await readFile(join(root, file), 'utf8');
  } catch {
    return [{ file, message: messages.fileMissing() }];
  }
  return parseYaml(file, source);
}

export function parseYaml(file: string, source: string): YamlFile | Problem[] {
  const lineCounter = new LineCounter();
  // Duplicate keys are errors (the default), so a second `phone:` never silently wins.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const lines = source.split('\n');
    return doc.errors.map((err) => {
      const pos = lineCounter.linePos(err.pos[0]);
      // The most common slip: a placeholder's quotes inside a double-quoted text.
      const quotedPlaceholder = /^[^"]*"[^"]*\{\{\s*\w+\s+"/.test(lines[pos.line - 1] ?? '');
      const message = quotedPlaceholder ? messages.yamlQuotedPlaceholder() : messages.yamlSyntax(err.message);
      return { file, line: pos.line, column: pos.col, message };
    });
  }
  const locate = (path: readonly PropertyKey[], needle?: string) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
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
      const found = source.indexOf(needle, offset);
      if (found >= 0 && found < range[2]) offset = found;
    }
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { file, data: doc.toJS(), locate };
}
