import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay } from '../../platform/sent-once.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { ItemRole } from '../reservations/transaction-items.ts';
import { addOutcomesItem, countAttempt } from '../store/outcomes.ts';
import { firstReservationItem, isFirstTimeBorrower } from '../store/waitlist.ts';

/** The city's month (`YYYY-MM`) of an instant: figures are counted in the city's calendar. */
export const cityMonth = (deps: Pick<AppDeps, 'config'>, at: Date) => cityDay(at, deps.config.timeZone).slice(0, 7);

/**
 * What a reservation's transaction carries for the fairness figures: the person's first
 * reservation remembered (when they have none: conditioned, so two first reservations racing
 * cannot both count as first) and the month's loans (and first-time borrowers served) counted.
 */
export const borrowerItems = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'config'>,
  options: { userId: string; reservationId: string; now: Date; claims?: number },
): Promise<{ item: TransactItem; role: ItemRole }[]> => {
  const first = await isFirstTimeBorrower(deps, options.userId);
  const at = options.now.toISOString();
  return [
    ...(first
      ? [
          {
            item: firstReservationItem(deps, options.userId, options.reservationId, at),
            role: { role: 'first-borrower' } as const,
          },
        ]
      : []),
    {
      item: addOutcomesItem(deps, cityMonth(deps, options.now), {
        loans: 1,
        firstTimeServed: first ? 1 : 0,
        claims: options.claims ?? 0,
      }),
      role: { role: 'outcome' },
    },
  ];
};

/**
 * Runs a reservation attempt and counts it in the month's figures, refused or not. A 400 (the
 * request itself invalid) is no attempt; a refusal (403 training, 409 taken or a limit) is. The
 * count is a write of its own after the answer is known: a refused attempt writes nothing else.
 */
export const countedAttempt = async <T>(deps: AppDeps, attempt: () => Promise<T>): Promise<T> => {
  const month = cityMonth(deps, deps.clock.now());
  // A figure not counted never changes the person's answer.
  const count = (refused: boolean) =>
    countAttempt(deps, month, refused).catch((error: unknown) =>
      logger.warn('lending attempt not counted', { month, error: error as Error }),
    );
  try {
    const result = await attempt();
    await count(false);
    return result;
  } catch (error) {
    if (error instanceof AppError && (error.kind === 'conflict' || error.kind === 'forbidden')) await count(true);
    throw error;
  }
};
