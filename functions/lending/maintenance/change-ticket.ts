import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import { requirePoints } from '../catalogue/catalogue-access.ts';
import { daysBetween } from '../opening-days.ts';
import { availabilityChanged, unitsShownChanged } from '../public-paths.ts';
import type { MaintenanceTicketRecord, TicketStatus, UnitRecord } from '../records.ts';
import { unitDaysFreed } from '../reservations/unit-freed.ts';
import { releaseMaintenanceDayItem } from '../store/maintenance.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getTicket, replaceTicketItem } from '../store/tickets.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { replaceUnitItem } from '../store/units.ts';
import { blockDays } from './block-days.ts';
import { clearUnit } from './clear-unit.ts';
import type { MoveOutcome } from './move-reservation.ts';
import type { TicketChange } from './schema.ts';

/** Where each status may go: a ticket ends back in service or retired, and stays so. */
const NEXT: Record<TicketStatus, TicketStatus[]> = {
  open: ['in-repair', 'back-in-service', 'retired'],
  'in-repair': ['back-in-service', 'retired'],
  'back-in-service': [],
  retired: [],
};

/** A ticket the viewer may manage (staff of its point, admins), or 404 / 403. */
export const ticketOrThrow = async (deps: AppDeps, viewer: Viewer, ticketId: string) => {
  const ticket = await getTicket(deps, ticketId);
  if (!ticket) throw new AppError('not-found', 'There is no such maintenance ticket.');
  requirePoints(viewer, [ticket.pointId], 'manage maintenance tickets');
  return ticket;
};

/**
 * Staff move a ticket on. Each change is ONE transaction with the ticket conditioned on its status
 * and `updatedAt` as read (two staff at once: one lands, the other 409) and the unit's history:
 * - `in-repair`: the ticket alone (the unit stays in maintenance, its days blocked); then the
 *   opening's clearing and blocking run again, which finishes an opening that was interrupted;
 * - `back-in-service`: the unit back in service (conditioned on the unit as read) and its blocked
 *   days from today on released (each only where maintenance holds it); then the waiting list is
 *   offered those days (`unitDaysFreed`);
 * - `retired`: the unit retired and its blocked days released; then every future reservation of
 *   it still on it (days after the ticket's period) moves to another unit or is cancelled, with
 *   the e-mail, as a ticket's opening does.
 */
export const changeTicket = async (
  deps: AppDeps,
  { viewer, ticketId, change }: { viewer: Viewer; ticketId: string; change: TicketChange },
): Promise<{ ticket: MaintenanceTicketRecord; outcomes: MoveOutcome[] }> => {
  const before = await ticketOrThrow(deps, viewer, ticketId);
  if (change.expectedUpdatedAt && change.expectedUpdatedAt !== before.updatedAt)
    throw new AppError('conflict', `The ticket of ${before.assetTag} changed meanwhile: read it again.`);
  if (!NEXT[before.status].includes(change.status))
    throw new AppError(
      'conflict',
      `The ticket of ${before.assetTag} is ${before.status}: it cannot become ${change.status}.`,
      {
        extensions: { errors: [{ in: 'body', path: 'status', message: `Not from ${before.status}` }] },
      },
    );
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = cityDay(now, deps.config.timeZone);
  const ticket: MaintenanceTicketRecord = {
    ...before,
    status: change.status,
    updatedAt: at,
    history: [
      ...before.history,
      { at, by: viewer.id, status: change.status, ...(change.note ? { note: change.note } : {}) },
    ],
  };
  const items: TransactItem[] = [
    replaceTicketItem(deps, ticket, { status: before.status, updatedAt: before.updatedAt }),
    unitEventItem(deps, {
      unitId: before.unitId,
      at,
      kind: 'ticket-changed',
      by: viewer.id,
      ticketId: before.id,
      ticketStatus: change.status,
      ...(change.note ? { note: change.note } : {}),
    }),
  ];
  let freed: string[] = [];
  let unitAfter: UnitRecord | undefined;
  const held = await getModelWithUnits(deps, before.modelId);
  const unit = held?.units.find((candidate) => candidate.id === before.unitId);
  if (change.status !== 'in-repair') {
    if (!held || !unit || unit.status !== 'maintenance' || unit.maintenance?.ticketId !== before.id)
      throw new AppError('conflict', `${before.assetTag} is no longer in maintenance for this ticket.`);
    const { maintenance: _ended, ...rest } = unit;
    unitAfter = { ...rest, status: change.status === 'retired' ? 'retired' : 'in-service', updatedAt: at };
    // Days compare as text (YYYY-MM-DD): the later of the period's start and today.
    const from = [before.period.from, today].sort()[1] ?? today;
    freed = from <= before.period.to ? daysBetween(from, before.period.to) : [];
    items.push(
      replaceUnitItem(deps, unitAfter, unit.updatedAt),
      ...freed.map((day) => releaseMaintenanceDayItem(deps, unit.id, day)),
    );
  }
  if (!(await transact(deps, items)))
    throw new AppError('conflict', `The ticket of ${before.assetTag} changed meanwhile: read it again and retry.`);
  let outcomes: MoveOutcome[] = [];
  if (held && unit && change.status === 'in-repair' && unit.maintenance?.ticketId === before.id) {
    // The opening's work again, from today (each step conditioned, so a second pass changes
    // nothing): an opening interrupted after its first transaction is finished here.
    const period = { from: [before.period.from, today].sort()[1] ?? today, to: before.period.to };
    if (period.from <= period.to) {
      const leaving = { unit, model: held.model, by: viewer.id, why: 'maintenance' as const, ticketId: before.id };
      outcomes = await clearUnit(deps, leaving, period);
      await blockDays(deps, unit, period, now);
    }
  }
  if (held && unitAfter && change.status === 'back-in-service') {
    // Its days are free again: whoever waits for them is offered the unit.
    await unitDaysFreed(deps, { modelId: before.modelId, pointId: before.pointId, unitId: before.unitId, days: freed });
  }
  if (held && unitAfter && change.status === 'retired') {
    outcomes = await clearUnit(
      deps,
      { unit: unitAfter, model: held.model, by: viewer.id, why: 'retired', ticketId: before.id },
      { from: today },
    );
  }
  if (unitAfter) {
    await unitsShownChanged(deps, before.modelId);
    await availabilityChanged(deps, before.modelId);
  }
  return { ticket, outcomes };
};
