import type { DailyTask } from '../../platform/daily-task.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { giveBackActiveItem } from '../store/limits.ts';
import { listCountedLoansReturnedBefore, releaseCountedLoanItem } from '../store/reservations.ts';

/**
 * Each day, the reservations whose return day has passed stop counting against their person's
 * "reservations at once": one transaction each (the reservation taken off the list of counted
 * loans, conditioned on still being on it, and the counter −1), so a run repeated, or two runs
 * at once, give back once. A missed day is caught up: every counted loan returned before today
 * is on the list. (Taking back a unit at the point, early or late, is part 2's; until then the
 * return day stands for the return.)
 */
export const releaseReturnedLoans = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const figures = { released: 0, alreadyReleased: 0 };
  for (;;) {
    const due = await listCountedLoansReturnedBefore(deps, today);
    let progressed = false;
    for (const reservation of due) {
      const released = await transact(deps, [
        releaseCountedLoanItem(deps, reservation.id, now.toISOString()),
        giveBackActiveItem(deps, reservation.userId, reservation.category),
      ]);
      if (released) {
        figures.released++;
        progressed = true;
      } else figures.alreadyReleased++;
    }
    // A full page that released something: there may be more; otherwise done (the index may lag).
    if (due.length < 200 || !progressed) return figures;
  }
};

export const releaseReturnedLoansTask: DailyTask = { name: 'lending-release-returned', run: releaseReturnedLoans };
