import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import type { Localized, MaintenanceTicketRecord } from '../records.ts';

/** What a take-back found wrong, for the maintenance ticket it opens. */
export interface ReturnFaults {
  by: string;
  modelId: string;
  unitId: string;
  reservationId: string;
  missing: Localized[];
  damaged: Localized[];
  reason: string;
}

/**
 * Opens the maintenance ticket of a damaged or incomplete return (maintenance's `openTicket`:
 * the unit's days blocked, future reservations moved or cancelled with an e-mail). Undefined
 * when no ticket could be opened: the return itself stands (it is written), the failure is
 * logged and the desk sees the faults on the loan to open the ticket by hand.
 */
export const openReturnTicket = async (
  _deps: AppDeps,
  faults: ReturnFaults,
): Promise<MaintenanceTicketRecord | undefined> => {
  // Wired to functions/lending/maintenance/open-ticket.ts once maintenance lands on main.
  logger.warn('return faults recorded without a maintenance ticket', {
    unitId: faults.unitId,
    reservationId: faults.reservationId,
  });
  return undefined;
};
