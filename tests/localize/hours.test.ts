import { describe, expect, it } from 'vitest';
import { formatHours, parseHours, type HoursWords } from '../../src/hours.ts';

const english: HoursWords = {
  always: '24 hours, every day',
  dayRange: (from, to) => `${from} to ${to}`,
  rule: (days, from, to) => `${days} ${from}–${to}`,
};
const dash: HoursWords = { ...english, dayRange: (from, to) => `${from}–${to}` };

describe('opening hours', () => {
  it.each([
    ['24/7', { always: true }],
    ['Mo-Fr 08:00-16:00', { always: false, rules: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '16:00' }] }],
    ['Mo,We 10:00-12:00; Sa 09:30-13:00', { always: false, rules: [{ days: [1, 3], from: '10:00', to: '12:00' }, { days: [6], from: '09:30', to: '13:00' }] }],
  ])('reads %s', (text, parsed) => {
    expect(parseHours(text)).toEqual(parsed);
  });

  it.each([
    ['Monday to Friday 8-16', /write them like "Mo-Fr 08:00-16:00"/],
    ['Mo-Xx 08:00-16:00', /could not read the days "Mo-Xx"/],
    ['Fr-Mo 08:00-16:00', /could not read the days/],
    ['Mo-Fr 8:00-16:00', /write them like/],
    ['Mo-Fr 16:00-08:00', /closing time must be after the opening time/],
    ['Mo-Fr 08:00-25:00', /24-hour HH:MM/],
  ])('refuses %s with a message an editor can act on', (text, message) => {
    expect(parseHours(text)).toMatch(message);
  });

  it.each([
    ['en-GB', english, 'Mo-Fr 08:00-16:00', 'Monday to Friday 08:00–16:00'],
    ['nb', { ...english, dayRange: (a: string, b: string) => `${a} til ${b}` }, 'Mo-Th 10:00-16:00', 'mandag til torsdag 10:00–16:00'],
    ['uk', dash, 'Mo-Fr 08:00-16:00', 'понеділок–пʼятниця 08:00–16:00'],
    ['ru', dash, 'Mo-Fr 08:00-16:00', 'понедельник–пятница 08:00–16:00'],
    ['en-GB', english, 'Mo,We 10:00-12:00', 'Monday and Wednesday 10:00–12:00'],
    ['en-GB', english, 'Mo-We,Fr 10:00-12:00', 'Monday to Wednesday and Friday 10:00–12:00'],
    ['en-GB', english, '24/7', '24 hours, every day'],
  ])('prints %s hours with the language\'s own weekday names', (locale, words, text, printed) => {
    const parsed = parseHours(text);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(formatHours(parsed, locale, words)).toBe(printed);
  });
});
