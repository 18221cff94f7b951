import { describe, expect, it } from 'vitest';
import { cityDayBounds, nextDay, startOfCityDay } from '../../../functions/platform/city-days.ts';

describe('a workshop day in the city', () => {
  it('begins at local midnight, in winter and in summer', () => {
    expect(startOfCityDay('2026-12-02', 'Europe/Paris').toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(startOfCityDay('2026-07-14', 'Europe/Paris').toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(startOfCityDay('2026-07-14', 'UTC').toISOString()).toBe('2026-07-14T00:00:00.000Z');
  });

  it('lasts 23 or 25 hours on the days the clocks change', () => {
    const spring = cityDayBounds('2026-03-29', 'Europe/Paris');
    expect(spring).toEqual({ from: '2026-03-28T23:00:00.000Z', until: '2026-03-29T22:00:00.000Z' });
    const autumn = cityDayBounds('2026-10-25', 'Europe/Paris');
    expect(autumn).toEqual({ from: '2026-10-24T22:00:00.000Z', until: '2026-10-25T23:00:00.000Z' });
  });

  it('turns months and years', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
