import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { takesDay } from '../availability.ts';
import { dayCount, daysBetween } from '../opening-days.ts';
import { unitsShownChanged } from '../public-paths.ts';
import type { Day, UnitRecord } from '../records.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { takeDayForMaintenanceItem } from '../store/maintenance.ts';
import { replaceUnitItem } from '../store/units.ts';
import { invalidField, modelWithUnitsOrThrow, requirePoints, unitOf } from './catalogue-access.ts';
import type { MaintenanceInput, UnitView } from './schema.ts';
import { toUnitView } from './views.ts';

/** The longest maintenance period (its days and the unit fit one transaction of at most 100 items). */
export const MAINTENANCE_MAX_DAYS = 62;

/** 400 naming the field when a maintenance period cannot be taken. Pure. */
export const checkMaintenancePeriod = (from: Day, to: Day, today: Day): void => {
  if (from < today) throw invalidField('body', 'from', `Maintenance starts today (${today}) or later`);
  if (to < from) throw invalidField('body', 'to', 'The last day comes before the first');
  if (dayCount(from, to) > MAINTENANCE_MAX_DAYS)
    throw invalidField('body', 'to', `At most ${MAINTENANCE_MAX_DAYS} days at once: extend it later if needed`);
};

/**
 * Staff put a unit of their point in maintenance from one day to another (both included; a
 * period always ends: a longer repair is extended by ending and starting a new period). The unit's
 * status and every day of the period are ONE transaction: each day is an occupancy item of kind
 * `maintenance`, written only where no live occupancy is, exactly as a reservation writes its
 * days, so maintenance racing a reservation of the same unit and day leaves exactly one of them.
 * A day already taken (a reservation, a live hold) refuses the whole period: 409 naming the days.
 */
export const startMaintenance = async (
  deps: AppDeps,
  { viewer, modelId, unitId, input }: { viewer: Viewer; modelId: string; unitId: string; input: MaintenanceInput },
): Promise<UnitView> => {
  const { units } = await modelWithUnitsOrThrow(deps, modelId);
  const unit = unitOf(units, modelId, unitId);
  requirePoints(viewer, [unit.pointId], 'manage units');
  const now = deps.clock.now();
  checkMaintenancePeriod(input.from, input.to, cityDay(now, deps.config.timeZone));
  if (unit.status !== 'in-service')
    throw new AppError('conflict', `${unit.assetTag} is ${unit.status}: only a unit in service goes into maintenance.`);
  const next: UnitRecord = {
    ...unit,
    status: 'maintenance',
    maintenance: { from: input.from, to: input.to },
    ...(input.notes ? { notes: input.notes } : {}),
    updatedAt: now.toISOString(),
  };
  const days = daysBetween(input.from, input.to);
  const written = await transact(deps, [
    replaceUnitItem(deps, next, unit.updatedAt),
    ...days.map((day) => takeDayForMaintenanceItem(deps, unit, day, now)),
  ]);
  if (!written) {
    const calendar = await readModelCalendar(deps, modelId, input.to);
    const taken = calendar.occupancies
      .filter((o) => o.unitId === unit.id && days.includes(o.day) && takesDay(o, now))
      .map((o) => o.day)
      .sort();
    throw new AppError(
      'conflict',
      taken.length > 0
        ? `${unit.assetTag} is taken on ${taken.join(', ')}: move or cancel those loans first.`
        : `${unit.assetTag} changed meanwhile: read it again and retry.`,
      { extensions: { takenDays: taken } },
    );
  }
  await unitsShownChanged(deps, modelId);
  return toUnitView(next);
};
