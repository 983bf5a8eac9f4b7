import type { Project } from '../project.ts';
import type { Locale } from '../schema.ts';
import { at } from '../validate/at.ts';
import { createI18n } from './i18n.ts';
import type { DocumentMetadata } from './model.ts';
import type { TracedText } from './index.ts';

/** One language on the chart, in its own words and fonts. */
export interface ChartEntry {
  locale: Locale;
  fontFamilies: string[];
  /** As LocalizedLeaflet.fontScale. */
  fontScale: number;
  endonym: string;
  iRead: string;
}

/** The "point to your language" sheet, ready for its template. */
export interface LocalizedChart {
  /** The title in each of the chart's title languages. */
  titles: Array<{ locale: Locale; fontFamilies: string[]; text: string }>;
  entries: ChartEntry[];
  metadata: DocumentMetadata;
}

/**
 * Every language a leaflet is built in, in the order of content/locales.yaml, each with
 * its endonym and "I read this language". Texts are traced per locale for the glyph check.
 */
export function localizeChart(project: Project, options: { date?: Date } = {}): { chart: LocalizedChart; texts: Map<string, TracedText[]> } {
  const settings = project.chart;
  if (!settings) throw new Error('localizeChart: the project has no language chart');
  const i18n = createI18n(project);
  const used = new Set([...project.leaflets.values()].flatMap((l) => l.meta.value.locales));
  const texts = new Map<string, TracedText[]>();
  const fontsFor = (locale: Locale) => project.fonts.chains[locale.script] ?? [];
  const trace = (code: string, text: string, origin: TracedText['origin']) => {
    texts.set(code, [...(texts.get(code) ?? []), { text, origin }]);
  };

  const entries: ChartEntry[] = [];
  for (const [i, locale] of [...project.locales.values()].entries()) {
    if (!used.has(locale.code)) continue;
    const iRead = i18n(locale.code)('chart.iRead');
    const ui = project.ui.get(locale.code);
    trace(locale.code, locale.endonym, (n) => at(project.localesFile, ['locales', i, 'endonym'], n));
    if (ui) trace(locale.code, iRead, (n) => at(ui.file, ['chart', 'iRead'], n));
    entries.push({ locale, fontFamilies: fontsFor(locale), fontScale: project.fonts.sizeAdjust[locale.script] ?? 1, endonym: locale.endonym, iRead });
  }
  const titles = settings.value.titleLocales.map((code) => {
    const locale = project.locales.get(code)!;
    const text = i18n(code)('chart.title');
    const ui = project.ui.get(code);
    if (ui) trace(code, text, (n) => at(ui.file, ['chart', 'title'], n));
    return { locale, fontFamilies: fontsFor(locale), text };
  });
  return {
    chart: {
      titles,
      entries,
      metadata: {
        title: titles.map((t) => t.text).join(' · '),
        author: '',
        subject: entries.map((e) => e.endonym).join(', '),
        keywords: entries.map((e) => e.locale.code).join(', '),
        // BCP 47 "mul": the sheet is in many languages.
        language: 'mul',
        date: options.date ?? new Date(`${settings.value.validFrom}T00:00:00Z`),
      },
    },
    texts,
  };
}
