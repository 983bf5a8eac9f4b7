import sax from 'sax';
import { messages } from '../messages.ts';
import { ContentError, type Problem } from '../problems.ts';
import { decodeStrict, linePos } from './decode.ts';
import type { ImportedFile, ImportedUnit } from './po.ts';
import { MACHINE_SUBSTATE } from './xliff.ts';

/** A stop at the first mistake, with its position; becomes one problem. */
class Stop extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** XML 1.0 characters (the Char production): anything else is not XML, whatever a parser lets through. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const RANK = ['initial', 'translated', 'reviewed', 'final'] as const;
type State = (typeof RANK)[number];

interface Segment {
  state: State;
  subState?: string;
  /** A segment without a target is untranslated, and so is its unit: never store part of a sentence. */
  translated: boolean;
}

/**
 * Reads an XLIFF 2.0 file strictly: UTF-8 only, well-formed to the last byte, no DOCTYPE
 * (so no entities but XML's five and character references), with the file, line and
 * column of the first mistake. A unit's text is its segments and ignorables in order;
 * inline elements (<pc>, <ph>, …) are refused, since our texts have none and dropping
 * them could drop a placeholder a tool turned into one. Its status is the lowest state of
 * its segments.
 */
export function fromXliff(bytes: Buffer, file: string): ImportedFile {
  const xml = decodeStrict(bytes, 'utf-8', file).replace(/^\uFEFF/, '');
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) {
    const cp = bad[0].codePointAt(0)!;
    throw new ContentError([{ file, ...linePos(xml, bad.index), message: messages.xmlCharacter(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`) }]);
  }
  const parser = sax.parser(true, { position: true, strictEntities: true });
  const here = () => ({ line: parser.line + 1, column: parser.column + 1 });
  const stop = (message: string): never => {
    const { line, column } = here();
    throw new Stop(message, line, column);
  };

  const result: ImportedFile = { units: [] };
  const problems: Problem[] = [];
  const stack: string[] = [];
  let files = 0;
  let unit: (ImportedUnit & { segments: Segment[] }) | undefined;
  let part: 'source' | 'target' | undefined;
  let inIgnorable = false;
  let rootClosed = false;

  parser.onerror = (err) => stop(messages.xmlSyntax(err.message));
  parser.ondoctype = () => stop(messages.xmlDoctype());
  parser.onprocessinginstruction = (pi) => {
    const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(pi.body)?.[1];
    if (pi.name === 'xml' && encoding && !/^utf-?8$/i.test(encoding)) stop(messages.xmlEncoding(encoding));
  };
  const text = (t: string) => {
    if (!unit || !part) return;
    unit[part] += t;
    if (inIgnorable) ignorable[part] = (ignorable[part] ?? '') + t;
  };
  parser.ontext = text;
  parser.oncdata = text;
  parser.onopentag = (tag) => {
    const name = tag.name.replace(/^[\w.-]+:/, '');
    const a = tag.attributes;
    if (rootClosed) stop(messages.xmlSyntax('a second root element'));
    if (part && unit) stop(messages.xliffInline(tag.name, unit.id, part));
    const parent = stack.at(-1);
    stack.push(name);
    if (!parent) {
      if (name !== 'xliff') stop(messages.xliffShape(`its root element is <${tag.name}>, not <xliff>`));
      if (!/^2\.\d+$/.test(a.version ?? '')) stop(messages.xliffVersion(a.version ?? ''));
      if (a.trgLang) result.locale = a.trgLang;
    } else if (name === 'file' && parent === 'xliff') {
      if (++files > 1) stop(messages.xliffShape('it holds more than one <file>; import one leaflet per file, as exported'));
      if (a.id) result.leaflet = a.id;
    } else if (name === 'unit') {
      if (!a.id) stop(messages.xliffShape('a <unit> has no id'));
      unit = { id: a.id!, source: '', target: '', review: { fuzzy: true }, segments: [], ...here() };
    } else if ((name === 'segment' || name === 'ignorable') && unit) {
      inIgnorable = name === 'ignorable';
      if (name === 'segment') {
        const state = a.state ?? 'initial';
        if (!(RANK as readonly string[]).includes(state)) stop(messages.xliffState(state));
        unit.segments.push({ state: state as State, translated: false, ...(a.subState ? { subState: a.subState } : {}) });
      }
    } else if ((name === 'source' || name === 'target') && unit && (parent === 'segment' || parent === 'ignorable')) {
      part = name;
      if (inIgnorable) ignorable[name] = '';
      else if (name === 'target') unit.segments.at(-1)!.translated = true;
    }
  };
  // An ignorable (text between segments) stands in the target as in the source unless it has a target of its own.
  let ignorable: { source?: string; target?: string } = {};
  parser.onclosetag = () => {
    const name = stack.pop();
    if (stack.length === 0) rootClosed = true;
    if (name === 'source' || name === 'target') part = undefined;
    if (name === 'ignorable' && unit) {
      if (ignorable.target === undefined) unit.target += ignorable.source ?? '';
      inIgnorable = false;
      ignorable = {};
    }
    if (name === 'unit' && unit) {
      result.units.push(finish(unit, problems, file));
      unit = undefined;
    }
  };

  try {
    parser.write(xml).close();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    throw new ContentError([{ file, line: err.line, column: err.column, message: err.message }]);
  }
  if (!rootClosed) throw new ContentError([{ file, ...linePos(xml, xml.length), message: messages.xmlSyntax('the file ends before </xliff>') }]);
  if (problems.length > 0) throw new ContentError(problems);
  return result;
}

/** A unit's status from its segments: the lowest state wins, so one unreviewed segment keeps it unreviewed. */
function finish(unit: ImportedUnit & { segments: Segment[] }, problems: Problem[], file: string): ImportedUnit {
  const { segments, ...rest } = unit;
  if (segments.some((s) => !s.translated)) rest.target = '';
  if (segments.length === 0) problems.push({ file, ...(unit.line ? { line: unit.line, column: unit.column } : {}), message: messages.xliffShape(`the unit "${unit.id}" has no <segment>`) });
  const lowest = segments.reduce<Segment | undefined>((low, s) => (!low || RANK.indexOf(s.state) < RANK.indexOf(low.state) ? s : low), undefined);
  const review: ImportedUnit['review'] =
    lowest?.state === 'final'
      ? { fuzzy: false, status: 'approved' }
      : lowest?.state === 'reviewed'
        ? { fuzzy: false, status: 'reviewed' }
        : lowest?.state === 'translated'
          ? { fuzzy: true, status: 'translated' }
          : lowest?.subState === MACHINE_SUBSTATE
            ? { fuzzy: true, status: 'machine' }
            : { fuzzy: true };
  return { ...rest, review };
}
