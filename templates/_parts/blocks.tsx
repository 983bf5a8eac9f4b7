import { Text, View } from '@react-pdf/renderer';
import type { LocalizedBlock, LocalizedLeaflet } from '../../src/localize/model.ts';
import type { Hyphenator } from '../../src/render/line-breaking.ts';
import { colors, direction } from './theme.ts';

interface BlockProps {
  block: LocalizedBlock;
  leaflet: LocalizedLeaflet;
  hyphenate: Hyphenator;
  size: number;
  /** Columns for lists of short items (the examples); 1 keeps every list single. */
  maxColumns: number;
}

// Lists whose items are all this short, and that are this long, read better in columns.
const SHORT_ITEM = 38;
const COLUMN_MIN_ITEMS = 8;

const isLead = (b: LocalizedBlock | undefined) => b?.kind === 'text' && /[:：]\s*$/.test(b.text);
// A short list is kept on one page with the line that introduces it.
const KEEP_LIST_ITEMS = 6;

/**
 * A section's blocks in order. A line that introduces a list ("Some examples are:") is
 * kept on the same page as a short or columned list; before a long list it asks for
 * room ahead, so it never ends a page alone.
 */
export function Blocks(props: Omit<BlockProps, 'block'> & { blocks: LocalizedBlock[] }) {
  const { blocks, ...rest } = props;
  const out = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (keepsNext(block, next, rest.maxColumns) && next) {
      out.push(
        <View key={block.id} wrap={false}>
          <Block block={block} {...rest} />
          <Block block={next} {...rest} />
        </View>,
      );
      i++;
    } else {
      out.push(<Block key={block.id} block={block} {...rest} />);
    }
  }
  return <>{out}</>;
}

/** Whether a block stays on one page with the next: a lead line and its short list. */
function keepsNext(block: LocalizedBlock, next: LocalizedBlock | undefined, maxColumns: number): boolean {
  return isLead(block) && next?.kind === 'list' && (next.items.length <= KEEP_LIST_ITEMS || columnsFor(next, maxColumns) > 1);
}

const textLength = (b: LocalizedBlock) =>
  b.kind === 'list' ? b.items.reduce((n, i) => n + i.text.length + i.items.join('').length, 0) : b.text.length;

// A section opening this short (about eight lines of A5 body text) moves to the next page
// whole, heading and all, rather than risk the heading ending a page alone.
const SHORT_OPENING = 650;

/**
 * How many of a section's first blocks form its opening: the first block, with the list
 * it introduces if it is a lead line. When the opening is short, the template keeps it on
 * one page with the heading: react-pdf's minPresenceAhead alone let headings end pages in
 * Thai and Persian, where a paragraph moved whole to the next page.
 */
export function shortOpening(blocks: LocalizedBlock[], maxColumns: number): number {
  const [first, second] = blocks;
  if (!first) return 0;
  const opening = keepsNext(first, second, maxColumns) && second ? [first, second] : [first];
  return opening.reduce((n, b) => n + textLength(b), 0) <= SHORT_OPENING ? opening.length : 0;
}

function columnsFor(block: Extract<LocalizedBlock, { kind: 'list' }>, maxColumns: number): number {
  const short = block.items.every((i) => i.items.length === 0 && i.text.length <= SHORT_ITEM);
  return short && block.items.length >= COLUMN_MIN_ITEMS ? maxColumns : 1;
}

/** One content block: a paragraph, a highlighted callout, or a bullet list. */
export function Block({ block, leaflet, hyphenate, size, maxColumns }: BlockProps) {
  const dir = direction(leaflet);
  const body = { fontSize: size, lineHeight: 1.45, color: colors.text, ...dir.text };
  if (block.kind === 'text') {
    return (
      <Text hyphenationCallback={hyphenate} minPresenceAhead={isLead(block) ? size * 8 : 0} style={{ ...body, marginBottom: size * 0.7 }}>
        {block.text}
      </Text>
    );
  }
  if (block.kind === 'callout') {
    return (
      <View
        wrap={false}
        style={{
          backgroundColor: colors.tint,
          [dir.rtl ? 'borderRightWidth' : 'borderLeftWidth']: 3,
          borderColor: colors.accent,
          padding: size * 0.8,
          marginBottom: size * 0.9,
        }}
      >
        <Text hyphenationCallback={hyphenate} style={{ ...body, fontWeight: 700 }}>
          {block.text}
        </Text>
      </View>
    );
  }
  const columns = columnsFor(block, maxColumns);
  if (columns > 1) {
    // Column by column, top to bottom: the order a reader follows down a printed list.
    const perColumn = Math.ceil(block.items.length / columns);
    const cols = Array.from({ length: columns }, (_, c) => block.items.slice(c * perColumn, (c + 1) * perColumn));
    return (
      <View wrap={false} style={{ flexDirection: dir.row, marginBottom: size * 0.7 }}>
        {cols.map((items, c) => (
          <View key={c} style={{ flex: 1 }}>
            {items.map((item, i) => (
              // Column items are short names: breaking one inside a word helps nobody.
              <Bullet key={i} text={item.text} leaflet={leaflet} hyphenate={(w) => [w]} size={size} />
            ))}
          </View>
        ))}
      </View>
    );
  }
  return (
    <View style={{ marginBottom: size * 0.5 }}>
      {block.items.map((item, i) => (
        <View key={i}>
          <Bullet text={item.text} leaflet={leaflet} hyphenate={hyphenate} size={size} />
          {item.items.map((sub, j) => (
            <Bullet key={j} text={sub} leaflet={leaflet} hyphenate={hyphenate} size={size} level={1} />
          ))}
        </View>
      ))}
    </View>
  );
}

/** A bullet is a drawn square, not a glyph: it looks the same in every script and font. */
export function Bullet({
  text,
  leaflet,
  hyphenate,
  size,
  level = 0,
}: {
  text: string;
  leaflet: LocalizedLeaflet;
  hyphenate: Hyphenator;
  size: number;
  level?: number;
}) {
  const dir = direction(leaflet);
  const mark = level === 0 ? size * 0.42 : size * 0.32;
  const indent = level * size * 1.3;
  return (
    <View wrap={false} style={{ flexDirection: dir.row, marginBottom: size * 0.35, [dir.rtl ? 'paddingRight' : 'paddingLeft']: indent }}>
      <View style={{ width: size * 1.2, paddingTop: size * 0.5 }}>
        <View
          style={{
            width: mark,
            height: mark,
            backgroundColor: level === 0 ? colors.accent : colors.white,
            borderWidth: level === 0 ? 0 : 0.8,
            borderColor: colors.accent,
            alignSelf: dir.rtl ? 'flex-end' : 'flex-start',
          }}
        />
      </View>
      <Text hyphenationCallback={hyphenate} style={{ flex: 1, fontSize: size, lineHeight: 1.45, color: colors.text, ...dir.text }}>
        {text}
      </Text>
    </View>
  );
}
