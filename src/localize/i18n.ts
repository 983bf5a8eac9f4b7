import i18next, { type TFunction } from 'i18next';
import type { UiStrings } from '../schema.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';

/**
 * One i18next instance holding every language's ui strings, with English as the
 * fallback and plural forms chosen by each language's own rules.
 */
export function createI18n(project: { ui: ReadonlyMap<string, { value: UiStrings }> }): (code: string) => TFunction {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const [code, { value }] of project.ui) resources[code] = { translation: value };
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: UI_SOURCE_LOCALE,
    fallbackLng: UI_SOURCE_LOCALE,
    // Our strings go into a PDF, not HTML: escaping would print &amp; literally.
    interpolation: {
      escapeValue: false,
      // Nesting ($t(key) inside a string) is refused by validation; the delimiters are also
      // set to a character content can never hold (the loader refuses control characters),
      // so neither a ui string nor a value put into one can ever pull in another string.
      nestingPrefix: '\u0000$t(',
      nestingSuffix: ')\u0000',
      // A value put into a string (a publisher's name) is never read for markers itself.
      skipOnVariables: true,
    },
    initAsync: false,
    returnNull: false,
  });
  return (code) => instance.getFixedT(code);
}
