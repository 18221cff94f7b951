import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import type { Day } from '../records.ts';
import { offerFreedDays } from '../waitlist/offer-freed-days.ts';

/** Days of a unit that just became free: a cancellation, a date change releasing days, an erasure, the end of a maintenance. */
export interface FreedDays {
  modelId: string;
  pointId: string;
  unitId: string;
  days: Day[];
}

/**
 * Called after a transaction that freed days of a unit has been written: the waiting list offers
 * the first person waiting a hold on those days (its own conditioned writes). A failure here is
 * logged and never undoes what freed the days: the daily task passes on ended holds, and the next
 * freeing of the unit offers again.
 */
export const unitDaysFreed = async (deps: AppDeps, freed: FreedDays): Promise<void> => {
  try {
    await offerFreedDays(deps, freed);
  } catch (error) {
    logger.warn('freed days not offered to the waiting list', {
      ...freed,
      days: freed.days.length,
      error: error as Error,
    });
  }
};
