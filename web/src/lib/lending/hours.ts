/**
 * A lending point's hours and closures in plain words ("Tuesday 10:00–12:30, 14:00–18:00",
 * "24–26 December 2026: Christmas closure"), in the page's language. Pure apart from `Intl`:
 * the list page, the point page and the maps' popups say them the same way.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../ui/strings.ts';
import type { LendingPoint } from './types.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The name of a weekday in the page's language, capitalised ("Tuesday", "Mardi"). */
export const weekdayName = (locale: Locale, weekday: Weekday): string => {
  // 2026-06-01 is a Monday; at noon UTC it is that Monday everywhere in Europe.
  const day = new Date(Date.UTC(2026, 5, 1 + WEEKDAYS.indexOf(weekday), 12));
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

/** One line per weekday: "Tuesday 10:00–12:30, 14:00–18:00", "Monday closed". */
export const hoursInWords = (locale: Locale, s: Translate, hours: LendingPoint['hours']): string[] =>
  WEEKDAYS.map((weekday) => {
    const spans = hours[weekday];
    const text =
      spans.length === 0
        ? s('lendingPoints.hours.closed')
        : spans.map((span) => s('lendingPoints.hours.span', { opens: span.opens, closes: span.closes })).join(', ');
    return `${weekdayName(locale, weekday)} ${text}`;
  });

const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "24 December 2026" or "24–26 December 2026" (a range in the language's own way). */
export const datesInWords = (locale: Locale, from: string, to: string): string => {
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  return from === to ? dayFormat(locale).format(at(from)) : dayFormat(locale).formatRange(at(from), at(to));
};

/** The closures not yet over on `today` (YYYY-MM-DD), soonest first, in words. */
export const closuresComingUp = (
  locale: Locale,
  s: Translate,
  closures: LendingPoint['closures'],
  today: string,
): string[] =>
  closures
    .filter((closure) => closure.to >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((closure) =>
      s('lendingPoints.closures.item', {
        dates: datesInWords(locale, closure.from, closure.to),
        reason: closure.reason[locale],
      }),
    );
