import type { MaintenanceTicketRecord } from '../records.ts';
import type { TicketView } from './schema.ts';

/** A ticket as the API shows it (absent fields as null). */
export const toTicketView = (ticket: MaintenanceTicketRecord): TicketView => ({
  id: ticket.id,
  unitId: ticket.unitId,
  modelId: ticket.modelId,
  pointId: ticket.pointId,
  assetTag: ticket.assetTag,
  status: ticket.status,
  reason: ticket.reason,
  period: ticket.period,
  fromReturn: ticket.fromReturn ?? null,
  openedBy: ticket.openedBy,
  openedAt: ticket.openedAt,
  updatedAt: ticket.updatedAt,
  history: ticket.history.map((entry) => ({ ...entry, note: entry.note ?? null })),
});
