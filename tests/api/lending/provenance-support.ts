import { randomUUID } from 'node:crypto';
import type { ReservationRecord, ReservationStatus } from '../../../functions/lending/records.ts';
import { createReservationItem, replaceReservationItem } from '../../../functions/lending/store/reservations.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * A loan as the desk leaves it, written through lending's stores (the desk's use cases are another
 * part's): a reservation made, then handed over (`out`), then, for `returned`, taken back at
 * `returnedAt`. `cancelled` and `reserved` stop earlier. For provenance: what a medium may name.
 */
export const loanFixture = async (
  deps: Deps,
  options: {
    userId: string;
    modelId: string;
    unitId: string;
    pointId: string;
    status: ReservationStatus;
    /** ISO instant of the take-back, for `returned` (default now). */
    returnedAt?: string;
    pickUp?: string;
    returnDay?: string;
  },
): Promise<ReservationRecord> => {
  const now = new Date().toISOString();
  const reserved: ReservationRecord = {
    id: randomUUID(),
    userId: options.userId,
    modelId: options.modelId,
    category: 'audio-recorder',
    pointId: options.pointId,
    unitId: options.unitId,
    pickUp: options.pickUp ?? '2026-11-20',
    returnDay: options.returnDay ?? '2026-11-24',
    status: 'reserved',
    termsAcceptedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await transact(deps, [createReservationItem(deps, reserved)]))) throw new Error('reservation not stored');
  if (options.status === 'reserved') return reserved;
  if (options.status === 'cancelled' || options.status === 'no-show') {
    const ended: ReservationRecord = {
      ...reserved,
      status: options.status,
      updatedAt: new Date(Date.parse(now) + 1).toISOString(),
      ...(options.status === 'cancelled' ? { cancelledAt: now } : { noShowAt: now }),
    };
    if (!(await transact(deps, [replaceReservationItem(deps, ended, reserved.updatedAt)])))
      throw new Error('reservation not ended');
    return ended;
  }
  const out: ReservationRecord = {
    ...reserved,
    status: 'out',
    handOver: { at: now, by: 'desk-staff', parts: [], condition: 'good' },
    updatedAt: new Date(Date.parse(now) + 1).toISOString(),
  };
  if (!(await transact(deps, [replaceReservationItem(deps, out, reserved.updatedAt)])))
    throw new Error('loan not handed over');
  if (options.status === 'out') return out;
  const at = options.returnedAt ?? now;
  const returned: ReservationRecord = {
    ...out,
    status: 'returned',
    takeBack: {
      at,
      by: 'desk-staff',
      parts: [],
      condition: 'good',
      recordings: 'handed-over',
      cardWiped: true,
      lateDays: 0,
    },
    updatedAt: new Date(Date.parse(now) + 2).toISOString(),
  };
  if (!(await transact(deps, [replaceReservationItem(deps, returned, out.updatedAt, 'out')])))
    throw new Error('loan not taken back');
  return returned;
};
