import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { invalidField, modelWithUnitsOrThrow, unitOf } from '../catalogue/catalogue-access.ts';
import { MAINTENANCE_MAX_DAYS } from '../catalogue/start-maintenance.ts';
import { addDays } from '../opening-days.ts';
import { availabilityChanged, unitsShownChanged } from '../public-paths.ts';
import type { Day, MaintenanceTicketRecord, UnitRecord } from '../records.ts';
import { createTicketItem } from '../store/tickets.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { replaceUnitItem } from '../store/units.ts';
import { blockDays } from './block-days.ts';
import { clearUnit } from './clear-unit.ts';
import type { MoveOutcome } from './move-reservation.ts';

/** A ticket blocks this many days from today unless told otherwise. */
export const TICKET_DEFAULT_DAYS = 14;

export interface OpenTicketOptions {
  /** The staff member (user id). */
  by: string;
  modelId: string;
  unitId: string;
  reason: string;
  /** Days the ticket blocks from today on (today included); default 14, at most 62. */
  days?: number;
  fromReturn?: MaintenanceTicketRecord['fromReturn'];
}

/**
 * Opens a maintenance ticket on a unit in service: the unit goes into maintenance for `days` days
 * from today. No viewer check here (routes check `requirePoints`; the desk's take-back calls it).
 *
 * 1. ONE transaction: the unit's status `maintenance` (conditioned on the unit as read), the
 *    ticket, the unit's history event. From then on no reservation can take the unit: every
 *    claim carries a check that it is in service.
 * 2. Every reservation holding a day of the period moves to another free unit of the model at the
 *    same point, else is cancelled with an e-mail offering the next free dates (one transaction each).
 * 3. The period's days become occupancy items of kind `maintenance`, each written only where the
 *    day is free (a loan still out keeps its days until it comes back).
 *
 * 404 for an unknown model or unit; 409 when the unit is not in service (already in maintenance:
 * `ticketId` names its ticket) or changed meanwhile; 400 for `days` out of range.
 */
export const openTicket = async (deps: AppDeps, options: OpenTicketOptions): Promise<MaintenanceTicketRecord> =>
  (await openTicketTelling(deps, options)).ticket;

/** `openTicket`, also telling what became of the unit's reservations (the desk's page shows it). */
export const openTicketTelling = async (
  deps: AppDeps,
  options: OpenTicketOptions,
): Promise<{ ticket: MaintenanceTicketRecord; outcomes: MoveOutcome[] }> => {
  const days = options.days ?? TICKET_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAINTENANCE_MAX_DAYS)
    throw invalidField('body', 'days', `Between 1 and ${MAINTENANCE_MAX_DAYS} days`);
  const { model, units } = await modelWithUnitsOrThrow(deps, options.modelId);
  const unit = unitOf(units, options.modelId, options.unitId);
  if (unit.status !== 'in-service')
    throw new AppError('conflict', `${unit.assetTag} is ${unit.status}: only a unit in service gets a new ticket.`, {
      extensions: unit.maintenance?.ticketId ? { ticketId: unit.maintenance.ticketId } : {},
    });
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = cityDay(now, deps.config.timeZone);
  const period: { from: Day; to: Day } = { from: today, to: addDays(today, days - 1) };
  const ticket: MaintenanceTicketRecord = {
    id: randomUUID(),
    unitId: unit.id,
    modelId: unit.modelId,
    pointId: unit.pointId,
    assetTag: unit.assetTag,
    status: 'open',
    reason: options.reason,
    period,
    ...(options.fromReturn ? { fromReturn: options.fromReturn } : {}),
    openedBy: options.by,
    openedAt: at,
    updatedAt: at,
    history: [{ at, by: options.by, status: 'open' }],
  };
  const inMaintenance: UnitRecord = {
    ...unit,
    status: 'maintenance',
    maintenance: { ...period, ticketId: ticket.id },
    updatedAt: at,
  };
  const written = await transact(deps, [
    replaceUnitItem(deps, inMaintenance, unit.updatedAt),
    createTicketItem(deps, ticket),
    unitEventItem(deps, {
      unitId: unit.id,
      at,
      kind: 'ticket-opened',
      by: options.by,
      ticketId: ticket.id,
      ...(options.fromReturn ? { reservationId: options.fromReturn.reservationId } : {}),
      ticketStatus: 'open',
    }),
  ]);
  if (!written) throw new AppError('conflict', `${unit.assetTag} changed meanwhile: read it again and retry.`);
  const outcomes = await clearUnit(
    deps,
    { unit: inMaintenance, model, by: options.by, why: 'maintenance', ticketId: ticket.id },
    period,
  );
  await blockDays(deps, inMaintenance, period, now);
  await unitsShownChanged(deps, model.id);
  await availabilityChanged(deps, model.id);
  return { ticket, outcomes };
};
