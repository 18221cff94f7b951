import { describe, expect, it } from 'vitest';
import { unitsFreeOn } from '../../../functions/lending/availability.ts';
import type { LendingPointRecord, OccupancyRecord, UnitRecord } from '../../../functions/lending/records.ts';
import { dayChanges } from '../../../functions/lending/reservations/day-changes.ts';
import { dayRuleErrors } from '../../../functions/lending/reservations/day-rules.ts';
import { netWindowDeltas, windowContributions } from '../../../functions/lending/reservations/limit-windows.ts';
import { nextFreeRuns } from '../../../functions/lending/reservations/next-free-runs.ts';
import { loanPhase } from '../../../functions/lending/reservations/reservation-view.ts';

const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

describe('the days-in-any-window counters', () => {
  it('touches the windows ending from the pick-up day to the return day plus the window, less one', () => {
    const contributions = windowContributions({ pickUp: '2026-12-01', returnDay: '2026-12-03' }, 30);
    expect(contributions.size).toBe(3 + 30 - 1);
    expect([...contributions.keys()][0]).toBe('2026-12-01');
    expect([...contributions.keys()].at(-1)).toBe('2027-01-01');
    // The window ending on the pick-up day holds one day, ending on the return day all three.
    expect(contributions.get('2026-12-01')).toBe(1);
    expect(contributions.get('2026-12-02')).toBe(2);
    expect(contributions.get('2026-12-03')).toBe(3);
    // The last window (2026-12-03 to 2027-01-01) holds the return day only; the one before, two days.
    expect(contributions.get('2027-01-01')).toBe(1);
    expect(contributions.get('2026-12-31')).toBe(2);
    for (const days of contributions.values()) expect(days).toBeGreaterThan(0);
  });

  it('counts every day of a run in exactly windowDays windows', () => {
    const run = { pickUp: '2027-03-25', returnDay: '2027-04-02' }; // across the change to summer time
    expect(sum(windowContributions(run, 30))).toBe(9 * 30);
    expect(sum(windowContributions(run, 7))).toBe(9 * 7);
  });

  it('a one-day window holds each day alone', () => {
    const contributions = windowContributions({ pickUp: '2026-12-30', returnDay: '2027-01-02' }, 1);
    expect([...contributions.entries()]).toEqual([
      ['2026-12-30', 1],
      ['2026-12-31', 1],
      ['2027-01-01', 1],
      ['2027-01-02', 1],
    ]);
  });
});

describe('the net window deltas of a date change', () => {
  it('is the new contribution minus the old, per window, zeros left out', () => {
    const before = { pickUp: '2026-12-01', returnDay: '2026-12-03' };
    const after = { pickUp: '2026-12-02', returnDay: '2026-12-05' };
    const deltas = netWindowDeltas(before, after, 30);
    const old = windowContributions(before, 30);
    const next = windowContributions(after, 30);
    for (const end of new Set([...old.keys(), ...next.keys()])) {
      expect(deltas.get(end) ?? 0).toBe((next.get(end) ?? 0) - (old.get(end) ?? 0));
    }
    expect([...deltas.values()]).not.toContain(0);
    // Net: one more day in total, counted in 30 windows.
    expect(sum(deltas)).toBe(30);
    // The window ending on the old pick-up day loses that day.
    expect(deltas.get('2026-12-01')).toBe(-1);
    // Sorted by window end.
    expect([...deltas.keys()]).toEqual([...deltas.keys()].sort());
  });

  it('is empty when nothing moves', () => {
    const run = { pickUp: '2026-12-01', returnDay: '2026-12-03' };
    expect(netWindowDeltas(run, run, 30).size).toBe(0);
  });

  it('releases everything and claims everything when the runs do not meet', () => {
    const before = { pickUp: '2026-12-01', returnDay: '2026-12-02' };
    const after = { pickUp: '2027-03-01', returnDay: '2027-03-02' };
    const deltas = netWindowDeltas(before, after, 30);
    expect(sum(new Map([...deltas].filter(([, d]) => d < 0)))).toBe(-60);
    expect(sum(new Map([...deltas].filter(([, d]) => d > 0)))).toBe(60);
  });
});

describe('the days a date change releases, claims and keeps', () => {
  it('splits the days', () => {
    expect(
      dayChanges({ pickUp: '2026-12-01', returnDay: '2026-12-03' }, { pickUp: '2026-12-02', returnDay: '2026-12-05' }),
    ).toEqual({
      released: ['2026-12-01'],
      claimed: ['2026-12-04', '2026-12-05'],
      kept: ['2026-12-02', '2026-12-03'],
    });
  });
});

/** Open Tuesday to Saturday; closed on 2026-12-25. */
const point: Pick<LendingPointRecord, 'id' | 'hours' | 'closures'> = {
  id: 'mediatheque',
  hours: {
    mon: [],
    tue: [{ opens: '10:00', closes: '18:00' }],
    wed: [{ opens: '10:00', closes: '18:00' }],
    thu: [{ opens: '10:00', closes: '18:00' }],
    fri: [{ opens: '10:00', closes: '18:00' }],
    sat: [{ opens: '10:00', closes: '12:30' }],
    sun: [],
  },
  closures: [{ from: '2026-12-25', to: '2026-12-25', reason: { fr: 'Noël', en: 'Christmas' } }],
};
const model = { maxLoanDays: 7, leadDays: 1, pointIds: ['mediatheque'] };
const limits = { daysInWindow: 14, windowDays: 30 };
// 2026-12-01 is a Tuesday.
const rules = (pickUp: string, returnDay: string, overrides: Partial<typeof model> = {}) =>
  dayRuleErrors({ model: { ...model, ...overrides }, limits, point, pickUp, returnDay, today: '2026-12-01' }).map(
    (e) => `${e.path}: ${e.message}`,
  );

describe('the day rules of a reservation', () => {
  it('accepts opening days within the length and the lead time', () => {
    expect(rules('2026-12-02', '2026-12-05')).toEqual([]);
    expect(rules('2026-12-01', '2026-12-01', { leadDays: 0 })).toEqual([]);
  });

  it('names the field of each broken rule', () => {
    expect(rules('2026-11-28', '2026-12-02')).toEqual(['pickUp: The pick-up day is in the past.']);
    expect(rules('2026-12-01', '2026-12-02')[0]).toMatch(/^pickUp: Reserve at least 1 day/);
    expect(rules('2026-12-07', '2026-12-08')).toEqual(['pickUp: The lending point is closed on the pick-up day.']);
    expect(rules('2026-12-04', '2026-12-02')).toEqual(['returnDay: The return day is before the pick-up day.']);
    expect(rules('2026-12-02', '2026-12-09')[0]).toMatch(/^returnDay: This model is lent for at most 7/);
    expect(rules('2026-12-23', '2026-12-25')).toEqual(['returnDay: The lending point is closed on the return day.']);
    expect(rules('2026-12-02', '2026-12-03', { pointIds: ['elsewhere'] })).toEqual([
      'pointId: This lending point does not hold this model.',
    ]);
    expect(
      dayRuleErrors({
        model: { ...model, maxLoanDays: 30 },
        limits: { daysInWindow: 3, windowDays: 30 },
        point,
        pickUp: '2026-12-02',
        returnDay: '2026-12-05',
        today: '2026-12-01',
      })[0]?.message,
    ).toMatch(/At most 3 day\(s\) in any 30/);
  });
});

const unit = (id: string, assetTag: string, status: UnitRecord['status'] = 'in-service'): UnitRecord => ({
  id,
  modelId: 'zoom-h5',
  assetTag,
  pointId: 'mediatheque',
  status,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const taken = (unitId: string, day: string, extra: Partial<OccupancyRecord> = {}): OccupancyRecord => ({
  unitId,
  modelId: 'zoom-h5',
  pointId: 'mediatheque',
  day,
  kind: 'reservation',
  reservationId: 'r',
  ...extra,
});
const now = new Date('2026-12-01T09:00:00Z');

describe('the order a reservation tries units, and the next free dates', () => {
  const calendar = {
    points: [],
    units: [unit('u3', 'AUD-0003'), unit('u1', 'AUD-0001'), unit('u2', 'AUD-0002'), unit('u4', 'AUD-0000', 'retired')],
    occupancies: [
      taken('u1', '2026-12-03'),
      // An expired hold takes nothing; a live one does.
      taken('u2', '2026-12-03', { kind: 'hold', holdFor: 'x', holdExpiresAt: '2026-11-30T00:00:00Z' }),
      taken('u3', '2026-12-04', { kind: 'hold', holdFor: 'x', holdExpiresAt: '2026-12-02T00:00:00Z' }),
    ],
  };

  it('tries the free units by asset tag, never a retired one', () => {
    expect(unitsFreeOn(calendar, 'mediatheque', ['2026-12-02'], now).map((u) => u.assetTag)).toEqual([
      'AUD-0001',
      'AUD-0002',
      'AUD-0003',
    ]);
    expect(unitsFreeOn(calendar, 'mediatheque', ['2026-12-03', '2026-12-04'], now).map((u) => u.id)).toEqual(['u2']);
  });

  it('offers the next runs of the same length free on some unit, both ends on opening days', () => {
    const full = {
      points: [],
      units: [unit('u1', 'AUD-0001')],
      occupancies: ['2026-12-02', '2026-12-03', '2026-12-04'].map((day) => taken('u1', day)),
    };
    expect(nextFreeRuns({ calendar: full, point, length: 2, from: '2026-12-02', now, count: 3 })).toEqual([
      // 12-04 is taken, 12-05 returns on a Sunday, Sunday and Monday are closed.
      { pickUp: '2026-12-08', returnDay: '2026-12-09' },
      { pickUp: '2026-12-09', returnDay: '2026-12-10' },
      { pickUp: '2026-12-10', returnDay: '2026-12-11' },
    ]);
  });
});

describe('the phase of a loan', () => {
  it('is upcoming, current or past on the city day; a cancelled one is past', () => {
    const run = { pickUp: '2026-12-02', returnDay: '2026-12-04', status: 'reserved' as const };
    expect(loanPhase(run, '2026-12-01')).toBe('upcoming');
    expect(loanPhase(run, '2026-12-02')).toBe('current');
    expect(loanPhase(run, '2026-12-04')).toBe('current');
    expect(loanPhase(run, '2026-12-05')).toBe('past');
    expect(loanPhase({ ...run, status: 'cancelled' }, '2026-12-01')).toBe('past');
  });
});
