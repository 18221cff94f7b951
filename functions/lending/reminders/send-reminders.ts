import { getUser } from '../../accounts/public.ts';
import type { DailyTask } from '../../platform/daily-task.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay, claimDailySend, releaseDailySend } from '../../platform/sent-once.ts';
import { addDays } from '../opening-days.ts';
import type { LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { listPoints } from '../store/points.ts';
import { getReservation, listDesk } from '../store/reservations.ts';
import { reminderMessage } from './reminder-mail.ts';
import { noticeDue } from './schedule.ts';

const JOB = 'lending-reminders';

type Outcome = 'sent' | 'failed' | 'alreadySent' | 'skipped';

/**
 * One loan's notice of the day, if one is due. Everything the message needs is read first; then
 * the marker of (notice, loan, day) is claimed (`sent-once.ts`: of two runs at once, one claims),
 * and the message sent. A refused or failed sending gives the marker back, so the next run
 * tries again; it is logged and never fails the task. Nothing but the mail service stands
 * between the claim and the sending: a run stopped anywhere else sends, when run again, exactly
 * what it had not sent.
 */
const remind = async (
  deps: AppDeps,
  options: { reservationId: string; point: LendingPointRecord; now: Date; today: string; models: ModelReader },
): Promise<Outcome> => {
  const { point, now, today } = options;
  // The desk list is an index: the reservation as it is now decides (picked up, returned since).
  const reservation = await getReservation(deps, options.reservationId);
  const due = reservation && noticeDue(reservation, today);
  if (!reservation || !due) return 'skipped';
  const [person, model] = await Promise.all([getUser(deps, reservation.userId), options.models(reservation.modelId)]);
  if (!person || person.status === 'erasing' || !model) return 'skipped';
  const message = reminderMessage(deps, due, { reservation, model, point, person });
  // One marker per (notice, loan, day the notice is for): an overdue one refused today is tried tomorrow.
  const send = { job: `${JOB}-${due.notice}`, target: reservation.id, day: due.since };
  if (!(await claimDailySend(deps, send, now))) return 'alreadySent';
  try {
    await deps.mailer.send(message);
    return 'sent';
  } catch (error) {
    logger.warn('loan reminder not sent; the next run tries again', {
      notice: due.notice,
      reservationId: reservation.id,
      error: error as Error,
    });
    await releaseDailySend(deps, send);
    return 'failed';
  }
};

type ModelReader = (modelId: string) => Promise<ModelRecord | undefined>;

/** Each model read once per run (a point lends a few dozen). */
const modelReader = (deps: AppDeps): ModelReader => {
  const read = new Map<string, Promise<ModelRecord | undefined>>();
  return (modelId) => {
    const known = read.get(modelId) ?? getModel(deps, modelId);
    read.set(modelId, known);
    return known;
  };
};

/** The loans of a point a notice may be due for today: pick-ups tomorrow, loans due back by tomorrow. */
const candidates = async (deps: AppDeps, pointId: string, tomorrow: string): Promise<ReservationRecord[]> => {
  const [pickUps, out] = await Promise.all([
    listDesk(deps, pointId, 'PICKUP', { from: tomorrow, to: tomorrow }),
    listDesk(deps, pointId, 'OUT', { to: tomorrow }),
  ]);
  return [...pickUps, ...out];
};

/**
 * The daily reminders of loans, point by point (each point's desk lists: two Queries), each with
 * its own words: pick-up tomorrow, return tomorrow, overdue (the day after the return day and
 * every 3 days after; one not sent is tried at the next runs of its 3 days). Run twice, at once or
 * one after the other, it sends each notice once.
 */
export const sendLoanReminders = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const tomorrow = addDays(today, 1);
  const models = modelReader(deps);
  const figures: Record<Outcome, number> = { sent: 0, failed: 0, alreadySent: 0, skipped: 0 };
  for (const point of await listPoints(deps)) {
    for (const listed of await candidates(deps, point.id, tomorrow)) {
      if (!noticeDue(listed, today)) continue;
      try {
        figures[await remind(deps, { reservationId: listed.id, point, now, today, models })]++;
      } catch (error) {
        // A read or a marker that failed: this loan waits for the next run, the others go on.
        figures.failed++;
        logger.warn('loan reminder not handled', { reservationId: listed.id, error: error as Error });
      }
    }
  }
  return figures;
};

export const loanRemindersTask: DailyTask = { name: JOB, run: sendLoanReminders };
