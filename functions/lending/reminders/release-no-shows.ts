import { getUser } from '../../accounts/public.ts';
import type { DailyTask } from '../../platform/daily-task.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import { type CategoryLimits, findCategory } from '../categories.ts';
import { addDays, daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { Day, ReservationRecord } from '../records.ts';
import { windowContributions } from '../reservations/limit-windows.ts';
import { unitDaysFreed } from '../reservations/unit-freed.ts';
import { giveBackActiveItem, windowDeltaItem } from '../store/limits.ts';
import { getModel } from '../store/models.ts';
import { releaseDayItem } from '../store/occupancy.ts';
import { getPoint, listPoints } from '../store/points.ts';
import { getReservation, listDesk, replaceReservationItem } from '../store/reservations.ts';
import { noShowMessage } from './reminder-mail.ts';

const JOB = 'lending-no-shows';

/**
 * The one transaction of a no-show: its days from today on released (each only if still this
 * reservation's; days already past are left to expire, nobody can take them), the reservation
 * marked `no-show` (only while still reserved and unchanged), its "at once" counter given back
 * unless the return-day task did already (then the write is conditioned on that staying so), and
 * the days it held in each window still running given back.
 */
export const noShowTransaction = (
  deps: Pick<AppDeps, 'tableName'>,
  before: ReservationRecord,
  noShow: ReservationRecord,
  limits: CategoryLimits,
  today: Day,
): { items: TransactItem[]; freed: Day[] } => {
  const freed =
    before.returnDay >= today ? daysBetween(before.pickUp > today ? before.pickUp : today, before.returnDay) : [];
  const counted = !before.activeReleasedAt;
  const items: TransactItem[] = [
    ...freed.map((day) => releaseDayItem(deps, before.unitId, day, before.id)),
    replaceReservationItem(deps, noShow, before.updatedAt, 'reserved', { stillCounted: counted }),
    ...(counted ? [giveBackActiveItem(deps, before.userId, before.category)] : []),
    ...[...windowContributions(before, limits.windowDays)]
      .filter(([endDay]) => endDay >= today)
      .map(([endDay, days]) =>
        windowDeltaItem(deps, {
          userId: before.userId,
          category: before.category,
          endDay,
          delta: -days,
          max: limits.daysInWindow,
        }),
      ),
  ];
  return { items, freed };
};

type Outcome = 'released' | 'changed';

const release = async (deps: AppDeps, reservationId: string, now: Date, today: Day): Promise<Outcome> => {
  // The desk list is an index: the reservation as stored decides (handed over, cancelled since).
  const before = await getReservation(deps, reservationId);
  if (before?.status !== 'reserved' || before.pickUp >= today) return 'changed';
  const category = findCategory(before.category);
  if (!category) throw new Error(`Reservation ${before.id} names the unknown category ${before.category}`);
  const at = now.toISOString();
  const noShow: ReservationRecord = { ...before, status: 'no-show', noShowAt: at, updatedAt: at };
  const { items, freed } = noShowTransaction(deps, before, noShow, category.limits, today);
  if (!(await transact(deps, items))) return 'changed';
  if (freed.length > 0) {
    await availabilityChanged(deps, before.modelId);
    await unitDaysFreed(deps, { modelId: before.modelId, pointId: before.pointId, unitId: before.unitId, days: freed });
  }
  await tellPerson(deps, noShow);
  return 'released';
};

/**
 * The person is told (once: only the run whose transaction landed gets here). A failure is
 * logged and undoes nothing: the release stands and shows in their loans.
 */
const tellPerson = async (deps: AppDeps, reservation: ReservationRecord) => {
  try {
    const [person, model, point] = await Promise.all([
      getUser(deps, reservation.userId),
      getModel(deps, reservation.modelId),
      getPoint(deps, reservation.pointId),
    ]);
    if (!person || !model || !point) return;
    await deps.mailer.send(noShowMessage(deps, { reservation, model, point, person }));
  } catch (error) {
    logger.warn('no-show notice not sent', { reservationId: reservation.id, error: error as Error });
  }
};

/**
 * Each day, the reservations still `reserved` after their pick-up day (the point closed without
 * a hand-over) are released, point by point (one Query of each point's pick-ups up to
 * yesterday): days, counters, status `no-show`; then the freed days are offered to the waiting
 * list, and the person is told. Each release is conditioned on the reservation as read: two runs at once, or a run
 * repeated, release once, and a hand-over landing meanwhile wins.
 */
export const releaseNoShows = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const yesterday = addDays(today, -1);
  const figures: Record<Outcome | 'failed', number> = { released: 0, changed: 0, failed: 0 };
  for (const point of await listPoints(deps)) {
    for (const listed of await listDesk(deps, point.id, 'PICKUP', { to: yesterday })) {
      try {
        figures[await release(deps, listed.id, now, today)]++;
      } catch (error) {
        figures.failed++;
        logger.warn('no-show not released', { reservationId: listed.id, error: error as Error });
      }
    }
  }
  return figures;
};

export const releaseNoShowsTask: DailyTask = { name: JOB, run: releaseNoShows };
