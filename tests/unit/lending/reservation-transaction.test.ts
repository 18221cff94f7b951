import { describe, expect, it } from 'vitest';
import type { ReservationRecord } from '../../../functions/lending/records.ts';
import { windowContributions } from '../../../functions/lending/reservations/limit-windows.ts';
import {
  cancelTransaction,
  changeDatesTransaction,
  reserveTransaction,
} from '../../../functions/lending/reservations/transaction-items.ts';
import { cityInstant } from '../../../functions/platform/city-days.ts';

const deps = { tableName: 'communs' };
const now = new Date('2026-12-01T09:00:00Z');
const limits = { reservationsAtOnce: 2, daysInWindow: 14, windowDays: 30 };
const reservation = (overrides: Partial<ReservationRecord> = {}): ReservationRecord => ({
  id: 'r1',
  userId: 'u1',
  modelId: 'zoom-h5',
  category: 'listening-player',
  pointId: 'mediatheque',
  unitId: 'unit-1',
  pickUp: '2026-12-02',
  returnDay: '2026-12-04',
  status: 'reserved',
  termsAcceptedAt: now.toISOString(),
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  ...overrides,
});

describe('the one transaction of a reservation', () => {
  it('holds every day, the reservation, the counters, in this order, each with its role', () => {
    const { items, roles } = reserveTransaction(deps, reservation(), limits, now);
    expect(items).toHaveLength(roles.length);
    expect(roles.slice(0, 5)).toEqual([
      { role: 'day', day: '2026-12-02' },
      { role: 'day', day: '2026-12-03' },
      { role: 'day', day: '2026-12-04' },
      { role: 'reservation' },
      { role: 'active' },
    ]);
    expect(roles.filter((r) => r.role === 'window')).toHaveLength(3 + 30 - 1);
    // No training for listening players: no certification check.
    expect(roles.some((r) => r.role === 'certification')).toBe(false);
    // A day is free, or an expired hold: never "whatever is there".
    expect(items[0]?.Put?.ConditionExpression).toBe(
      'attribute_not_exists(pk) OR (#kind = :hold AND holdExpiresAt < :now)',
    );
    expect(items[0]?.Put?.ExpressionAttributeValues).toEqual({ ':hold': 'hold', ':now': now.toISOString() });
    expect(items[4]?.Update?.ExpressionAttributeValues).toMatchObject({ ':max': 2 });
  });

  it('checks the certification when the category needs training', () => {
    const { items, roles } = reserveTransaction(deps, reservation({ category: 'audio-recorder' }), limits, now);
    expect(roles.at(-1)).toEqual({ role: 'certification' });
    expect(items.at(-1)?.ConditionCheck?.ConditionExpression).toContain('revoked = :false');
  });

  it('checks the unit is still in service at the point (a unit taken out of service meanwhile is refused)', () => {
    const { items, roles } = reserveTransaction(deps, reservation(), limits, now);
    const check = items[roles.findIndex((r) => r.role === 'unit')]?.ConditionCheck;
    expect(check?.Key).toEqual({ pk: 'MODEL#zoom-h5', sk: 'UNIT#unit-1' });
    expect(check?.ConditionExpression).toBe('#status = :inService AND pointId = :point');
    expect(check?.ExpressionAttributeValues).toEqual({ ':inService': 'in-service', ':point': 'mediatheque' });
  });

  it('stays within the 100 items of a transaction for the longest loan the city’s limits allow', () => {
    // Accessories: 21 days in any 30, the longest any category allows.
    const longest = reservation({ category: 'audio-recorder', pickUp: '2026-12-01', returnDay: '2026-12-21' });
    const { items } = reserveTransaction(
      deps,
      longest,
      { reservationsAtOnce: 4, daysInWindow: 21, windowDays: 30 },
      now,
    );
    // The days, the reservation and its counter, the windows, the unit's check, the certification.
    expect(items.length).toBe(21 + 2 + windowContributions(longest, 30).size + 1 + 1);
    expect(items.length).toBeLessThanOrEqual(100);
  });
});

describe('the transaction of a date change', () => {
  it('releases the days left (conditioned on this reservation), claims the new ones, keeps the rest untouched, moves each window once', () => {
    const before = reservation();
    const after = reservation({ pickUp: '2026-12-03', returnDay: '2026-12-05', updatedAt: '2026-12-01T10:00:00.000Z' });
    const { items, roles } = changeDatesTransaction(deps, before, after, limits, now);
    expect(roles.filter((r) => r.role !== 'window')).toEqual([
      { role: 'release', day: '2026-12-02' },
      { role: 'day', day: '2026-12-05' },
      { role: 'reservation' },
      // A day is added: the unit must still be in service.
      { role: 'unit' },
    ]);
    expect(items[0]?.Delete?.ConditionExpression).toBe('reservationId = :me');
    expect(items[0]?.Delete?.ExpressionAttributeValues).toEqual({ ':me': 'r1' });
    // The reservation is replaced only if unchanged since read.
    expect(items[2]?.Put?.ExpressionAttributeValues).toMatchObject({ ':expected': before.updatedAt });
    // One item per window end: a transaction may not touch an item twice.
    const keys = items.map((item) => JSON.stringify(item.Put?.Item?.sk ?? item.Delete?.Key ?? item.Update?.Key));
    expect(new Set(keys).size).toBe(keys.length);
    // Only increases are conditioned.
    for (const [index, role] of roles.entries()) {
      if (role.role !== 'window') continue;
      expect(Boolean(items[index]?.Update?.ConditionExpression)).toBe(role.delta > 0);
    }
  });

  it('checks no certification when no day is added (a revoked person may still shorten a loan)', () => {
    const before = reservation({ category: 'audio-recorder' });
    const shorter = reservation({ category: 'audio-recorder', returnDay: '2026-12-03' });
    const { roles } = changeDatesTransaction(deps, before, shorter, limits, now);
    expect(roles.some((r) => r.role === 'certification')).toBe(false);
    // Nor the unit's service: a unit taken out of service still lets its borrower shorten the loan.
    expect(roles.some((r) => r.role === 'unit')).toBe(false);
  });
});

describe('the transaction of a cancellation', () => {
  it('releases every day, cancels, gives back one at once and every window day', () => {
    const before = reservation();
    const { roles, items } = cancelTransaction(deps, before, { ...before, status: 'cancelled' }, limits);
    expect(roles.filter((r) => r.role === 'release')).toHaveLength(3);
    expect(items.find((_, i) => roles[i]?.role === 'active')?.Update?.ExpressionAttributeValues).toEqual({
      ':minusOne': -1,
    });
    const given = roles.flatMap((r) => (r.role === 'window' ? [r.delta] : []));
    expect(given.reduce((a, b) => a + b, 0)).toBe(-3 * 30);
  });
});

describe('a point’s opening time as an instant (the .ics events)', () => {
  it('follows Brest’s summer and winter time', () => {
    expect(cityInstant('2026-12-02', '10:00', 'Europe/Paris').toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(cityInstant('2026-07-02', '10:00', 'Europe/Paris').toISOString()).toBe('2026-07-02T08:00:00.000Z');
    // The days of the change: 29 March and 25 October 2026.
    expect(cityInstant('2026-03-29', '10:00', 'Europe/Paris').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(cityInstant('2026-10-25', '10:00', 'Europe/Paris').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
});
