import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, isCollection, isMap, isScalar, parse, parseDocument, Parser, type Scalar } from 'yaml';

/** One string value to set in a YAML file, by its path of keys and list indexes. */
export interface YamlChange {
  path: ReadonlyArray<string | number>;
  value: string;
}

/** Where content files wrap folded text (`>-`), as the files in content/ do. */
const WRAP_AT = 88;

/**
 * Sets string values in a YAML file's text through the yaml library's own tokens (CST), so
 * every other byte stays as it was: comments, quoting, folded blocks, flow lists, CRLF
 * line ends. A key that is not there yet is added to its block map. The result is parsed
 * again and must hold exactly the old data with the changes; if the token edit cannot
 * express a change (a flow-style map gaining a key), the Document API writes the file
 * instead, which keeps comments and styles but may re-wrap lines.
 */
export function editYaml(source: string, changes: readonly YamlChange[]): string {
  const original = parseDocument(source);
  if (original.errors.length > 0) throw original.errors[0]!;
  const expected = original.toJS() as unknown;
  const want = (() => {
    const doc = original.clone();
    for (const c of changes) doc.setIn(c.path as unknown[], c.value);
    return doc.toJS() as unknown;
  })();
  if (isDeepStrictEqual(expected, want)) return source;
  const matches = (text: string) => {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), want);
  };
  for (const safe of [false, true]) {
    const edited = editTokens(source, changes, safe);
    if (edited !== undefined && matches(edited)) return edited;
  }
  const doc = parseDocument(source);
  for (const c of changes) doc.setIn(c.path as unknown[], c.value);
  const written = doc.toString({ lineWidth: 0 });
  if (!matches(written)) throw new Error('editYaml: the edited YAML does not hold the intended values');
  return written;
}

/**
 * Edits the token stream; undefined when a change needs more than a scalar edit or an
 * entry added to a block map. With `safe`, every edited value is double-quoted, which
 * holds any string exactly.
 */
function editTokens(source: string, changes: readonly YamlChange[], safe: boolean): string | undefined {
  const tokens = [...new Parser().parse(source)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (!doc) return undefined;
  const newline = /\r\n/.test(source.slice(0, source.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const touched: CST.Token[] = [];
  const created = new Map<string, CST.BlockMap>();
  for (const change of changes) {
    const node = doc.getIn(change.path as unknown[], true);
    const parent = doc.getIn(change.path.slice(0, -1) as unknown[], true);
    const inFlow = isCollection(parent) && parent.flow === true;
    if (isScalar(node) && node.srcToken) {
      setValue(node, change.value, safe, inFlow);
      touched.push(node.srcToken);
      continue;
    }
    const key = change.path.at(-1);
    if (node !== undefined || typeof key !== 'string') return undefined;
    // The map to add to: an existing block map, or one this edit creates (`units:` of a file that has none).
    const where = JSON.stringify(change.path.slice(0, -1));
    let map = created.get(where) ?? (isMap(parent) && parent.srcToken?.type === 'block-map' ? parent.srcToken : undefined);
    if (!map && parent === undefined && change.path.length >= 2) {
      const grand = doc.getIn(change.path.slice(0, -2) as unknown[], true);
      const name = change.path.at(-2);
      if (isMap(grand) && grand.srcToken?.type === 'block-map' && typeof name === 'string') {
        map = addMap(grand.srcToken, name, newline);
        created.set(where, map);
      }
    }
    if (!map) return undefined;
    addEntry(map, key, change.value, newline, safe);
  }
  if (newline === '\r\n') for (const token of touched) crlf(token);
  return tokens.map((t) => CST.stringify(t)).join('');
}

/** Sets a scalar's text, keeping its style where that style can hold the value. */
function setValue(node: Scalar, value: string, safe: boolean, inFlow: boolean): void {
  const token = node.srcToken!;
  let type = safe ? 'QUOTE_DOUBLE' : node.type === 'PLAIN' || node.type === undefined ? plainOr(value, inFlow) : node.type;
  // A block scalar cannot stand inside a flow list or map.
  if (inFlow && (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL')) type = 'QUOTE_DOUBLE';
  CST.setScalarValue(token, value, { afterKey: !inFlow, inFlow, type });
  if (type === 'BLOCK_FOLDED' && token.type === 'block-scalar') token.source = wrap(token.source);
}

/** Plain when the value reads back as the same string; otherwise single quotes (one line) or a literal block. */
function plainOr(value: string, inFlow = false): Scalar.Type {
  if (value.includes('\n')) return inFlow ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
  try {
    if (parse(value) === value && !/^\s|\s$/.test(value) && !(inFlow && /[,[\]{}]/.test(value))) return 'PLAIN';
  } catch {
    // Not valid as plain YAML: quote it.
  }
  return 'QUOTE_SINGLE';
}

/** Wraps long lines of a folded block at single spaces between words, which fold back to those spaces. */
function wrap(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0];
      if (line.length <= WRAP_AT || !indent || /^\s/.test(line.slice(indent.length))) return line;
      const out: string[] = [];
      let rest = line.slice(indent.length);
      while (indent.length + rest.length > WRAP_AT) {
        let cut = -1;
        for (let i = Math.min(rest.length - 2, WRAP_AT - indent.length); i > 0; i--) {
          if (rest[i] === ' ' && rest[i - 1] !== ' ' && rest[i + 1] !== ' ') {
            cut = i;
            break;
          }
        }
        if (cut < 0) break;
        out.push(indent + rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      out.push(indent + rest);
      return out.join('\n');
    })
    .join('\n');
}

/** Adds `key: value` as the last entry of a block map, indented like its other entries. */
function addEntry(map: CST.BlockMap, key: string, value: string, newline: string, safe: boolean): void {
  const indent = map.indent;
  endLine(map, newline);
  const keyToken = CST.createScalarToken(key, { indent, implicitKey: true, end: [] });
  const valueToken = CST.createScalarToken(value, { indent, type: safe ? 'QUOTE_DOUBLE' : plainOr(value), end: [{ type: 'newline', offset: 0, indent, source: newline }] });
  map.items.push({
    start: map.items.length > 0 ? [{ type: 'space', offset: 0, indent: 0, source: ' '.repeat(indent) }] : [],
    key: keyToken,
    sep: [
      { type: 'map-value-ind', offset: 0, indent, source: ':' },
      { type: 'space', offset: 0, indent, source: ' ' },
    ],
    value: valueToken,
  });
}

/** Adds `key:` with an empty block map below it as the last entry of a block map; returns the new map. */
function addMap(map: CST.BlockMap, key: string, newline: string): CST.BlockMap {
  const indent = map.indent;
  endLine(map, newline);
  const inner: CST.BlockMap = { type: 'block-map', offset: 0, indent: indent + 2, items: [] };
  map.items.push({
    start: map.items.length > 0 ? [{ type: 'space', offset: 0, indent: 0, source: ' '.repeat(indent) }] : [],
    key: CST.createScalarToken(key, { indent, implicitKey: true, end: [] }),
    sep: [
      { type: 'map-value-ind', offset: 0, indent, source: ':' },
      { type: 'newline', offset: 0, indent, source: newline },
      { type: 'space', offset: 0, indent, source: ' '.repeat(indent + 2) },
    ],
    value: inner,
  });
  return inner;
}

/** Makes sure a map's last entry ends its line, so that an entry can follow. */
function endLine(map: CST.BlockMap, newline: string): void {
  const last = map.items.at(-1);
  if (last?.value && 'end' in last.value && Array.isArray(last.value.end) && !last.value.end.some((t) => t.type === 'newline')) {
    last.value.end.push({ type: 'newline', offset: 0, indent: map.indent, source: newline });
  }
}

/** Gives an edited token the file's CRLF line ends. */
function crlf(token: CST.Token): void {
  const fix = (s: string) => s.replace(/(?<!\r)\n/g, '\r\n');
  const t = token as { source?: string; end?: CST.SourceToken[]; props?: CST.Token[] };
  if (typeof t.source === 'string') t.source = fix(t.source);
  for (const p of [...(t.end ?? []), ...(t.props ?? [])]) if ('source' in p && typeof p.source === 'string') p.source = fix(p.source);
}
