import type { YamlFile } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import type { UiStrings } from '../schema.ts';
import { at } from './at.ts';

/** The suffix of a plural key: `pages_few`. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Every `{{…}}` of a string, whatever is inside: i18next reads more than plain names. */
const MARKER = /\{\{(.*?)\}\}/g;

/**
 * The values the code passes to each ui string (src/localize/index.ts and chart.ts). A
 * marker for anything else would print as nothing; plural keys are listed without their
 * suffix. Keep this table in step with the code's t() calls.
 */
export const UI_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  'labels.pair': ['label', 'value'],
  'hours.dayRange': ['from', 'to'],
  'hours.rule': ['days', 'from', 'to'],
  'imprint.publisher': ['publisher'],
  'imprint.source': ['title'],
  'imprint.validFrom': ['date'],
  'imprint.pages': ['count'],
  'footer.page': ['page', 'total'],
  'hotline.closed': ['name'],
};

/** The ui strings' source language: every other file mirrors its keys. */
export const UI_SOURCE_LOCALE = 'en';

/**
 * Every language a leaflet is built in has every ui string of the English file, every
 * plural form its grammar needs (from Intl.PluralRules); and every ui file, whether built
 * or not, has no placeholder the build does not fill in and no i18next nesting.
 */
export function checkUiStrings(project: Project): Problem[] {
  const problems: Problem[] = [];
  const source = project.ui.get(UI_SOURCE_LOCALE);
  const needed = new Set<string>();
  for (const leaflet of project.leaflets.values()) leaflet.meta.value.locales.forEach((c) => needed.add(c));
  if (!source) return [{ file: `content/ui/${UI_SOURCE_LOCALE}.yaml`, message: messages.fileMissing() }];
  const sourceKeys = flatten(source.value);

  for (const code of needed) {
    const ui = project.ui.get(code);
    if (!ui) {
      if (project.locales.has(code)) problems.push({ file: `content/ui/${code}.yaml`, message: messages.fileMissing() });
      continue;
    }
    const keys = flatten(ui.value);
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
    const done = new Set<string>();
    for (const key of sourceKeys.keys()) {
      const base = key.replace(PLURAL_SUFFIX, '');
      if (base !== key) {
        if (done.has(base)) continue;
        done.add(base);
        for (const form of categories) {
          if (!keys.has(`${base}_${form}`)) problems.push({ ...near(ui.file, base), message: messages.missingPluralForm(base, form, code, pluralExamples(code, form)) });
        }
        continue;
      }
      if (!keys.has(key)) problems.push({ ...near(ui.file, key), message: messages.missingUiString(key, source.file.file) });
    }
  }
  for (const ui of project.ui.values()) problems.push(...checkMarkers(ui.file, flatten(ui.value)));
  return problems;
}

/** The first few whole numbers that take a plural form, so a translator can tell which it is. */
export function pluralExamples(code: string, form: string): number[] {
  const rules = new Intl.PluralRules(code);
  const found: number[] = [];
  for (let n = 0; n < 200 && found.length < 3; n++) if (rules.select(n) === form) found.push(n);
  if (found.length === 0) found.push(1.5); // "other" in languages where every integer has its own form
  return found;
}

/** `{ a: { b: 'x' } }` → `a.b` → 'x'. */
export function flatten(tree: UiStrings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/**
 * A ui string holds text and `{{name}}` markers for the values its key is given, nothing
 * else: i18next's nesting (`$t(key)`) would pull in another string, and its formats
 * (`{{count, number}}`, `{{- name}}`) are not ours to support.
 */
function checkMarkers(file: YamlFile, strings: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of strings) {
    const path = key.split('.');
    if (value.includes('$t(')) problems.push({ ...at(file, path, '$t('), message: messages.uiNesting() });
    const allowed = UI_VARIABLES[key.replace(PLURAL_SUFFIX, '')] ?? [];
    for (const m of value.matchAll(MARKER)) {
      const inner = m[1] ?? '';
      const name = /^\s*([A-Za-z_]\w*)\s*$/.exec(inner)?.[1];
      if (name === undefined) problems.push({ ...at(file, path, m[0]), message: messages.uiMarkerSyntax(m[0]) });
      else if (!allowed.includes(name)) problems.push({ ...at(file, path, m[0]), message: messages.unknownUiVariable(name, key, allowed) });
    }
  }
  return problems;
}

/** Position of the key, or of the nearest parent that exists. */
function near(file: YamlFile, key: string) {
  return at(file, key.split('.'));
}
