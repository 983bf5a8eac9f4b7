import type { LocalizedContact, LocalizedLeaflet } from '../../src/localize/model.ts';

import { MIN_TYPE_PT } from '../../src/format-properties.ts';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/**
 * A type size as set: design sizes scale (script adjustment, a narrower panel, fit) but
 * never below the print norms' 8 pt, which preflight enforces on every PDF.
 */
export const legible = (size: number) => Math.max(MIN_TYPE_PT, size);

/**
 * One accent colour, dark enough for small text on white and for white text on it
 * (contrast 9.1:1 either way), so the design never depends on colour alone.
 */
export const colors = {
  accent: '#1b4a7a',
  text: '#1a1a1a',
  muted: '#4a4a4a',
  tint: '#e9eff6',
  rule: '#b9c6d6',
  white: '#ffffff',
};

/** Direction-aware pieces of style, so one template serves left-to-right and right-to-left. */
export function direction(leaflet: LocalizedLeaflet) {
  const rtl = leaflet.locale.direction === 'rtl';
  return {
    rtl,
    textAlign: rtl ? ('right' as const) : ('left' as const),
    row: rtl ? ('row-reverse' as const) : ('row' as const),
    start: rtl ? ('right' as const) : ('left' as const),
    end: rtl ? ('left' as const) : ('right' as const),
    text: rtl ? { direction: 'rtl' as const, textAlign: 'right' as const } : { textAlign: 'left' as const },
  };
}

/**
 * A contact's short name for a label beside its number, or undefined where the short
 * name is the number itself ("112"): "112 112" tells a reader nothing twice.
 */
export function shortLabel(contact: LocalizedContact): string | undefined {
  const { short } = contact;
  return short && !contact.phones.some((p) => p.display.replace(/[\u00A0\u2066-\u2069]/g, ' ').includes(short)) ? short : undefined;
}

/**
 * Props that say what an element is in a tagged PDF (the email edition; see "Tagged PDF"
 * in the README and patches/@react-pdf+render*.patch): a structure role such as 'H2' or
 * 'P', or a path of roles whose '#key' parts are made once and found again (a list's
 * items are siblings on the page, so each names its list: ['L#key', 'LI']); `lang` where
 * the text is in another language, `alt` for a figure or a link. Untagged renders ignore
 * them; react-pdf's types do not declare them.
 */
export function tag(role: string | string[], extra: { lang?: string | undefined; alt?: string | undefined } = {}): object {
  return { tag: role, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v)) };
}

/** The language of a text printed in the source language because the translation lacks it; undefined otherwise. */
export const langOf = (leaflet: LocalizedLeaflet, text: string): string | undefined => (leaflet.fallback?.texts.includes(text) ? leaflet.fallback.lang : undefined);

/** A link's description for a screen reader (/Contents): "Phone: 47 45 15 00", without bidi isolates. */
export const linkAlt = (label: string, value: string, pair: (label: string, value: string) => string) => pair(label, value.replace(/[\u2066-\u2069]/g, ''));

/**
 * Props that put an element in the PDF's outline (bookmarks). react-pdf renders
 * `bookmark` on any element, but its types declare it only on <Page>.
 */
export function outline(title: string): object {
  return { bookmark: { title, fit: true } };
}
