import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import { openTicket } from '../maintenance/open-ticket.ts';
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
 * Opens the maintenance ticket of a damaged or incomplete return through maintenance's
 * `openTicket` (the unit in maintenance from today, the reservations of the period moved to
 * another unit or cancelled with an e-mail, the days blocked). Undefined when no ticket could be
 * opened (the unit already in maintenance, or a failure): the return itself stands (it is
 * written), the failure is logged, and the loan keeps its faults for the desk to open one by hand.
 */
export const openReturnTicket = async (
  deps: AppDeps,
  faults: ReturnFaults,
): Promise<MaintenanceTicketRecord | undefined> => {
  try {
    return await openTicket(deps, {
      by: faults.by,
      modelId: faults.modelId,
      unitId: faults.unitId,
      reason: faults.reason,
      fromReturn: { reservationId: faults.reservationId, missing: faults.missing, damaged: faults.damaged },
    });
  } catch (error) {
    logger.warn('a faulty return opened no maintenance ticket', {
      unitId: faults.unitId,
      reservationId: faults.reservationId,
      error: error as Error,
    });
    return undefined;
  }
};
