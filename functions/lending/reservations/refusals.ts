import type { AppDeps } from '../../platform/deps.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { refuseUnlessCertifiedFor, requiredTrainingFor } from '../../training/public.ts';
import type { Category } from '../categories.ts';
import { addDays, dayCount } from '../opening-days.ts';
import type { Day, LendingPointRecord, ReservationRecord } from '../records.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { listReservationsOf } from '../store/reservations.ts';
import type { DayRun } from './limit-windows.ts';
import { NEXT_FREE_HORIZON_DAYS, nextFreeRuns } from './next-free-runs.ts';
import type { ItemRole } from './transaction-items.ts';

/**
 * Why a reservation's transaction was refused, told from the items whose conditions failed
 * (never guessed from a read made before the write): a 403 for the training, a 409 for a limit,
 * and, when only days were taken, nothing (the caller tries the next unit).
 */

/** A 400 naming the fields, as the API's validation problems do. */
export const fieldsProblem = (errors: FieldError[]) =>
  new AppError('validation', `Some fields are not valid: ${errors.map((e) => e.path).join(', ')}.`, {
    extensions: { errors },
  });

/** The training page of a module, in the person's language (web routes). */
const trainingLink = (moduleId: string, language: 'fr' | 'en') =>
  language === 'fr' ? `/formations/${moduleId}/` : `/en/training/${moduleId}/`;

/**
 * The 403 for a certification the write refused: which module, its title, what is wrong and
 * where to take it. Undefined when the person holds it now (certified meanwhile: try again).
 */
export const trainingRefusal = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  person: { id: string; language: 'fr' | 'en' },
  category: string,
  now: Date,
): Promise<AppError | undefined> => {
  try {
    await refuseUnlessCertifiedFor(deps, person.id, category, now);
    return undefined;
  } catch (error) {
    const module = requiredTrainingFor(category);
    if (!(error instanceof AppError) || !module) throw error;
    return new AppError('forbidden', error.message, {
      extensions: { ...error.extensions, link: trainingLink(module.id, person.language) },
    });
  }
};

/** The person's reservations of a category that are still held on `today` (reserved, not yet returned). */
const heldOf = (reservations: ReservationRecord[], category: string, today: Day) =>
  reservations.filter((r) => r.category === category && r.status === 'reserved' && r.returnDay >= today);

/** The 409 of a limit the write refused: which one, the person's figures, and when it frees. */
export const limitRefusal = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  options: { userId: string; category: Category; failed: ItemRole[]; today: Day },
): Promise<AppError> => {
  const { category, today } = options;
  const held = heldOf(await listReservationsOf(deps, options.userId), category.id, today);
  const limits = category.limits;
  if (options.failed.some((role) => role.role === 'active')) {
    const firstReturn = held.map((r) => r.returnDay).sort()[0];
    const freesOn = firstReturn ? addDays(firstReturn, 1) : undefined;
    return new AppError(
      'conflict',
      `You already hold ${limits.reservationsAtOnce} reservation(s) of ${category.name.en} at once, the most allowed.${
        freesOn ? ` One frees on ${freesOn}, after its return (or when you cancel one).` : ''
      }`,
      {
        extensions: {
          limit: { kind: 'reservations-at-once', max: limits.reservationsAtOnce, held: held.length, freesOn },
        },
      },
    );
  }
  const window = options.failed.find((role) => role.role === 'window');
  const endDay = window?.role === 'window' ? window.endDay : today;
  const from = addDays(endDay, -(limits.windowDays - 1));
  const daysHeld = held.reduce((sum, r) => sum + overlapDays(r, from, endDay), 0);
  // The window's oldest held day leaves it the day after the window's end moves past it: the
  // days from the end of the person's last run in it on are what a later reservation can take.
  const lastHeld = held
    .filter((r) => overlapDays(r, from, endDay) > 0)
    .map((r) => r.returnDay)
    .sort()
    .at(-1);
  return new AppError(
    'conflict',
    `These days would make more than ${limits.daysInWindow} day(s) of ${category.name.en} in the ${limits.windowDays} days from ${from} to ${endDay} (you hold ${daysHeld} there).`,
    {
      extensions: {
        limit: {
          kind: 'days-in-window',
          max: limits.daysInWindow,
          windowDays: limits.windowDays,
          window: { from, to: endDay },
          held: daysHeld,
          freesOn: lastHeld ? addDays(lastHeld, limits.windowDays) : undefined,
        },
      },
    },
  );
};

const overlapDays = (run: DayRun, from: Day, to: Day) => {
  const start = run.pickUp > from ? run.pickUp : from;
  const end = run.returnDay < to ? run.returnDay : to;
  return start > end ? 0 : dayCount(start, end);
};

/** The 409 when no unit is free for the days: the next free runs of the same length, from a fresh read of the calendar. */
export const noUnitRefusal = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  options: {
    modelId: string;
    point: LendingPointRecord;
    run: DayRun;
    earliest: Day;
    now: Date;
    /** A reservation being moved: its own days are no obstacle to the suggestions. */
    ignoreReservationId?: string;
  },
): Promise<AppError> => {
  const length = dayCount(options.run.pickUp, options.run.returnDay);
  // The later of the two days (ISO days sort as text).
  const from = [options.run.pickUp, options.earliest].sort()[1] as Day;
  const read = await readModelCalendar(deps, options.modelId, addDays(from, NEXT_FREE_HORIZON_DAYS + length));
  const calendar = {
    ...read,
    occupancies: read.occupancies.filter(
      (o) => !options.ignoreReservationId || o.reservationId !== options.ignoreReservationId,
    ),
  };
  const nextFree = nextFreeRuns({ calendar, point: options.point, length, from, now: options.now });
  return new AppError(
    'conflict',
    nextFree.length > 0
      ? `No unit is free for these days at this point. The next free dates for ${length} day(s): ${nextFree
          .map((run) => `${run.pickUp} to ${run.returnDay}`)
          .join(', ')}.`
      : `No unit is free for these days at this point, nor for ${length} day(s) in the next ${NEXT_FREE_HORIZON_DAYS} days.`,
    { extensions: { taken: true, nextFree } },
  );
};
