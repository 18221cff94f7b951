import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import { unitsFreeOn } from '../availability.ts';
import { findCategory } from '../categories.ts';
import { addDays, daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { Day, ReservationRecord } from '../records.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { getModel } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { borrowerItems, countedAttempt } from '../waitlist/outcome-figures.ts';
import { dayRuleErrors } from './day-rules.ts';
import { MAX_TRANSACTION_ITEMS } from './limit-windows.ts';
import { fieldsProblem, limitRefusal, noUnitRefusal, trainingRefusal } from './refusals.ts';
import { sendReservationNotice } from './reservation-mail.ts';
import { toReservationView } from './reservation-view.ts';
import { reserveTransaction } from './transaction-items.ts';

export interface ReserveInput {
  modelId: string;
  pointId: string;
  pickUp: Day;
  returnDay: Day;
}

/** The model, its point and its category, or the 404 / 400 that says which is missing. */
export const reservableOrThrow = async (deps: AppDeps, modelId: string, pointId: string) => {
  const [model, point] = await Promise.all([getModel(deps, modelId), getPoint(deps, pointId)]);
  if (!model) throw new AppError('not-found', 'There is no such model.');
  if (!point) throw new AppError('not-found', 'There is no such lending point.');
  const category = findCategory(model.category);
  // A model naming a category the city removed from its file is a deployment mistake.
  if (!category) throw new Error(`Model ${model.id} names the unknown category ${model.category}`);
  return { model, point, category };
};

/**
 * The model, point and category of a request for days, once the days meet the rules (400 naming
 * the field otherwise): what a reservation and a waiting-list join both check first.
 */
export const requestedDaysOrThrow = async (deps: AppDeps, input: ReserveInput, now: Date) => {
  const today = cityDay(now, deps.config.timeZone);
  const { model, point, category } = await reservableOrThrow(deps, input.modelId, input.pointId);
  const errors = dayRuleErrors({
    model,
    limits: category.limits,
    point,
    pickUp: input.pickUp,
    returnDay: input.returnDay,
    today,
  });
  if (errors.length > 0) throw fieldsProblem(errors);
  return { model, point, category, today };
};

/**
 * A signed-in person reserves a model at a point for a run of days. The days are checked first
 * (400 naming the field). Then units the calendar shows free are tried in order, each with ONE
 * transaction (every day of the unit, the reservation, the limits, the certification): the
 * write decides, never the read. A unit taken meanwhile: the next one. The training missing: 403.
 * A limit reached: 409 saying which. No unit left: 409 with the next free dates.
 */
export const reserveEquipment = (deps: AppDeps, options: { viewer: Viewer; input: ReserveInput }) =>
  countedAttempt(deps, () => reserveOnce(deps, options));

const reserveOnce = async (deps: AppDeps, options: { viewer: Viewer; input: ReserveInput }) => {
  const { viewer, input } = options;
  const now = deps.clock.now();
  const { model, point, category, today } = await requestedDaysOrThrow(deps, input, now);

  const days = daysBetween(input.pickUp, input.returnDay);
  const calendar = await readModelCalendar(deps, model.id, input.returnDay);
  const at = now.toISOString();
  const id = randomUUID();
  const units = unitsFreeOn(calendar, point.id, days, now);
  let extras = await borrowerItems(deps, { userId: viewer.id, reservationId: id, now });
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as (typeof units)[number];
    const reservation: ReservationRecord = {
      id,
      userId: viewer.id,
      modelId: model.id,
      category: category.id,
      pointId: point.id,
      unitId: unit.id,
      pickUp: input.pickUp,
      returnDay: input.returnDay,
      status: 'reserved',
      termsAcceptedAt: at,
      createdAt: at,
      updatedAt: at,
    };
    const transaction = reserveTransaction(deps, reservation, category.limits, now, { items: extras });
    if (transaction.items.length > MAX_TRANSACTION_ITEMS) {
      throw fieldsProblem([
        { in: 'body', path: 'returnDay', message: 'This run of days is too long to reserve in one go.' },
      ]);
    }
    const outcome = await transactExplained(deps, transaction.items);
    if (outcome.written) {
      await availabilityChanged(deps, model.id);
      await sendReservationNotice(deps, 'confirmed', { reservation, model, point, person: viewer });
      return toReservationView(reservation, { model, point }, today);
    }
    const failed = outcome.failed.map((item) => transaction.roles[item]).filter((role) => role !== undefined);
    if (failed.some((role) => role.role === 'first-borrower')) {
      // Their first reservation landed meanwhile (another tab): the same unit again, as a returning borrower.
      extras = await borrowerItems(deps, { userId: viewer.id, reservationId: id, now });
      index--;
      continue;
    }
    if (failed.some((role) => role.role === 'certification')) {
      const refused = await trainingRefusal(deps, viewer, category.id, now);
      if (refused) throw refused;
    }
    if (failed.some((role) => role.role === 'active' || role.role === 'window')) {
      throw await limitRefusal(deps, { userId: viewer.id, category, failed, today });
    }
    // One of its days was taken meanwhile, or the unit left service (maintenance, retired, moved),
    // or it kept colliding: the next unit.
  }
  // Nothing was free to try: a person without the training still hears about the training first.
  const untrained = await trainingRefusal(deps, viewer, category.id, now);
  if (untrained) throw untrained;
  throw await noUnitRefusal(deps, {
    modelId: model.id,
    point,
    run: input,
    earliest: addDays(today, model.leadDays),
    now,
  });
};
