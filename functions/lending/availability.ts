import type { Day, OccupancyRecord, UnitRecord } from './records.ts';
import type { ModelCalendar } from './store/calendar.ts';

/**
 * What a model's calendar says about free units. Pure: the availability page and the
 * reservation's choice of a unit read the same rules (the reservation's write still decides).
 */

/** Whether an occupancy takes its day at `now`: a hold past its expiry no longer does. */
export const takesDay = (occupancy: OccupancyRecord, now: Date): boolean =>
  occupancy.kind !== 'hold' || (occupancy.holdExpiresAt ?? '') > now.toISOString();

/** The units that can be lent from `pointId`: in service there (a retired unit is never offered). */
export const lendableUnits = (calendar: ModelCalendar, pointId: string): UnitRecord[] =>
  calendar.units.filter((unit) => unit.pointId === pointId && unit.status === 'in-service');

/** The (unit, day) pairs taken at `now`, as `unitId#day`. */
const takenPairs = (calendar: ModelCalendar, now: Date): Set<string> =>
  new Set(calendar.occupancies.filter((occupancy) => takesDay(occupancy, now)).map((o) => `${o.unitId}#${o.day}`));

/** For each day, how many lendable units of the point are free. */
export const freeUnitsByDay = (
  calendar: ModelCalendar,
  pointId: string,
  days: readonly Day[],
  now: Date,
): { day: Day; free: number; units: number }[] => {
  const units = lendableUnits(calendar, pointId);
  const taken = takenPairs(calendar, now);
  return days.map((day) => ({
    day,
    units: units.length,
    free: units.filter((unit) => !taken.has(`${unit.id}#${day}`)).length,
  }));
};

/** The lendable units of the point free on every one of `days`, in asset-tag order (the order a reservation tries them). */
export const unitsFreeOn = (
  calendar: ModelCalendar,
  pointId: string,
  days: readonly Day[],
  now: Date,
): UnitRecord[] => {
  const taken = takenPairs(calendar, now);
  return lendableUnits(calendar, pointId)
    .filter((unit) => days.every((day) => !taken.has(`${unit.id}#${day}`)))
    .sort((a, b) => a.assetTag.localeCompare(b.assetTag));
};
