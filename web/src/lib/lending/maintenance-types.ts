/** The shapes the desk's maintenance page reads (the API's `LendingTickets`). */
import type { TicketStep } from './maintenance-calls.ts';
import type { ReturnParts } from './maintenance-problem.ts';

export type TicketStatus = 'open' | 'in-repair' | 'back-in-service' | 'retired';

export interface TicketRow {
  id: string;
  assetTag: string;
  modelName: string;
  status: TicketStatus;
  reason: string;
  period: { from: string; to: string };
  fromReturn: ReturnParts | null;
  updatedAt: string;
}

/** The steps a ticket may take next, in the order the buttons show them. Pure. */
export const nextSteps = (status: TicketStatus): TicketStep[] =>
  status === 'open'
    ? ['in-repair', 'back-in-service', 'retired']
    : status === 'in-repair'
      ? ['back-in-service', 'retired']
      : [];
