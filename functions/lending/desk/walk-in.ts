import { randomUUID } from 'node:crypto';
import { getUser, getUserIdByEmail } from '../../accounts/public.ts';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import { findCategory } from '../categories.ts';
import { daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { ReservationRecord, UnitCondition } from '../records.ts';
import { dayRuleErrors } from '../reservations/day-rules.ts';
import { MAX_TRANSACTION_ITEMS } from '../reservations/limit-windows.ts';
import { fieldsProblem, limitRefusal, trainingRefusal } from '../reservations/refusals.ts';
import { reserveTransaction } from '../reservations/transaction-items.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { borrowerItems } from '../waitlist/outcome-figures.ts';
import { checkedParts, type PartTick } from './checklist.ts';
import { deskPointOrThrow, scannedUnitOrThrow } from './desk-access.ts';
import { loanView } from './read-loan.ts';

export interface WalkInInput {
  /** The borrower's account e-mail (they have an account: limits and training are theirs). */
  email: string;
  assetTag: string;
  returnDay: string;
  parts: PartTick[];
  condition: UnitCondition;
  notes?: string;
  borrowerConfirmed: true;
}

/**
 * Staff lend a free unit now, without a reservation, to a person with an account (found by
 * their e-mail): from today to the return day, through the SAME transaction a reservation makes
 * (every day claimed only if free, the unit in service, the person's limits, the training), so a
 * walk-in can never take a reserved day, and a reservation made at the same moment for today
 * meets it on the same occupancy item: one of them lands. The loan starts at once (`out`).
 */
export const lendWalkIn = async (deps: AppDeps, options: { viewer: Viewer; pointId: string; input: WalkInInput }) => {
  const { viewer, pointId, input } = options;
  const point = await deskPointOrThrow(deps, viewer, pointId);
  const userId = await getUserIdByEmail(deps, input.email);
  const person = userId ? await getUser(deps, userId) : undefined;
  if (person?.status !== 'active')
    throw new AppError('not-found', 'No active account has this e-mail: the borrower signs up first.', {
      extensions: { errors: [{ in: 'body', path: 'email', message: 'No active account has this e-mail.' }] },
    });
  const { unit, model } = await scannedUnitOrThrow(deps, input.assetTag, { point });
  const category = findCategory(model.category);
  if (!category) throw new Error(`Model ${model.id} names the unknown category ${model.category}`);
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  // Same-day lending: no lead time, the other day rules as a reservation's.
  const errors = dayRuleErrors({
    model: { ...model, leadDays: 0 },
    limits: category.limits,
    point,
    pickUp: today,
    returnDay: input.returnDay,
    today,
  });
  // With no lead time, a pick-up day refused is today closed: said as such (`reason`), so the
  // form says it in the page's language instead of marking the return day.
  const returnErrors = errors.filter((error) => error.path !== 'pickUp');
  if (returnErrors.length < errors.length)
    throw new AppError('validation', 'The lending point is closed today: lend from its next opening day.', {
      extensions: { reason: 'closed-today', errors: returnErrors },
    });
  if (errors.length > 0) throw fieldsProblem(errors);
  const at = now.toISOString();
  const id = randomUUID();
  const loan: ReservationRecord = {
    id,
    userId: person.id,
    modelId: model.id,
    category: category.id,
    pointId: point.id,
    unitId: unit.id,
    pickUp: today,
    returnDay: input.returnDay,
    status: 'out',
    termsAcceptedAt: at,
    createdAt: at,
    updatedAt: at,
    walkIn: { by: viewer.id },
    handOver: {
      at,
      by: viewer.id,
      parts: checkedParts(model.parts, input.parts),
      condition: input.condition,
      ...(input.notes ? { notes: input.notes } : {}),
    },
  };
  const history = {
    item: unitEventItem(deps, {
      unitId: unit.id,
      at,
      kind: 'handed-over',
      by: viewer.id,
      reservationId: id,
      walkIn: true,
      condition: input.condition,
      ...(input.notes ? { note: input.notes } : {}),
    }),
    // Only another hand-over of this unit at the same instant collides here: its day is taken too.
    role: { role: 'day', day: today } as const,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const extras = await borrowerItems(deps, { userId: person.id, reservationId: id, now });
    const transaction = reserveTransaction(deps, loan, category.limits, now, { items: [...extras, history] });
    if (transaction.items.length > MAX_TRANSACTION_ITEMS)
      throw new Error('A walk-in run longer than a transaction holds');
    const outcome = await transactExplained(deps, transaction.items);
    if (outcome.written) {
      await availabilityChanged(deps, model.id);
      return loanView(deps, loan, today, { staff: true, point });
    }
    const failed = outcome.failed.map((index) => transaction.roles[index]).filter((role) => role !== undefined);
    // Their first loan landed meanwhile: once more, as a returning borrower.
    if (failed.some((role) => role.role === 'first-borrower')) continue;
    if (failed.some((role) => role.role === 'certification')) {
      const refused = await trainingRefusal(deps, person, category.id, now);
      if (refused) throw refused;
    }
    if (failed.some((role) => role.role === 'active' || role.role === 'window'))
      throw await limitRefusal(deps, { userId: person.id, category, failed, today });
    if (failed.some((role) => role.role === 'unit'))
      throw new AppError('conflict', `${unit.assetTag} is not in service (maintenance or retired).`, {
        extensions: { unitOutOfService: true, assetTag: unit.assetTag },
      });
    const taken = failed.flatMap((role) => (role.role === 'day' ? [role.day] : []));
    throw new AppError(
      'conflict',
      taken.length > 0
        ? `${unit.assetTag} is reserved or taken on ${taken.join(', ')}: choose an earlier return day or another unit.`
        : `${unit.assetTag} is being lent at this very moment: try again.`,
      { extensions: { taken: true, takenDays: [...new Set(taken)], days: daysBetween(today, input.returnDay).length } },
    );
  }
  throw new AppError('conflict', 'The borrower’s account keeps changing: try again.');
};
