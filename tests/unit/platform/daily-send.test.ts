import { describe, expect, it } from 'vitest';
import { cityDay } from '../../../functions/platform/sent-once.ts';
import { inBatch } from '../../../functions/platform/work.ts';

describe('the city day of a daily e-mail', () => {
  it('is the calendar day in the city, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris, still the 31st in Martinique.
    const at = new Date('2026-12-31T23:30:00Z');
    expect(cityDay(at, 'Europe/Paris')).toBe('2027-01-01');
    expect(cityDay(at, 'America/Martinique')).toBe('2026-12-31');
  });
});

describe('a bounded batch of work', () => {
  it('runs at most the limit, in order, and says whether some remain', async () => {
    const done: number[] = [];
    const steps = [1, 2, 3].map((n) => async () => done.push(n));
    expect(await inBatch(steps, 2)).toBe('more');
    expect(done).toEqual([1, 2]);
    expect(await inBatch(steps.slice(2), 2)).toBe('done');
    expect(done).toEqual([1, 2, 3]);
    expect(await inBatch([], 2)).toBe('done');
  });
});
