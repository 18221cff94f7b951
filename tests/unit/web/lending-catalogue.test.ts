import { describe, expect, it } from 'vitest';
import { parseParts } from '../../../web/src/lib/lending/editor-new-model.ts';
import { addMonths, firstDay, lastDay, monthOf, weekdayIndex } from '../../../web/src/lib/lending/month.ts';

describe('the availability table’s months', () => {
  it('knows each month’s first and last day (leap years too) and moves across years', () => {
    expect(monthOf('2026-12-07')).toBe('2026-12');
    expect(firstDay('2026-12')).toBe('2026-12-01');
    expect(lastDay('2026-12')).toBe('2026-12-31');
    expect(lastDay('2027-02')).toBe('2027-02-28');
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', 12)).toBe('2027-11');
  });

  it('puts each day in its weekday column, Monday first, whatever summer time does', () => {
    expect(weekdayIndex('2026-12-07')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-13')).toBe(6); // a Sunday
    expect(weekdayIndex('2026-03-29')).toBe(6); // the Sunday summer time starts in Paris
    expect(weekdayIndex('2026-10-25')).toBe(6); // and the one it ends
  });
});

describe('the kit’s parts, one a line', () => {
  it('reads quantity | French name | English name, skipping blank lines', () => {
    expect(parseParts('2 | Piles AA | AA batteries\n\n 1|Casque|Headphones ')).toEqual([
      { name: { fr: 'Piles AA', en: 'AA batteries' }, quantity: 2 },
      { name: { fr: 'Casque', en: 'Headphones' }, quantity: 1 },
    ]);
    expect(parseParts('')).toEqual([]);
  });

  it('refuses a line without a quantity of 1 to 99 or without both names', () => {
    expect(parseParts('un casque')).toBeUndefined();
    expect(parseParts('0 | Casque | Headphones')).toBeUndefined();
    expect(parseParts('100 | Casque | Headphones')).toBeUndefined();
    expect(parseParts('1 | Casque')).toBeUndefined();
    expect(parseParts('1.5 | Casque | Headphones')).toBeUndefined();
  });
});
