import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import { textUnits } from '../text-units.ts';
import { at } from './at.ts';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// Seven or more digits, maybe grouped by spaces and led by "+": a phone number, not an age.
const LONG_NUMBER = /\+?\d(?:[ \u00A0]?\d){6,}/g;

/**
 * Contact details live in contacts.yaml and reach texts only through placeholders, so a
 * changed number changes every leaflet. A phone number or email typed into a text would
 * not follow; this finds them, in every language, and names the placeholder to use.
 */
export function checkTypedFacts(project: Project, leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  const known = knownDetails(project);
  for (const [, { value: text, file }] of leaflet.texts) {
    for (const unit of textUnits(text)) {
      const plain = unit.value.replace(/\{\{[^}]*\}\}/g, ' ');
      const found = new Set<string>();
      for (const m of plain.matchAll(EMAIL)) found.add(m[0]);
      for (const m of plain.matchAll(LONG_NUMBER)) found.add(m[0]);
      for (const [detail] of known) {
        if (new RegExp(`(^|[^\\d])${escape(detail)}($|[^\\d])`).test(plain)) found.add(detail);
      }
      for (const detail of found) {
        const owner = known.get(normalize(detail)) ?? known.get(detail);
        problems.push({ ...at(file, unit.path, detail), message: messages.typedFact(detail, owner) });
      }
    }
  }
  return problems;
}

const normalize = (s: string) => s.replace(/[\s\u00A0]/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00A0]?');

/** Every printed form of every number and email in the registry, with its placeholder. */
function knownDetails(project: Project): Map<string, string> {
  const known = new Map<string, string>();
  for (const { value: c } of project.contacts.values()) {
    if (c.email) known.set(c.email, `{{email "${c.id}"}}`);
    for (const p of c.phones) {
      const placeholder = p.use === 'main' ? `{{phone "${c.id}"}}` : `{{phone "${c.id}" "${p.use}"}}`;
      for (const form of [p.display, p.short, p.e164]) {
        if (form) {
          known.set(form, placeholder);
          known.set(normalize(form), placeholder);
        }
      }
    }
  }
  return known;
}
