/**
 * Opening hours in a small, machine-readable form (a subset of OpenStreetMap's
 * opening_hours): `24/7`, or `Mo-Fr 08:00-16:00`, rules separated by `;`.
 * Kept as data so that every language prints them with its own weekday names.
 */

export type Hours = { always: true } | { always: false; rules: HoursRule[] };
export interface HoursRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday, in order. */
  days: number[];
  from: string;
  to: string;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses opening hours; returns a message for the editor when the text is not understood. */
export function parseHours(text: string): Hours | string {
  const trimmed = text.trim();
  if (trimmed === '24/7') return { always: true };
  const rules: HoursRule[] = [];
  for (const part of trimmed.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z,-]+)\s+(\d\d:\d\d)-(\d\d:\d\d)$/.exec(part);
    if (!m) return `could not read opening hours "${part}": write them like "Mo-Fr 08:00-16:00" or "24/7"`;
    const [, daySpec = '', from = '', to = ''] = m;
    const days = parseDays(daySpec);
    if (typeof days === 'string') return days;
    if (!TIME.test(from) || !TIME.test(to)) return `"${part}": times are 24-hour HH:MM, such as 08:00 or 16:30`;
    if (from >= to) return `"${part}": the closing time must be after the opening time`;
    rules.push({ days, from, to });
  }
  if (rules.length === 0) return 'opening hours are empty: write them like "Mo-Fr 08:00-16:00" or "24/7"';
  return { always: false, rules };
}

function parseDays(spec: string): number[] | string {
  const days = new Set<number>();
  for (const piece of spec.split(',')) {
    const [a, b] = piece.split('-');
    const start = DAYS.indexOf(a ?? '');
    const end = b === undefined ? start : DAYS.indexOf(b);
    if (start < 0 || end < 0 || end < start) {
      return `could not read the days "${piece}": use Mo Tu We Th Fr Sa Su, ranges like Mo-Fr, lists like Mo,We`;
    }
    for (let d = start; d <= end; d++) days.add(d + 1);
  }
  return [...days].sort((x, y) => x - y);
}

/** Words a locale uses around the days and times, from its ui strings. */
export interface HoursWords {
  always: string;
  /** "{{from}} to {{to}}" for a run of days. */
  dayRange: (from: string, to: string) => string;
  /** "{{days}} {{from}}–{{to}}" for one rule. */
  rule: (days: string, from: string, to: string) => string;
}

/** Formats hours in the reader's language; weekday names and times come from Intl. */
export function formatHours(hours: Hours, locale: string, words: HoursWords): string {
  if (hours.always) return words.always;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: day d is 2024-01-0d.
  const dayName = (d: number) => weekday.format(new Date(Date.UTC(2024, 0, d)));
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return list.format(
    hours.rules.map((rule) => {
      const runs = toRuns(rule.days).map(([a, b]) =>
        a === b ? dayName(a) : b === a + 1 ? list.format([dayName(a), dayName(b)]) : words.dayRange(dayName(a), dayName(b)),
      );
      return words.rule(list.format(runs), formatTime(rule.from, locale), formatTime(rule.to, locale));
    }),
  );
}

function formatTime(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, h, m)),
  );
}

/** Groups sorted days into runs of consecutive days: [1,2,3,5] → [[1,3],[5,5]]. */
function toRuns(days: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}
