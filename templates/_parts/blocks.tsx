import { Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import type { LocalizedBlock, LocalizedLeaflet } from '../../src/localize/model.ts';
import { hyphenatorFor, paragraphHyphenator, type Hyphenator } from '../../src/render/line-breaking.ts';
import { HYPHENATION } from '../../src/render/hyphenation-policy.ts';
import { introducesList } from '../../src/render/keep-with-next.ts';
import type { IconName } from '../../src/icons.ts';
import { Icon } from './icon.tsx';
import { colors, direction, langOf, tag } from './theme.ts';

interface BlockProps {
  block: LocalizedBlock;
  leaflet: LocalizedLeaflet;
  hyphenate: Hyphenator;
  size: number;
  /** Columns for lists of short items (the examples); 1 keeps every list single. */
  maxColumns: number;
  /** The section's id, which makes its lists' structure keys unique in a tagged PDF. */
  id?: string;
  /**
   * Keep every paragraph, box and bullet whole on one page (the tri-fold's panels): a
   * panel then always starts at a heading, paragraph or list item, never mid-sentence.
   */
  keepWhole?: boolean;
}

// Lists whose items are all this short, and that are this long, read better in columns.
const SHORT_ITEM = 38;
const COLUMN_MIN_ITEMS = 8;
// A columned list is set in blocks of this many rows, each kept on one page: a block
// that cannot be split must never be taller than a page (react-pdf then overprints).
const COLUMN_ROWS = 10;

const isLead = (b: LocalizedBlock | undefined) => b?.kind === 'text' && introducesList(b.text);
// A short list is kept on one page with the line that introduces it.
const KEEP_LIST_ITEMS = 6;

/** Nodes that must stay on one page together; a splittable paragraph may break across pages. */
interface Group {
  nodes: ReactElement[];
  splittable: boolean;
}

/**
 * A section: its heading and blocks as siblings on the page, in groups that stay on one
 * page together. A heading always stays with what follows it: the whole opening when it
 * is short, else its first bullet, box or block of columns, or (before a paragraph,
 * which can break) room for five lines. A line that introduces a list ("Some examples
 * are:", in any script's colon) stays with a short list, or with the first item of a
 * long one, so it never ends a page alone.
 */
export function Section(props: Omit<BlockProps, 'block'> & { heading: ReactElement; blocks: LocalizedBlock[] }) {
  const { heading, blocks, ...rest } = props;
  const groups: Group[] = [];
  const opening = shortOpening(blocks, rest.maxColumns);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const own = blockGroups(block, rest);
    if (next && isLead(block) && next.kind === 'list') {
      const list = blockGroups(next, rest);
      const whole = keepsNext(block, next, rest.maxColumns);
      groups.push({ nodes: [...own.flatMap((g) => g.nodes), ...(whole ? list : list.slice(0, 1)).flatMap((g) => g.nodes)], splittable: false });
      if (!whole) groups.push(...list.slice(1));
      i++;
    } else groups.push(...own);
    if (i + 1 === opening && opening > 0) groups.splice(0, groups.length, { nodes: groups.flatMap((g) => g.nodes), splittable: false });
  }
  const [first, ...others] = groups;
  const all: Group[] = !first
    ? [{ nodes: [heading], splittable: true }]
    : first.splittable && opening === 0
      ? [{ nodes: [heading], splittable: true }, first, ...others]
      : [{ nodes: [heading, ...first.nodes], splittable: false }, ...others];
  // A section printed (partly) in the source language says so under its heading, in the
  // reader's language, kept with the heading and with what follows it.
  if (blocks.some(untranslated)) {
    const dir = direction(rest.leaflet);
    const note = (
      <Text minPresenceAhead={rest.size * 3} style={{ fontSize: rest.size, lineHeight: 1.3, fontStyle: 'italic', color: colors.muted, paddingBottom: rest.size * 0.5, ...dir.text }}>
        {rest.leaflet.ui.untranslated}
      </Text>
    );
    if (all[0]!.nodes.length === 1) all.splice(1, 0, { nodes: [note], splittable: true });
    else all[0]!.nodes.splice(1, 0, note);
  }
  return (
    <>
      {all.map((g, k) =>
        g.nodes.length === 1 ? (
          <Fragment key={k}>{g.nodes[0]}</Fragment>
        ) : (
          <View key={k} wrap={false}>
            {g.nodes.map((n, j) => (
              <Fragment key={j}>{n}</Fragment>
            ))}
          </View>
        ),
      )}
    </>
  );
}

/** Whether any of a block is printed in the source language, not yet translated. */
const untranslated = (b: LocalizedBlock) => b.lang !== undefined || (b.kind === 'list' && b.items.some((i) => i.lang !== undefined));

/** Whether a lead line and its list stay on one page whole: a short list, or one block of columns. */
function keepsNext(block: LocalizedBlock, next: LocalizedBlock | undefined, maxColumns: number): boolean {
  if (!isLead(block) || next?.kind !== 'list') return false;
  const columns = columnsFor(next, maxColumns);
  if (textLength(next) > LONG_UNIT * 2) return false;
  return next.items.length <= KEEP_LIST_ITEMS || (columns > 1 && next.items.length <= columns * COLUMN_ROWS);
}

// A box or bullet longer than this (about a third of an A5 page of body text) may break
// across pages: kept whole, a long one could be taller than the page, which react-pdf
// then prints over the footer.
const LONG_UNIT = 600;
// Kept whole on a tri-fold panel up to this length (about half a panel): a longer one must
// still break, or it would run off the panel; preflight then names the panel it splits.
const WHOLE_MAX = 1400;

const textLength = (b: LocalizedBlock) =>
  b.kind === 'list' ? b.items.reduce((n, i) => n + i.text.length + i.items.join('').length, 0) : b.text.length;

// A section opening this short (about eight lines of A5 body text) moves to the next page
// whole, heading and all, rather than risk the heading ending a page alone.
const SHORT_OPENING = 650;

/**
 * How many of a section's first blocks form its opening: the first block, with the list
 * it introduces if it is a lead line, when together they are short.
 */
function shortOpening(blocks: LocalizedBlock[], maxColumns: number): number {
  const [first, second] = blocks;
  if (!first) return 0;
  const opening = keepsNext(first, second, maxColumns) && second ? [first, second] : [first];
  return opening.reduce((n, b) => n + textLength(b), 0) <= SHORT_OPENING ? opening.length : 0;
}

function columnsFor(block: Extract<LocalizedBlock, { kind: 'list' }>, maxColumns: number): number {
  const short = block.items.every((i) => i.items.length === 0 && i.text.length <= SHORT_ITEM);
  return short && block.items.length >= COLUMN_MIN_ITEMS ? maxColumns : 1;
}

/**
 * One content block as page-level groups: a paragraph (which may break across pages), a
 * highlighted callout, each bullet of a list, or blocks of columns.
 */
function blockGroups(block: LocalizedBlock, { leaflet, hyphenate: documents, size, maxColumns, id, keepWhole: keep = false }: Omit<BlockProps, 'block'>): Group[] {
  const keepWhole = keep && textLength(block) <= WHOLE_MAX;
  // A list's structure key: its items are siblings on the page, each names its list.
  const list = `${id ?? ''}.${block.id}`;
  const dir = direction(leaflet);
  // Text not yet translated is hyphenated in its own language.
  const hyphenate = hyphenatorFor(block.lang, documents);
  const body = { fontSize: size, lineHeight: 1.45, color: colors.text, ...dir.text };
  if (block.kind === 'text') {
    const text = (
      <Text {...breaking(block.text, hyphenate)} {...tag('P', { lang: langOf(leaflet, block.text) })} wrap={!keepWhole} style={{ ...body, paddingBottom: size * 0.7 }}>
        {block.text}
      </Text>
    );
    return [{ nodes: [text], splittable: !keepWhole }];
  }
  if (block.kind === 'callout') {
    const long = block.text.length > LONG_UNIT && !keepWhole;
    const box = (
      <View
        wrap={long}
        {...tag('Div')}
        style={{
          backgroundColor: colors.tint,
          [dir.rtl ? 'borderRightWidth' : 'borderLeftWidth']: 3,
          borderColor: colors.accent,
          padding: size * 0.8,
          marginBottom: size * 0.9,
        }}
      >
        <Text {...breaking(block.text, hyphenate)} {...tag('P', { lang: langOf(leaflet, block.text) })} style={{ ...body, fontWeight: 700 }}>
          {block.text}
        </Text>
      </View>
    );
    return [{ nodes: [box], splittable: long }];
  }
  const columns = columnsFor(block, maxColumns);
  if (columns > 1) {
    const chunk = columns * COLUMN_ROWS;
    const chunks = Array.from({ length: Math.ceil(block.items.length / chunk) }, (_, k) => block.items.slice(k * chunk, (k + 1) * chunk));
    return chunks.map((items, k) => {
          // Column by column, top to bottom: the order a reader follows down a printed list.
          const perColumn = Math.ceil(items.length / columns);
          const cols = Array.from({ length: columns }, (_, c) => items.slice(c * perColumn, (c + 1) * perColumn));
      return {
        splittable: false,
        nodes: [
            <View key={k} wrap={false} style={{ flexDirection: dir.row, paddingBottom: size * 0.7 }}>
              {cols.map((colItems, c) => (
                <View key={c} style={{ flex: 1 }}>
                  {colItems.map((item, i) => (
                    // Column items are short names: breaking one inside a word helps nobody. In Thai
                    // and Chinese an item is one "word" to react-pdf, so it still breaks between words.
                    <Bullet key={i} text={item.text} leaflet={leaflet} hyphenate={leaflet.locale.lineBreaks === 'segmenter' ? hyphenate : (w) => [w]} size={size} list={list} item={k * chunk + c * perColumn + i} />
                  ))}
                </View>
              ))}
            </View>,
        ],
      };
    });
  }
  // Bullets are siblings on the page, not wrapped per item or per list: react-pdf puts an
  // unbreakable first child of a wrapper on the current page even when it does not fit
  // there, and the item then ran over the footer.
  const bullets = block.items.flatMap((item, i) => [
    { key: `${i}`, text: item.text, level: 0, lang: item.lang, item: i, icon: item.icon },
    ...item.items.map((sub, j) => ({ key: `${i}.${j}`, text: sub, level: 1, lang: item.lang, item: i, icon: undefined })),
  ]);
  return bullets.map((b, k) => ({
    nodes: [
      <Bullet
        key={b.key}
        text={b.text}
        leaflet={leaflet}
        hyphenate={hyphenatorFor(b.lang, documents)}
        size={size}
        level={b.level}
        last={k === bullets.length - 1}
        list={list}
        item={b.item}
        keepWhole={keep && b.text.length <= WHOLE_MAX}
        icon={b.icon}
      />,
    ],
    splittable: b.text.length > LONG_UNIT && !(keep && b.text.length <= WHOLE_MAX),
  }));
}

/**
 * Line-breaking props for a paragraph: the language's hyphenation with the paragraph's
 * last word kept whole, and the policy's high penalty so hyphens are a last resort.
 */
function breaking(text: string, hyphenate: Hyphenator) {
  return { hyphenationCallback: paragraphHyphenator(text, hyphenate), hyphenationPenalty: HYPHENATION.penalty };
}

/** A bullet is a drawn square, not a glyph: it looks the same in every script and font. */
export function Bullet({
  text,
  leaflet,
  hyphenate,
  size,
  level = 0,
  last = false,
  list = '',
  item = 0,
  keepWhole = false,
  icon,
}: {
  text: string;
  leaflet: LocalizedLeaflet;
  hyphenate: Hyphenator;
  size: number;
  level?: number;
  /** The list's last bullet keeps the space a list has below it. */
  last?: boolean;
  /** The structure key of the list (tagged PDF) and the index of the item (of the sub-list's parent item, at level 1). */
  list?: string;
  item?: number;
  keepWhole?: boolean;
  /** The item's pictogram (chosen in the content), drawn in place of the square mark. */
  icon?: IconName | undefined;
}) {
  // Tagged PDF: L > LI > LBody, a sub-list in its parent item's LBody. The drawn mark is an artifact.
  const itemKey = `${list}.${item}`;
  const lang = { lang: langOf(leaflet, text) };
  const structure =
    level === 0 ? { item: tag([`L#${list}`, 'LI']), body: tag(`LBody#${itemKey}`, lang) } : { item: tag([`LBody#${itemKey}`, `L#${itemKey}`, 'LI']), body: tag('LBody', lang) };
  const dir = direction(leaflet);
  const mark = level === 0 ? size * 0.42 : size * 0.32;
  const indent = level * size * 1.3;
  const start = dir.rtl ? 'right' : 'left';
  // The mark is placed absolutely and the text is an ordinary block with a padded start:
  // a text that shares a flex row was measured at one width and set at another, so its
  // last line fell below its box and onto the footer (react-pdf caches the first layout).
  return (
    <View wrap={text.length > LONG_UNIT && !keepWhole} {...structure.item} style={{ paddingBottom: size * (last ? 0.85 : 0.35) }}>
      {icon ? (
        // The words beside it say what it shows: decorative for a screen reader. It takes the
        // square's place and the text keeps its indent, so lines break as with a square.
        <Icon name={icon} size={size * 0.95} rtl={dir.rtl} artifact style={{ position: 'absolute', top: size * 0.25, ...(dir.rtl ? { right: indent - size * 0.05 } : { left: indent - size * 0.05 }) }} />
      ) : (
      <View
        style={{
          position: 'absolute',
          top: size * 0.5,
          [start]: indent,
          width: mark,
          height: mark,
          backgroundColor: level === 0 ? colors.accent : colors.white,
          borderWidth: level === 0 ? 0 : 0.8,
          borderColor: colors.accent,
        }}
      />
      )}
      <Text {...breaking(text, hyphenate)} {...structure.body} style={{ [dir.rtl ? 'paddingRight' : 'paddingLeft']: indent + size * 1.2, fontSize: size, lineHeight: 1.45, color: colors.text, ...dir.text }}>
        {text}
      </Text>
    </View>
  );
}
