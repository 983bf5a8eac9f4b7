import type { YamlFile } from '../load/yaml-file.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problems.ts';
import type { Project } from '../project.ts';
import type { UiStrings } from '../schema.ts';
import { at } from './at.ts';

/** The suffix of a plural key: `pages_few`. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The ui strings' source language: every other file mirrors its keys. */
export const UI_SOURCE_LOCALE = 'en';

/**
 * Every language a leaflet is built in has every ui string of the English file, every
 * plural form its grammar needs (from Intl.PluralRules), and no placeholder the build
 * does not fill in.
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
    for (const [key, value] of keys) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const allowed = new Set<string>();
      for (const [k, v] of sourceKeys) if (k.replace(PLURAL_SUFFIX, '') === base) for (const m of v.matchAll(VARIABLE)) allowed.add(m[1] ?? '');
      for (const m of value.matchAll(VARIABLE)) {
        if (!allowed.has(m[1] ?? '')) problems.push({ ...at(ui.file, key.split('.')), message: messages.unknownUiVariable(m[1] ?? '', key) });
      }
    }
  }
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

/** Position of the key, or of the nearest parent that exists. */
function near(file: YamlFile, key: string) {
  return at(file, key.split('.'));
}
