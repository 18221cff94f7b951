import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { takesDay } from '../availability.ts';
import { clearUnit } from '../maintenance/clear-unit.ts';
import { availabilityChanged, unitsShownChanged } from '../public-paths.ts';
import type { UnitRecord } from '../records.ts';
import { listUnitDays } from '../store/occupancy.ts';
import { pointExistsCheck } from '../store/points.ts';
import { modelHoldsPointCheck, replaceUnitItem } from '../store/units.ts';
import { invalidField, modelWithUnitsOrThrow, requirePoints, unitOf } from './catalogue-access.ts';
import type { UnitUpdate, UnitView } from './schema.ts';
import { toUnitView } from './views.ts';

/**
 * Staff edit a unit at one of their points (admins any): serial, notes, status (in service or
 * retired: a retired unit is never offered), or move it to another point of the model that they
 * staff too. Its asset tag stays (the lookup item is its identity in the city). A unit in
 * maintenance changes status only by ending the maintenance (or its ticket), which releases its days.
 * Retiring a unit moves each of its future reservations to another unit of the model at the
 * point, or cancels it with an e-mail (`maintenance/clear-unit.ts`), as a ticket retiring it does.
 *
 * A unit with days taken from today on (a reservation, a live hold) does not move: those loans are
 * picked up at its point. 409 naming the days, read strongly consistent from the unit's own
 * occupancy items. What this read cannot see is a reservation committed between it and the write
 * below: closing that window is the reservation transaction's part (a ConditionCheck on the unit
 * still being at the point and in service), not something the move can condition on, since the
 * days a future reservation will claim are not known here.
 */
export const updateUnit = async (
  deps: AppDeps,
  { viewer, modelId, unitId, changes }: { viewer: Viewer; modelId: string; unitId: string; changes: UnitUpdate },
): Promise<UnitView> => {
  const { model, units } = await modelWithUnitsOrThrow(deps, modelId);
  const unit = unitOf(units, modelId, unitId);
  const pointId = changes.pointId ?? unit.pointId;
  requirePoints(viewer, [...new Set([unit.pointId, pointId])], 'manage units');
  if (pointId !== unit.pointId && !model.pointIds.includes(pointId))
    throw invalidField('body', 'pointId', `“${model.name}” is not held at ${pointId}`);
  const moves = pointId !== unit.pointId;
  if (unit.status === 'maintenance' && (changes.status !== undefined || moves))
    throw new AppError(
      'conflict',
      unit.maintenance?.ticketId
        ? `${unit.assetTag} is in maintenance for a ticket: retire it or put it back in service through its ticket.`
        : `${unit.assetTag} is in maintenance: end the maintenance first.`,
      {
        extensions: {
          errors: [
            { in: 'body', path: changes.status !== undefined ? 'status' : 'pointId', message: 'In maintenance' },
          ],
        },
      },
    );
  if (moves) {
    const now = deps.clock.now();
    const today = cityDay(now, deps.config.timeZone);
    const ahead = (await listUnitDays(deps, unit.id))
      .filter((occupancy) => occupancy.day >= today && takesDay(occupancy, now))
      .map((occupancy) => occupancy.day)
      .sort();
    if (ahead.length > 0)
      throw new AppError(
        'conflict',
        `${unit.assetTag} is taken on ${ahead.join(', ')}: it stays at ${unit.pointId} until those days are over.`,
        { extensions: { takenDays: ahead, errors: [{ in: 'body', path: 'pointId', message: 'Days taken ahead' }] } },
      );
  }
  const next: UnitRecord = {
    ...unit,
    pointId,
    status: changes.status ?? unit.status,
    updatedAt: deps.clock.now().toISOString(),
  };
  if (changes.serial !== undefined) next.serial = changes.serial ?? undefined;
  if (changes.notes !== undefined) next.notes = changes.notes || undefined;
  const written = await transact(deps, [
    replaceUnitItem(deps, next, unit.updatedAt),
    ...(moves ? [pointExistsCheck(deps, pointId), modelHoldsPointCheck(deps, model.id, pointId)] : []),
  ]);
  if (!written) throw new AppError('conflict', `${unit.assetTag} changed meanwhile: read it again and retry.`);
  if (next.status === 'retired' && unit.status !== 'retired') {
    // Retired: it is never lent again (every claim checks it is in service, from this write on), so
    // each future reservation on it moves to another unit or is cancelled with an e-mail.
    await clearUnit(
      deps,
      { unit: next, model, by: viewer.id, why: 'retired' },
      { from: cityDay(deps.clock.now(), deps.config.timeZone) },
    );
    await availabilityChanged(deps, model.id);
  }
  await unitsShownChanged(deps, model.id);
  return toUnitView(next);
};
