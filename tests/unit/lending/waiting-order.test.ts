import { describe, expect, it } from 'vitest';
import { claimDayItem } from '../../../functions/lending/store/occupancy.ts';
import { holdExpiresAt, holdIsLive, waitingOrder } from '../../../functions/lending/waitlist/waiting-order.ts';

const entry = (id: string, userId: string, joinedAt: string, pickUp = '2026-12-10', returnDay = '2026-12-12') => ({
  id,
  userId,
  joinedAt: `2026-12-01T${joinedAt}:00.000Z`,
  pickUp,
  returnDay,
});

describe('the waiting list’s order', () => {
  const a = entry('a', 'ua', '09:00');
  const b = entry('b', 'ub', '09:05');
  const c = entry('c', 'uc', '09:10');
  const other = entry('o', 'uo', '09:07', '2026-12-15', '2026-12-16');

  it('is first come, first served for a model that is not scarce, first-time borrowers or not', () => {
    const order = waitingOrder([c, other, a, b], { scarce: false, firstTimers: new Set(['uc']) });
    expect(order.map((e) => e.id)).toEqual(['a', 'b', 'o', 'c']);
  });

  it('puts first-time borrowers before the others who joined for the same days, for a scarce model', () => {
    const order = waitingOrder([a, b, c], { scarce: true, firstTimers: new Set(['uc', 'ub']) });
    expect(order.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('never moves anyone ahead of a person waiting for other days', () => {
    // `other` joined before c; c is a first-timer for a's days: c takes a's place, `other` keeps its own.
    const order = waitingOrder([a, b, other, c], { scarce: true, firstTimers: new Set(['uc']) });
    expect(order.map((e) => e.id)).toEqual(['c', 'a', 'o', 'b']);
  });

  it('keeps arrival order among first-time borrowers and among the others; ties by id', () => {
    const twin = { ...a, id: 'a2', userId: 'ua2' };
    const order = waitingOrder([twin, b, a], { scarce: true, firstTimers: new Set(['ua', 'ua2']) });
    expect(order.map((e) => e.id)).toEqual(['a', 'a2', 'b']);
  });
});

describe('a hold’s time', () => {
  const now = new Date('2026-12-01T09:00:00.000Z');

  it('lasts 24 hours, and holds its days until its last instant, not after', () => {
    const expires = holdExpiresAt(now);
    expect(expires).toBe('2026-12-02T09:00:00.000Z');
    expect(holdIsLive(expires, new Date('2026-12-02T08:59:59.999Z'))).toBe(true);
    expect(holdIsLive(expires, new Date('2026-12-02T09:00:00.000Z'))).toBe(true);
    expect(holdIsLive(expires, new Date('2026-12-02T09:00:00.001Z'))).toBe(false);
  });

  it('is taken by anyone once ended, and by its own entry alone while it runs (the claim’s condition)', () => {
    const day = { unitId: 'u', modelId: 'm', pointId: 'p', day: '2026-12-10', kind: 'reservation' as const };
    const anyone = claimDayItem({ tableName: 't' }, day, now);
    expect(anyone.Put?.ConditionExpression).toBe(
      'attribute_not_exists(pk) OR (#kind = :hold AND holdExpiresAt < :now)',
    );
    const claim = claimDayItem({ tableName: 't' }, day, now, 'entry-1');
    expect(claim.Put?.ConditionExpression).toBe(
      'attribute_not_exists(pk) OR (#kind = :hold AND holdExpiresAt < :now) OR (#kind = :hold AND holdFor = :me AND holdExpiresAt >= :now)',
    );
    expect(claim.Put?.ExpressionAttributeValues).toEqual({
      ':hold': 'hold',
      ':now': now.toISOString(),
      ':me': 'entry-1',
    });
  });
});
