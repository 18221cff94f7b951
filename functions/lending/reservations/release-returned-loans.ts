import type { DailyTask } from '../../platform/daily-task.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { giveBackActiveItem } from '../store/limits.ts';
import { listCountedLoansReturnedBefore, releaseCountedLoanItem } from '../store/reservations.ts';

/**
 * Each day, the reservations whose return day has passed stop counting against their person's
 * "reservations at once": one transaction each (the reservation taken off the list of counted
 * loans, conditioned on still being on it and reserved, and the counter −1), so a run repeated,
 * or two runs at once, give back once. A missed day is caught up: every counted loan returned
 * before today is on the list. Loans `out` (handed over at the desk) are skipped: they count
 * until the desk takes the unit back, late or not. A reservation never picked up is the
 * no-show task's (it gives back once, whichever of the two lands first).
 */
export const releaseReturnedLoans = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const figures = { released: 0, alreadyReleased: 0, stillOut: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await listCountedLoansReturnedBefore(deps, today, startKey);
    for (const reservation of page.items) {
      if (reservation.status === 'out') {
        figures.stillOut++;
        continue;
      }
      const released = await transact(deps, [
        releaseCountedLoanItem(deps, reservation.id, now.toISOString()),
        giveBackActiveItem(deps, reservation.userId, reservation.category),
      ]);
      if (released) figures.released++;
      else figures.alreadyReleased++;
    }
    startKey = page.lastKey;
  } while (startKey);
  return figures;
};

export const releaseReturnedLoansTask: DailyTask = { name: 'lending-release-returned', run: releaseReturnedLoans };
