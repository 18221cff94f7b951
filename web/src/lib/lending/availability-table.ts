/**
 * The month of a model's availability at a point as a table: one row per week, one column per
 * weekday (headers with the full weekday name), each day's cell saying in words what its colour
 * shows (closed, past, fully booked, how many units are free).
 */

import { element } from '../ui/dom.ts';
import { pageLocale, plural, type Translate } from '../ui/strings.ts';
import type { Availability } from './catalogue-types.ts';
import { firstDay, type Month, weekdayIndex } from './month.ts';

type Day = Availability['days'][number];

/** What a day says, and the class its colour comes from. */
export const dayState = (day: Day, s: Translate): { text: string; tone: 'closed' | 'past' | 'full' | 'free' } => {
  if (day.past) return { text: s('lendingCatalogue.availability.past'), tone: 'past' };
  if (!day.open) return { text: s('lendingCatalogue.availability.closed'), tone: 'closed' };
  if (day.units === 0) return { text: s('lendingCatalogue.availability.noUnits'), tone: 'full' };
  if (day.free === 0) return { text: s('lendingCatalogue.availability.full'), tone: 'full' };
  return {
    text: plural(s, 'lendingCatalogue.availability.free', day.free, { free: day.free, units: day.units }),
    tone: 'free',
  };
};

const weekdayNames = (locale: string) => {
  // 2024-01-01 is a Monday.
  const at = (index: number, weekday: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
  return Array.from({ length: 7 }, (_, index) => ({ long: at(index, 'long'), short: at(index, 'short') }));
};

export const availabilityTable = (
  availability: Availability,
  month: Month,
  caption: string,
  s: Translate,
): HTMLTableElement => {
  const locale = pageLocale();
  const days = availability.days.filter((day) => day.day.startsWith(month));
  const head = element(
    'thead',
    undefined,
    element(
      'tr',
      undefined,
      ...weekdayNames(locale).map((name) => element('th', { scope: 'col', abbr: name.long }, name.short)),
    ),
  );
  const rows: HTMLTableRowElement[] = [];
  let cells: HTMLTableCellElement[] = Array.from({ length: weekdayIndex(firstDay(month)) }, () => element('td'));
  for (const day of days) {
    const state = dayState(day, s);
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${day.day}T12:00:00Z`),
    );
    cells.push(
      element(
        'td',
        { class: `lending-day lending-day--${state.tone}`, 'data-day': day.day },
        element(
          'time',
          { class: 'lending-day__date', datetime: day.day },
          element('span', { 'aria-hidden': 'true' }, String(Number(day.day.slice(8)))),
          element('span', 'visually-hidden', date),
        ),
        element('span', 'lending-day__state', state.text),
      ),
    );
    if (cells.length === 7) {
      rows.push(element('tr', undefined, ...cells));
      cells = [];
    }
  }
  if (cells.length > 0) {
    while (cells.length < 7) cells.push(element('td'));
    rows.push(element('tr', undefined, ...cells));
  }
  return element(
    'table',
    { class: 'lending-calendar', 'data-month': month },
    element('caption', undefined, caption),
    head,
    element('tbody', undefined, ...rows),
  );
};
