import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { requirePoints } from '../catalogue/catalogue-access.ts';
import { listModels } from '../store/models.ts';
import { listTickets } from '../store/tickets.ts';
import { toTicketView } from './views.ts';

/**
 * A point's tickets still to deal with (open, then in repair; oldest first within each), with
 * their model's name: staff of the point and admins. Two Queries of the point's tickets (one per
 * status) and the catalogue's.
 */
export const listPointTickets = async (deps: AppDeps, { viewer, pointId }: { viewer: Viewer; pointId: string }) => {
  requirePoints(viewer, [pointId], 'see maintenance tickets');
  const [open, inRepair, models] = await Promise.all([
    listTickets(deps, pointId, 'open'),
    listTickets(deps, pointId, 'in-repair'),
    listModels(deps),
  ]);
  const names = new Map(models.map((model) => [model.id, model.name]));
  return {
    pointId,
    tickets: [...open, ...inRepair].map((ticket) => ({
      ...toTicketView(ticket),
      modelName: names.get(ticket.modelId) ?? ticket.modelId,
    })),
  };
};
