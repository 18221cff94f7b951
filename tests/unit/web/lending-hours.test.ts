import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en.ts';
import { fill } from '../../../web/src/i18n/fill.ts';
import { fr } from '../../../web/src/i18n/fr.ts';
import type { MessageKey } from '../../../web/src/i18n/index.ts';
import { closuresComingUp, datesInWords, hoursInWords, weekdayName } from '../../../web/src/lib/lending/hours.ts';

const translate = (dictionary: Record<string, string>) => (key: MessageKey, values?: Record<string, string | number>) =>
  fill(dictionary[key] ?? key, values);

const hours = {
  mon: [],
  tue: [
    { opens: '10:00', closes: '12:30' },
    { opens: '14:00', closes: '18:00' },
  ],
  wed: [{ opens: '10:00', closes: '18:00' }],
  thu: [],
  fri: [],
  sat: [{ opens: '09:30', closes: '12:00' }],
  sun: [],
};

describe('a lending point’s hours in plain words', () => {
  it('names each weekday with its spans, or closed, in the page’s language', () => {
    expect(hoursInWords('en', translate(en), hours)).toEqual([
      'Monday closed',
      'Tuesday 10:00–12:30, 14:00–18:00',
      'Wednesday 10:00–18:00',
      'Thursday closed',
      'Friday closed',
      'Saturday 09:30–12:00',
      'Sunday closed',
    ]);
    expect(hoursInWords('fr', translate(fr), hours).slice(0, 2)).toEqual([
      'Lundi fermé',
      'Mardi 10:00–12:30, 14:00–18:00',
    ]);
    expect(weekdayName('fr', 'sun')).toBe('Dimanche');
  });

  it('lists the closures not yet over, soonest first, with their dates and reason', () => {
    const reason = (word: string) => ({ fr: word, en: word });
    const closures = [
      { from: '2027-05-01', to: '2027-05-01', reason: reason('May Day') },
      { from: '2026-12-24', to: '2026-12-26', reason: reason('Christmas') },
      { from: '2026-11-01', to: '2026-11-01', reason: reason('All Saints') },
    ];
    const lines = closuresComingUp('fr', translate(fr), closures, '2026-12-25');
    expect(lines).toEqual([`${datesInWords('fr', '2026-12-24', '2026-12-26')} : Christmas`, '1 mai 2027 : May Day']);
    expect(datesInWords('fr', '2026-12-24', '2026-12-26')).toBe('24–26 décembre 2026');
  });
});
