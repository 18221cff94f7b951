import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { daysBetween } from '../opening-days.ts';
import { unitsShownChanged } from '../public-paths.ts';
import type { UnitRecord } from '../records.ts';
import { unitDaysFreed } from '../reservations/unit-freed.ts';
import { releaseMaintenanceDayItem } from '../store/maintenance.ts';
import { replaceUnitItem } from '../store/units.ts';
import { modelWithUnitsOrThrow, requirePoints, unitOf } from './catalogue-access.ts';
import type { UnitView } from './schema.ts';
import { toUnitView } from './views.ts';

/**
 * The unit is back in service: its maintenance days from today on are released in the same
 * transaction that puts it back, each release conditioned on the day still being maintenance's
 * (a day that is something else is never deleted). Earlier days stay until TTL removes them.
 * A maintenance a ticket started (`maintenance/open-ticket.ts`) is ended by its ticket, not here.
 */
export const endMaintenance = async (
  deps: AppDeps,
  { viewer, modelId, unitId }: { viewer: Viewer; modelId: string; unitId: string },
): Promise<UnitView> => {
  const { units } = await modelWithUnitsOrThrow(deps, modelId);
  const unit = unitOf(units, modelId, unitId);
  requirePoints(viewer, [unit.pointId], 'manage units');
  if (unit.status !== 'maintenance' || !unit.maintenance)
    throw new AppError('conflict', `${unit.assetTag} is not in maintenance.`);
  // A ticket's maintenance ends with its ticket (back in service or retired), which keeps its history.
  if (unit.maintenance.ticketId)
    throw new AppError('conflict', `${unit.assetTag} is in maintenance for a ticket: move the ticket on instead.`, {
      extensions: { ticketId: unit.maintenance.ticketId },
    });
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  // Days compare as text (YYYY-MM-DD): the later of the period's start and today.
  const from = [unit.maintenance.from, today].sort()[1] ?? today;
  const { maintenance: _ended, ...rest } = unit;
  const next: UnitRecord = { ...rest, status: 'in-service', updatedAt: now.toISOString() };
  const written = await transact(deps, [
    replaceUnitItem(deps, next, unit.updatedAt),
    ...daysBetween(from, unit.maintenance.to).map((day) => releaseMaintenanceDayItem(deps, unit.id, day)),
  ]);
  if (!written) throw new AppError('conflict', `${unit.assetTag} changed meanwhile: read it again and retry.`);
  // Its days are free again: whoever waits for them is offered the unit.
  await unitDaysFreed(deps, {
    modelId,
    pointId: unit.pointId,
    unitId: unit.id,
    days: daysBetween(from, unit.maintenance.to),
  });
  await unitsShownChanged(deps, modelId);
  return toUnitView(next);
};
