import { Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { LeafletDocument } from './_parts/document.tsx';
import type { ReactElement } from 'react';
import type { LocalizedChart } from '../src/localize/chart.ts';
import type { Hyphenator } from '../src/render/line-breaking.ts';
import { colors, MM } from './_parts/theme.ts';

export interface ChartProps {
  chart: LocalizedChart;
  /** Line breaking per locale code (Thai and Chinese break between words). */
  breakingFor: (code: string) => Hyphenator;
}

const MARGIN = 10 * MM;
const COLUMNS = 2;
/**
 * Rows a sheet holds at the chart's sizes (a name at 21 pt, "I read this language" at
 * 13.5 pt, the English name; Arabic script 12% larger), with leading set explicitly:
 * Noto Naskh's own line height made Arabic rows taller than a tenth of the sheet.
 */
const ROWS = 10;
const A4_HEIGHT = 841.89;
const HEADER = 13 * MM;

/**
 * "Point to your language": A4 sheets, every language in its own script, large enough
 * to point at across a table. Each cell is set in its language's own fonts and
 * direction; right-to-left cells are right-aligned within their cell. Twenty languages
 * fill a sheet; more go on further sheets at the same size, never smaller or overprinted.
 */
export function LanguageChart({ chart, breakingFor }: ChartProps): ReactElement<DocumentProps> {
  const perPage = COLUMNS * ROWS;
  const pages = Array.from({ length: Math.ceil(chart.entries.length / perPage) }, (_, p) => chart.entries.slice(p * perPage, (p + 1) * perPage));
  // A point spare: ten cells of exactly a tenth overflowed to a second sheet by rounding.
  const cellHeight = Math.floor((A4_HEIGHT - 2 * MARGIN - HEADER) / ROWS) - 1;
  const { metadata } = chart;
  return (
    <LeafletDocument metadata={metadata}>
      {pages.map((entries, p) => (
      <Page key={p} size="A4" style={{ padding: MARGIN }}>
        <View style={{ height: HEADER, flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', borderBottomWidth: 1.5, borderColor: colors.accent }}>
          {chart.titles.map((t, i) => (
            <Text key={t.locale.code} style={{ fontFamily: t.fontFamilies, fontSize: 16, fontWeight: 700, color: i === 0 ? colors.accent : colors.muted, marginRight: 8 * MM }}>
              {t.text}
            </Text>
          ))}
        </View>
        <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
          {entries.map((entry) => {
            const rtl = entry.locale.direction === 'rtl';
            const text = rtl ? { direction: 'rtl' as const, textAlign: 'right' as const } : { textAlign: 'left' as const };
            const breaking = breakingFor(entry.locale.code);
            return (
              <View
                key={entry.locale.code}
                wrap={false}
                style={{
                  width: `${100 / COLUMNS}%`,
                  minHeight: cellHeight,
                  paddingVertical: 2 * MM,
                  paddingHorizontal: 3 * MM,
                  borderBottomWidth: 0.5,
                  borderColor: colors.rule,
                  justifyContent: 'center',
                }}
              >
                <Text hyphenationCallback={breaking} style={{ fontFamily: entry.fontFamilies, fontSize: 21 * entry.fontScale, lineHeight: 1.2, fontWeight: 700, color: colors.text, ...text }}>
                  {entry.endonym}
                </Text>
                <Text hyphenationCallback={breaking} style={{ fontFamily: entry.fontFamilies, fontSize: 13.5 * entry.fontScale, lineHeight: 1.2, color: colors.text, marginTop: 2, ...text }}>
                  {entry.iRead}
                </Text>
                <Text style={{ fontFamily: ['Noto Sans'], fontSize: 8.5, lineHeight: 1.2, color: colors.muted, marginTop: 3, ...text }}>
                  {`${entry.locale.name} · ${entry.locale.code}`}
                </Text>
              </View>
            );
          })}
        </View>
      </Page>
      ))}
    </LeafletDocument>
  );
}
