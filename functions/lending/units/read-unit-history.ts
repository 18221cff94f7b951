import type { Viewer } from '../../platform/auth.ts';
import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { requirePoints } from '../catalogue/catalogue-access.ts';
import { listUnitEvents } from '../store/unit-history.ts';
import { getAssetTagHolder, getUnit } from '../store/units.ts';
import type { UnitHistory } from './schema.ts';

const noUnit = (tag: string) => new AppError('not-found', `There is no unit tagged ${tag}.`);

/**
 * A unit's history (hand-overs, returns, tickets), newest first, for staff of the unit's point
 * and admins. Who may see it rests on where the unit is now, read strongly consistent (the tag's
 * lookup item, then the unit), not on the index the public page reads, which may lag a move.
 */
export const readUnitHistory = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  { viewer, tag }: { viewer: Viewer; tag: string },
): Promise<Read<UnitHistory>> => {
  const holder = await getAssetTagHolder(deps, tag);
  if (!holder) throw noUnit(tag);
  const [unit, events] = await Promise.all([
    getUnit(deps, holder.modelId, holder.unitId),
    listUnitEvents(deps, holder.unitId),
  ]);
  if (!unit) throw noUnit(tag);
  requirePoints(viewer, [unit.pointId], 'see the history of units');
  return {
    view: {
      assetTag: unit.assetTag,
      unitId: unit.id,
      pointId: unit.pointId,
      events: events.map((event) => ({
        at: event.at,
        kind: event.kind,
        by: event.by,
        reservationId: event.reservationId ?? null,
        ticketId: event.ticketId ?? null,
        condition: event.condition ?? null,
        lateDays: event.lateDays ?? null,
        missing: event.missing ?? [],
        damaged: event.damaged ?? [],
        otherTag: event.otherTag ?? null,
        cause: event.cause ?? null,
        cancelled: event.cancelled ?? false,
        walkIn: event.walkIn ?? false,
        ticketStatus: event.ticketStatus ?? null,
        note: event.note ?? null,
      })),
    },
    cache: 'private',
  };
};
