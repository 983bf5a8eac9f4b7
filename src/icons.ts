import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The pictograms leaflets print: one small consistent set, Tabler Icons' outline style
 * (MIT licence, icons/LICENSE.txt), drawn as vector paths. Content names an icon by the
 * name on the left (`icon: legal-aid` on a list item); the right says which Tabler icon
 * it is and whether it points somewhere: an icon that carries a direction (an arrow) is
 * mirrored in right-to-left layouts, the others never are.
 */
export const ICON_SET = {
  phone: { tabler: 'phone', mirror: false },
  sms: { tabler: 'device-mobile-message', mirror: false },
  chat: { tabler: 'messages', mirror: false },
  email: { tabler: 'mail', mirror: false },
  web: { tabler: 'world-www', mirror: false },
  hours: { tabler: 'clock', mirror: false },
  confidential: { tabler: 'lock', mirror: false },
  housing: { tabler: 'home-shield', mirror: false },
  medical: { tabler: 'first-aid-kit', mirror: false },
  'legal-aid': { tabler: 'scale', mirror: false },
  money: { tabler: 'cash', mirror: false },
  school: { tabler: 'school', mirror: false },
  activities: { tabler: 'briefcase', mirror: false },
  permit: { tabler: 'id', mirror: false },
  'return-home': { tabler: 'home-move', mirror: true },
  interpreter: { tabler: 'language', mirror: false },
  child: { tabler: 'mood-kid', mirror: false },
  information: { tabler: 'info-circle', mirror: false },
  protection: { tabler: 'shield-check', mirror: false },
} as const satisfies Record<string, { tabler: string; mirror: boolean }>;

export type IconName = keyof typeof ICON_SET;
export const ICON_NAMES = Object.keys(ICON_SET) as [IconName, ...IconName[]];

/** One SVG element of an icon, as Tabler ships it: a tag and its attributes. */
export type IconNode = [string, Record<string, string>];

/** What icons/tabler-outline.json holds: where the drawings come from, and each icon's elements. */
export interface IconFile {
  source: string;
  version: string;
  licence: string;
  /** Every icon is drawn on this square, stroked, not filled. */
  viewBox: string;
  strokeWidth: number;
  icons: Record<string, { tabler: string; mirror: boolean; nodes: IconNode[] }>;
}

const FILE = new URL('../icons/tabler-outline.json', import.meta.url);

let loaded: IconFile | undefined;
/** The committed drawings, read once per process. */
export function icons(): IconFile {
  loaded ??= JSON.parse(readFileSync(FILE, 'utf8')) as IconFile;
  return loaded;
}

/** The drawings of ICON_SET, taken from the installed @tabler/icons (scripts/extract-icons.ts). */
export async function iconFile(): Promise<IconFile> {
  const require = createRequire(import.meta.url);
  const pkg = require('@tabler/icons/package.json') as { version: string; license: string };
  const nodes = require('@tabler/icons/tabler-nodes-outline.json') as Record<string, IconNode[]>;
  const out: IconFile = { source: '@tabler/icons (outline)', version: pkg.version, licence: `${pkg.license}, icons/LICENSE.txt`, viewBox: '0 0 24 24', strokeWidth: 2, icons: {} };
  for (const [name, { tabler, mirror }] of Object.entries(ICON_SET)) {
    const drawn = nodes[tabler];
    if (!drawn) throw new Error(`@tabler/icons ${pkg.version} has no icon "${tabler}" (for "${name}")`);
    // templates/_parts/icon.tsx draws paths only: another element would silently be missing.
    const other = drawn.find(([tag]) => tag !== 'path');
    if (other) throw new Error(`@tabler/icons "${tabler}" has a <${other[0]}>: draw it in templates/_parts/icon.tsx first`);
    out.icons[name] = { tabler, mirror, nodes: drawn };
  }
  return out;
}
