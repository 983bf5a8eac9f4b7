import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import { textUnits } from '../text-units.ts';
import { at } from './at.ts';

// Compatibility forms (fullwidth ＠, ．, ０-９) are read as what they look like: NFKC first.
const EMAIL = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const WEB = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"'()]+|(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,24}(?:\/[^\s<>"'()]*)?(?![\p{L}\p{N}@-])/giu;
// Digits in any script, joined by what people put between digit groups: spaces of every
// width, dashes, dots, slashes, brackets (at most three in a row: "47 - 45", "(0) 47").
const SEPARATOR = String.raw`[\s\p{Pd}\u2212.\/()\[\]]`;
const NUMBER = new RegExp(String.raw`[(\[]?\+?[(\[]?\p{Nd}(?:${SEPARATOR}{0,3}\p{Nd})*`, 'gu');
// Seven digits or more is a phone number, not an age or a count; a date or a span of years is neither.
const MIN_PHONE_DIGITS = 7;
const NOT_A_PHONE = [/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/, /^\d{4}\s*[\p{Pd}\u2212/]\s*\d{4}$/u, /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/];

/**
 * Contact details live in contacts.yaml and reach texts only through placeholders, so a
 * changed number changes every leaflet. A phone number, email or web address typed into a
 * text would not follow; this finds them in every language and script (Arabic-Indic,
 * Persian, fullwidth and any other decimal digits; any separator), and names the
 * placeholder to use when the detail is one the registry has.
 */
export function checkTypedFacts(project: Project, leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  const known = knownDetails(project);
  for (const [, { value: text, file }] of leaflet.texts) {
    for (const unit of textUnits(text)) {
      const original = unit.value.replace(/\{\{[^}]*\}\}/g, ' ');
      const { text: plain, at: origin } = compatible(original);
      const found = new Map<string, { owner: string | undefined; kind: Kind; needle: string }>();
      const add = (detail: string, kind: Kind, start: number, end: number) => {
        found.set(detail, { owner: knownOwner(known, detail, kind), kind, needle: original.slice(origin[start], origin[end]) });
      };
      for (const m of plain.matchAll(EMAIL)) add(m[0], 'email', m.index, m.index + m[0].length);
      for (const m of plain.matchAll(WEB)) {
        const address = m[0].replace(/[.,;:!?]+$/, '');
        add(address, 'web', m.index, m.index + address.length);
      }
      // Numbers are read in the text as typed: \p{Nd} and \s already take every script and space.
      for (const m of original.matchAll(NUMBER)) {
        const typed = m[0].replace(new RegExp(`${SEPARATOR}+$`, 'u'), '');
        const digits = asciiDigits(typed);
        const owner = knownOwner(known, typed, 'phone');
        if (owner || (digits.length >= MIN_PHONE_DIGITS && !NOT_A_PHONE.some((r) => r.test(asciiDigits(typed, true))))) {
          found.set(typed, { owner, kind: 'phone', needle: typed });
        }
      }
      for (const [detail, { owner, kind, needle }] of found) {
        problems.push({ ...at(file, unit.path, needle), message: messages.typedFact(detail, owner, kind) });
      }
    }
  }
  return problems;
}

type Kind = 'phone' | 'email' | 'web';

function knownOwner(known: Map<string, string>, detail: string, kind: Kind): string | undefined {
  if (kind === 'email') return known.get(detail.replace(/\s/g, '').toLowerCase());
  if (kind === 'web') return known.get(webKey(detail));
  const digits = asciiDigits(detail);
  return known.get(digits);
}

/**
 * The text with compatibility forms read as what they look like (fullwidth ＠ ．, NFKC per
 * character), and for each of its UTF-16 units the offset in the original, so that a
 * problem can point at what was typed.
 */
function compatible(original: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const n = ch.normalize('NFKC');
    text += n;
    for (let i = 0; i < n.length; i++) at.push(offset);
    offset += ch.length;
  }
  at.push(offset);
  return { text, at };
}

/** A run of decimal digits starts at 0 in every script, so a digit's value is its distance from the run's start. */
const zeroOf = new Map<number, number>();
function digitValue(cp: number): number {
  let zero = zeroOf.get(cp);
  if (zero === undefined) {
    zero = cp;
    while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    zeroOf.set(cp, zero);
  }
  return (cp - zero) % 10;
}

/** The digits of a text as ASCII; with `keep`, everything else stays (to recognise dates). */
function asciiDigits(text: string, keep = false): string {
  let out = '';
  for (const ch of text) {
    if (/\p{Nd}/u.test(ch)) out += String(digitValue(ch.codePointAt(0)!));
    else if (keep) out += ch;
  }
  return out;
}

const webKey = (address: string) => address.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** Every number (its digits), email and web address in the registry, with its placeholder. */
function knownDetails(project: Project): Map<string, string> {
  const known = new Map<string, string>();
  for (const { value: c } of project.contacts.values()) {
    if (c.email) known.set(c.email.toLowerCase(), `{{email "${c.id}"}}`);
    if (c.web) known.set(webKey(c.web), `{{web "${c.id}"}}`);
    for (const p of c.phones) {
      const placeholder = p.use === 'main' ? `{{phone "${c.id}"}}` : `{{phone "${c.id}" "${p.use}"}}`;
      for (const form of [p.display, p.short, p.e164]) {
        const digits = form ? asciiDigits(form) : '';
        if (digits && !known.has(digits)) known.set(digits, placeholder);
      }
    }
  }
  return known;
}
