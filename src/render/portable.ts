import { createI18n } from '../localize/i18n.ts';
import { uiFunctions } from '../localize/index.ts';
import type { LocalizedLeaflet, UiText } from '../localize/model.ts';
import type { Project } from '../project.ts';
import type { UiStrings } from '../schema.ts';
import { UI_SOURCE_LOCALE } from '../validate/ui-strings.ts';

/**
 * A LocalizedLeaflet as it crosses to a render worker: plain data only. The few ui words
 * that take values (page x of y, "Email: …") are functions, which a worker cannot receive;
 * it makes them again from the same ui strings, with the same i18next settings.
 */
export interface PortableLeaflet extends Omit<LocalizedLeaflet, 'ui' | 'flyer'> {
  /** The flyer's second language is a leaflet of its own, made portable the same way. */
  flyer?: { lines: string[]; second?: PortableLeaflet };
  ui: Omit<UiText, keyof ReturnType<typeof uiFunctions>>;
  /** The ui strings of the leaflet's language and of the fallback language. */
  uiStrings: Record<string, UiStrings>;
}

export function toPortable(leaflet: LocalizedLeaflet, project: Pick<Project, 'ui'>): PortableLeaflet {
  const { pair: _pair, pageOf: _pageOf, pagesLine: _pagesLine, hotlineClosed: _hotlineClosed, ...ui } = leaflet.ui;
  const uiStrings: Record<string, UiStrings> = {};
  for (const code of [leaflet.locale.code, UI_SOURCE_LOCALE]) {
    const strings = project.ui.get(code)?.value;
    if (strings) uiStrings[code] = strings;
  }
  const { flyer, ...rest } = leaflet;
  return {
    ...rest,
    ...(flyer ? { flyer: { lines: flyer.lines, ...(flyer.second ? { second: toPortable(flyer.second, project) } : {}) } } : {}),
    ui,
    uiStrings,
  };
}

export function fromPortable(portable: PortableLeaflet): LocalizedLeaflet {
  const { uiStrings, flyer, ...leaflet } = portable;
  const t = createI18n({ ui: new Map(Object.entries(uiStrings).map(([code, value]) => [code, { value }])) })(leaflet.locale.code);
  return {
    ...leaflet,
    ...(flyer ? { flyer: { lines: flyer.lines, ...(flyer.second ? { second: fromPortable(flyer.second) } : {}) } } : {}),
    ui: { ...leaflet.ui, ...uiFunctions(t, leaflet.locale) },
  };
}
