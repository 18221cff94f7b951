import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { invalidField, requirePoints } from '../catalogue/catalogue-access.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getAssetTagHolder } from '../store/units.ts';
import { openTicketTelling } from './open-ticket.ts';
import type { TicketInput } from './schema.ts';
import { toTicketView } from './views.ts';

/**
 * Staff open a ticket for a unit by its asset tag (scanned or typed at the desk). The tag names the
 * unit (its lookup item); staff of the unit's point (or an admin) only. When the desk says which
 * point it is (`pointId`), a unit of another point is refused naming both. Answers the ticket and
 * how many reservations moved to another unit or were cancelled.
 */
export const openTicketAtDesk = async (deps: AppDeps, { viewer, input }: { viewer: Viewer; input: TicketInput }) => {
  const holder = await getAssetTagHolder(deps, input.assetTag);
  if (!holder) throw invalidField('body', 'assetTag', `No unit has the asset tag ${input.assetTag.toUpperCase()}`);
  const held = await getModelWithUnits(deps, holder.modelId);
  const unit = held?.units.find((candidate) => candidate.id === holder.unitId);
  if (!held || !unit) throw invalidField('body', 'assetTag', `No unit has the asset tag ${holder.assetTag}`);
  if (input.pointId && unit.pointId !== input.pointId)
    throw new AppError('conflict', `${unit.assetTag} belongs to ${unit.pointId}, not to ${input.pointId}.`, {
      extensions: {
        unitPointId: unit.pointId,
        pointId: input.pointId,
        errors: [{ in: 'body', path: 'assetTag', message: `At ${unit.pointId}, not ${input.pointId}` }],
      },
    });
  requirePoints(viewer, [unit.pointId], 'open maintenance tickets');
  const { ticket, outcomes } = await openTicketTelling(deps, {
    by: viewer.id,
    modelId: unit.modelId,
    unitId: unit.id,
    reason: input.reason,
    ...(input.days ? { days: input.days } : {}),
  });
  return {
    ticket: toTicketView(ticket),
    moved: outcomes.filter((o) => o.outcome === 'moved').length,
    cancelled: outcomes.filter((o) => o.outcome === 'cancelled').length,
  };
};
