import { describe, expect, it } from 'vitest';
import {
  addDays,
  closureOn,
  dayCount,
  daysBetween,
  isOpenDay,
  nextOpenDay,
  openDays,
  weekdayOf,
} from '../../../functions/lending/opening-days.ts';
import type { LendingPointRecord } from '../../../functions/lending/records.ts';
import { cityDayBounds, startOfCityDay } from '../../../functions/platform/city-days.ts';
import { cityDay } from '../../../functions/platform/sent-once.ts';

const PARIS = 'Europe/Paris';
const span = { opens: '10:00', closes: '18:00' };
const reason = { fr: 'Noël', en: 'Christmas' };

/** Open Tuesday to Saturday, closed Sunday and Monday; a Christmas closure. */
const point: Pick<LendingPointRecord, 'hours' | 'closures'> = {
  hours: { mon: [], tue: [span], wed: [span], thu: [span], fri: [span], sat: [span], sun: [] },
  closures: [{ from: '2026-12-24', to: '2026-12-26', reason: { fr: 'Noël', en: 'Christmas' } }],
};

describe('weekdays', () => {
  it('names the weekday of a civil day, Monday first', () => {
    expect(weekdayOf('2026-03-29')).toBe('sun');
    expect(weekdayOf('2026-03-30')).toBe('mon');
    expect(weekdayOf('2026-10-25')).toBe('sun');
    expect(weekdayOf('2026-12-24')).toBe('thu');
    expect(weekdayOf('2028-02-29')).toBe('tue');
  });
});

describe('closures and open days', () => {
  it('is closed on weekdays without spans and on days a closure covers (both ends included)', () => {
    expect(isOpenDay(point, '2026-12-21')).toBe(false); // Monday
    expect(isOpenDay(point, '2026-12-22')).toBe(true);
    expect(isOpenDay(point, '2026-12-23')).toBe(true);
    expect(isOpenDay(point, '2026-12-24')).toBe(false); // first closed day
    expect(isOpenDay(point, '2026-12-26')).toBe(false); // last closed day
    expect(closureOn(point.closures, '2026-12-25')?.reason.en).toBe('Christmas');
    expect(closureOn(point.closures, '2026-12-27')).toBeUndefined();
  });

  it('lists the open days of a range, both ends included', () => {
    expect(openDays(point, '2026-12-20', '2027-01-02')).toEqual([
      '2026-12-22',
      '2026-12-23',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(openDays(point, '2026-12-23', '2026-12-22')).toEqual([]);
  });

  it('finds the next open day: the day itself, after a closure and a weekend, or none within the horizon', () => {
    expect(nextOpenDay(point, '2026-12-23')).toBe('2026-12-23');
    expect(nextOpenDay(point, '2026-12-24')).toBe('2026-12-29');
    const neverOpen = { ...point, hours: { ...point.hours, tue: [], wed: [], thu: [], fri: [], sat: [] } };
    expect(nextOpenDay(neverOpen, '2026-12-24')).toBeUndefined();
    // A long closure beyond a short horizon.
    const longClosure = {
      ...point,
      closures: [{ from: '2026-07-01', to: '2026-08-31', reason }],
    };
    expect(nextOpenDay(longClosure, '2026-07-01', 30)).toBeUndefined();
    expect(nextOpenDay(longClosure, '2026-07-01')).toBe('2026-09-01');
  });
});

describe('day arithmetic across the changes of summer time in Europe/Paris', () => {
  it('moves by whole civil days over the 23-hour day (2026-03-29) and the 25-hour day (2026-10-25)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-30', -2)).toBe('2026-03-28');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
    expect(daysBetween('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(dayCount('2026-03-01', '2026-03-31')).toBe(31);
    expect(dayCount('2026-10-01', '2026-10-31')).toBe(31);
    expect(dayCount('2026-01-01', '2026-12-31')).toBe(365);
  });

  it('agrees with the city’s own days: the instant a day starts in Paris, plus the day’s length, is the next day', () => {
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      const { from, until } = cityDayBounds(day, PARIS);
      expect(cityDay(new Date(from), PARIS)).toBe(day);
      expect(cityDay(new Date(until), PARIS)).toBe(addDays(day, 1));
      // One millisecond before the next midnight is still the same city day.
      expect(cityDay(new Date(Date.parse(until) - 1), PARIS)).toBe(day);
    }
    const hours = (day: string) =>
      (startOfCityDay(addDays(day, 1), PARIS).getTime() - startOfCityDay(day, PARIS).getTime()) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-06-15')).toBe(24);
  });

  it('counts a loan over a change of time as its civil days (late evening in Paris is still that day)', () => {
    // 23:30 in Paris on Saturday 28 March is 22:30 UTC: the city day is the 28th, not the UTC day.
    const pickUp = cityDay(new Date('2026-03-28T22:30:00Z'), PARIS);
    expect(pickUp).toBe('2026-03-28');
    expect(cityDay(new Date('2026-03-28T23:30:00Z'), PARIS)).toBe('2026-03-29');
    // After the change (UTC+2), 23:30 on the 29th is 21:30 UTC.
    expect(cityDay(new Date('2026-03-29T22:30:00Z'), PARIS)).toBe('2026-03-30');
    expect(dayCount(pickUp, '2026-04-03')).toBe(7);
    expect(openDays(point, pickUp, '2026-04-03')).toEqual([
      '2026-03-28',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ]);
    // Autumn: 00:30 on Sunday 25 October in Paris (UTC+2) is 22:30 UTC the day before.
    expect(cityDay(new Date('2026-10-24T22:30:00Z'), PARIS)).toBe('2026-10-25');
    expect(nextOpenDay(point, cityDay(new Date('2026-10-24T22:30:00Z'), PARIS))).toBe('2026-10-27');
  });
});
