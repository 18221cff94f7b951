import { getUser } from '../../accounts/public.ts';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { addDays } from '../opening-days.ts';
import type { MaintenanceTicketRecord, ModelRecord, ReservationRecord, UnitRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { listDesk } from '../store/reservations.ts';
import { listTickets } from '../store/tickets.ts';
import { deskPointOrThrow } from './desk-access.ts';
import { toDeskEntry } from './views.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** How far back the desk still shows a pick-up not handed over (until the daily task releases it as a no-show). */
export const LATE_PICK_UP_DAYS = 7;

/** The models (with their units) and the borrowers the entries name, each read once. */
export const entriesNamed = async (deps: Db, reservations: ReservationRecord[], today: string) => {
  const modelIds = [...new Set(reservations.map((r) => r.modelId))];
  const userIds = [...new Set(reservations.map((r) => r.userId))];
  const [models, users] = await Promise.all([
    Promise.all(modelIds.map((id) => getModelWithUnits(deps, id))),
    Promise.all(userIds.map((id) => getUser(deps, id))),
  ]);
  const modelOf = new Map<string, { model: ModelRecord; units: UnitRecord[] }>();
  for (const found of models) if (found) modelOf.set(found.model.id, found);
  const nameOf = new Map(userIds.map((id, index) => [id, users[index]?.displayName ?? null]));
  return reservations.map((reservation) => {
    const found = modelOf.get(reservation.modelId);
    return toDeskEntry(
      reservation,
      {
        modelName: found?.model.name,
        assetTag: found?.units.find((unit) => unit.id === reservation.unitId)?.assetTag,
        borrowerName: nameOf.get(reservation.userId) ?? null,
      },
      today,
    );
  });
};

const ticketEntry = (ticket: MaintenanceTicketRecord) => ({
  id: ticket.id,
  status: ticket.status,
  assetTag: ticket.assetTag,
  modelId: ticket.modelId,
  reason: ticket.reason,
  // A return's missing and damaged parts, for the desk to name in its language.
  fromReturn: ticket.fromReturn ? { missing: ticket.fromReturn.missing, damaged: ticket.fromReturn.damaged } : null,
  period: ticket.period,
  openedAt: ticket.openedAt,
});

/**
 * A point's desk today: pick-ups due (today's, and the last days' not handed over yet), returns
 * due today and tomorrow (tomorrow's seen ahead, to call or prepare), overdue loans (oldest first), and the units in maintenance (open and in-repair
 * tickets). Two Queries of the desk lists, two of the tickets, then the names.
 */
export const readDesk = async (deps: AppDeps, { viewer, pointId }: { viewer: Viewer; pointId: string }) => {
  const point = await deskPointOrThrow(deps, viewer, pointId);
  const today = cityDay(deps.clock.now(), deps.config.timeZone);
  const tomorrow = addDays(today, 1);
  const [pickUps, out, open, inRepair] = await Promise.all([
    listDesk(deps, pointId, 'PICKUP', { from: addDays(today, -LATE_PICK_UP_DAYS), to: today }),
    listDesk(deps, pointId, 'OUT', { to: tomorrow }),
    listTickets(deps, pointId, 'open'),
    listTickets(deps, pointId, 'in-repair'),
  ]);
  // The lists are an index (eventually consistent): a state that moved on is left out.
  const entries = await entriesNamed(
    deps,
    [...pickUps.filter((r) => r.status === 'reserved'), ...out.filter((r) => r.status === 'out')],
    today,
  );
  return {
    today,
    point: { id: point.id, name: point.name },
    pickUps: entries.filter((e) => e.status === 'reserved'),
    returns: entries.filter((e) => e.status === 'out' && e.returnDay === today),
    dueTomorrow: entries.filter((e) => e.status === 'out' && e.returnDay === tomorrow),
    overdue: entries.filter((e) => e.status === 'out' && e.returnDay < today),
    maintenance: [...open, ...inRepair].map(ticketEntry),
  };
};
