import Handlebars from 'handlebars';
import { PLACEHOLDER_NAMES, PLACEHOLDERS, type PlaceholderName } from '../localize/placeholders.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project, ProjectLeaflet } from '../project.ts';
import { textUnits } from '../text-units.ts';
import { at } from './at.ts';

type HbsNode = {
  type: string;
  value?: unknown;
  escaped?: boolean;
  loc?: { start: { line: number; column: number } };
  path?: { original?: string; type?: string };
  params?: Array<{ type: string; value?: unknown }>;
  hash?: unknown;
};

/**
 * Every {{placeholder}} in every string of every language is one we know, takes a
 * contact that exists, and that contact has what the placeholder prints.
 */
export function checkPlaceholders(project: Project, leaflet: ProjectLeaflet): Problem[] {
  const problems: Problem[] = [];
  const known = [...project.contacts.keys()];
  for (const [, { value: text, file }] of leaflet.texts) {
    for (const unit of textUnits(text)) {
      let where = at(file, unit.path);
      let ast: { body: HbsNode[] };
      try {
        ast = Handlebars.parse(unit.value) as unknown as { body: HbsNode[] };
      } catch (err) {
        problems.push({ ...where, message: messages.placeholderSyntax((err as Error).message) });
        continue;
      }
      for (const [i, node] of ast.body.entries()) {
        // Point at the placeholder itself, which may be lines below its field's key.
        const source = node.loc ? unit.value.split('\n')[node.loc.start.line - 1]?.slice(node.loc.start.column) : undefined;
        const text = source?.slice(0, source.indexOf('}}') + 2);
        where = at(file, unit.path, text && text.endsWith('}}') ? text : undefined);
        const construct = notAPlaceholder(node, source ?? '', ast.body[i + 1]);
        if (construct) {
          problems.push({ ...at(file, unit.path, construct.needle), message: messages.handlebarsConstruct(construct.what) });
          continue;
        }
        if (node.type === 'ContentStatement') continue;
        const name = node.path?.original ?? node.type;
        if (node.type !== 'MustacheStatement' || !(PLACEHOLDER_NAMES as string[]).includes(name)) {
          problems.push({ ...where, message: messages.unknownPlaceholder(name, PLACEHOLDER_NAMES) });
          continue;
        }
        const spec = PLACEHOLDERS[name as PlaceholderName];
        const params = node.params ?? [];
        const ok =
          params.length >= 1 &&
          params.length <= 1 + spec.extraArgs &&
          params.every((p) => p.type === 'StringLiteral') &&
          node.hash === undefined;
        if (!ok) {
          // “kom” typed by a word processor: the quotes look right but are not the ASCII ones.
          const curly = /[\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\u300C\u300D]/.exec(text ?? '');
          problems.push({ ...where, message: curly ? messages.authoring.curlyQuotes(text ?? '', curly[0]) : messages.placeholderArgs(name) });
          continue;
        }
        const id = String(params[0]?.value);
        const contact = project.contacts.get(id)?.value;
        if (!contact) {
          problems.push({ ...where, message: messages.unknownContact(id, known) });
        } else if (!spec.present(contact)) {
          problems.push({ ...where, message: messages.contactLacks(id, spec.what) });
        } else if (params[1] !== undefined) {
          const use = String(params[1].value);
          const uses = contact.phones.map((p) => p.use);
          if (!uses.includes(use as (typeof uses)[number])) problems.push({ ...where, message: messages.unknownPhoneUse(id, use, uses) });
        }
      }
    }
  }
  return problems;
}

/**
 * Handlebars syntax that would print something other than a checked placeholder: an
 * escape (`\\{{phone "kom"}}` prints the braces and whatever is typed beside them, so a
 * typed number passes for a placeholder), a backslash before a placeholder, triple braces
 * or `{{&`, a comment, a raw block. Each is refused; the needle locates it in the text.
 */
function notAPlaceholder(node: HbsNode, source: string, next: HbsNode | undefined): { what: string; needle?: string } | undefined {
  if (node.type === 'ContentStatement') {
    const value = String(node.value ?? '');
    if (value.includes('{{')) return { what: '"\\{{" (a Handlebars escape, which prints the braces as text)', needle: '\\{{' };
    if (value.endsWith('\\') && next && next.type !== 'ContentStatement') return { what: 'a backslash before a placeholder', needle: '\\{{' };
    return undefined;
  }
  if (node.type === 'CommentStatement') return { what: `a Handlebars comment ${source.startsWith('{{!--') ? '{{!-- … --}}' : '{{! … }}'}`, needle: '{{!' };
  if (source.startsWith('{{{{')) return { what: 'a raw block {{{{…}}}}', needle: '{{{{' };
  if (node.type === 'MustacheStatement' && node.escaped === false) return { what: source.startsWith('{{&') ? '"{{&"' : 'a placeholder in three braces {{{…}}}', needle: source.startsWith('{{&') ? '{{&' : '{{{' };
  return undefined;
}
