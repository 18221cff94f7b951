import { describe, expect, it } from 'vitest';
import { freeUnitsByDay, lendableUnits, takesDay, unitsFreeOn } from '../../../functions/lending/availability.ts';
import type { OccupancyRecord, UnitRecord } from '../../../functions/lending/records.ts';
import type { ModelCalendar } from '../../../functions/lending/store/calendar.ts';

const NOW = new Date('2026-11-24T09:00:00Z');

const unit = (id: string, assetTag: string, overrides: Partial<UnitRecord> = {}): UnitRecord => ({
  id,
  modelId: 'zoom-h5',
  assetTag,
  pointId: 'capucins',
  status: 'in-service',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const occupancy = (unitId: string, day: string, overrides: Partial<OccupancyRecord> = {}): OccupancyRecord => ({
  unitId,
  modelId: 'zoom-h5',
  pointId: 'capucins',
  day,
  kind: 'reservation',
  reservationId: 'r',
  ...overrides,
});

describe('takesDay', () => {
  it('a reservation and maintenance always take their day', () => {
    expect(takesDay(occupancy('u', '2026-11-25'), NOW)).toBe(true);
    expect(takesDay(occupancy('u', '2026-11-25', { kind: 'maintenance', reservationId: undefined }), NOW)).toBe(true);
  });

  it('a hold takes its day until its expiry, not after (whatever TTL has done)', () => {
    const hold = (holdExpiresAt: string) => occupancy('u', '2026-11-25', { kind: 'hold', holdFor: 'p', holdExpiresAt });
    expect(takesDay(hold('2026-11-24T09:00:01.000Z'), NOW)).toBe(true);
    expect(takesDay(hold('2026-11-24T09:00:00.000Z'), NOW)).toBe(false);
    expect(takesDay(hold('2026-11-23T09:00:00.000Z'), NOW)).toBe(false);
    expect(takesDay(occupancy('u', '2026-11-25', { kind: 'hold' }), NOW)).toBe(false);
  });
});

describe('lendableUnits', () => {
  it('only the point’s units in service: never a retired one, nor one in maintenance, nor another point’s', () => {
    const calendar: ModelCalendar = {
      points: [],
      units: [
        unit('a', 'AUD-0001'),
        unit('b', 'AUD-0002', { status: 'retired' }),
        unit('c', 'AUD-0003', { status: 'maintenance' }),
        unit('d', 'AUD-0004', { pointId: 'recouvrance' }),
      ],
      occupancies: [],
    };
    expect(lendableUnits(calendar, 'capucins').map((u) => u.id)).toEqual(['a']);
    expect(lendableUnits(calendar, 'recouvrance').map((u) => u.id)).toEqual(['d']);
    expect(lendableUnits(calendar, 'nowhere')).toEqual([]);
  });
});

describe('freeUnitsByDay', () => {
  const calendar: ModelCalendar = {
    points: [],
    units: [unit('a', 'AUD-0001'), unit('b', 'AUD-0002'), unit('c', 'AUD-0003', { status: 'retired' })],
    occupancies: [
      occupancy('a', '2026-11-25'),
      occupancy('b', '2026-11-25', { kind: 'maintenance' }),
      occupancy('a', '2026-11-26', { kind: 'hold', holdExpiresAt: '2026-11-23T00:00:00Z' }),
      occupancy('b', '2026-11-26', { kind: 'hold', holdExpiresAt: '2026-11-25T00:00:00Z' }),
      // A retired unit's day counts for nothing.
      occupancy('c', '2026-11-27'),
    ],
  };

  it('counts per day the lendable units and the free ones (an expired hold frees its day)', () => {
    expect(freeUnitsByDay(calendar, 'capucins', ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'], NOW)).toEqual(
      [
        { day: '2026-11-24', units: 2, free: 2 },
        { day: '2026-11-25', units: 2, free: 0 },
        { day: '2026-11-26', units: 2, free: 1 },
        { day: '2026-11-27', units: 2, free: 2 },
      ],
    );
  });

  it('a point without units has none free', () => {
    expect(freeUnitsByDay(calendar, 'recouvrance', ['2026-11-25'], NOW)).toEqual([
      { day: '2026-11-25', units: 0, free: 0 },
    ]);
  });
});

describe('unitsFreeOn', () => {
  it('the units free on every day asked, in asset-tag order (the order a reservation tries them)', () => {
    const calendar: ModelCalendar = {
      points: [],
      units: [unit('z', 'AUD-0009'), unit('a', 'AUD-0001'), unit('m', 'AUD-0005')],
      occupancies: [occupancy('m', '2026-11-26')],
    };
    expect(unitsFreeOn(calendar, 'capucins', ['2026-11-25'], NOW).map((u) => u.assetTag)).toEqual([
      'AUD-0001',
      'AUD-0005',
      'AUD-0009',
    ]);
    expect(unitsFreeOn(calendar, 'capucins', ['2026-11-25', '2026-11-26'], NOW).map((u) => u.id)).toEqual(['a', 'z']);
    expect(unitsFreeOn(calendar, 'capucins', [], NOW)).toHaveLength(3);
  });
});
