import { expect } from 'vitest';
import type { ReservationRecord } from '../../../functions/lending/records.ts';
import { getReservation, replaceReservationItem } from '../../../functions/lending/store/reservations.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';

/**
 * The daily tasks' tests set loans out and back through the reservation store (the desk's
 * hand-over and take-back write the same item), so that they depend on no desk route.
 */

const stored = async (deps: AppDeps, id: string): Promise<ReservationRecord> => {
  const reservation = await getReservation(deps, id);
  if (!reservation) throw new Error(`no reservation ${id}`);
  return reservation;
};

/** The reservation handed over now: `out`, on its point's desk list by return day. */
export const handOverInStore = async (deps: AppDeps, id: string) => {
  const before = await stored(deps, id);
  const at = deps.clock.now().toISOString();
  const out: ReservationRecord = {
    ...before,
    status: 'out',
    handOver: { at, by: 'test-staff', parts: [], condition: 'good' },
    updatedAt: at,
  };
  expect(await transact(deps, [replaceReservationItem(deps, out, before.updatedAt)])).toBe(true);
};

/** The loan taken back now: `returned`, off the desk lists. */
export const takeBackInStore = async (deps: AppDeps, id: string) => {
  const before = await stored(deps, id);
  const at = deps.clock.now().toISOString();
  const returned: ReservationRecord = {
    ...before,
    status: 'returned',
    takeBack: { at, by: 'test-staff', parts: [], condition: 'good', recordings: 'none', cardWiped: true, lateDays: 0 },
    updatedAt: at,
  };
  expect(await transact(deps, [replaceReservationItem(deps, returned, before.updatedAt, 'out')])).toBe(true);
};

/**
 * The table's client of a daily job stopped midway, as a Lambda cut by its timeout: every request
 * after the `allowed`-th claim of a reminder marker of one of `targets` fails, that claim included.
 */
export const interruptedAfterClaims = (deps: AppDeps, targets: readonly string[], allowed: number): AppDeps => {
  let claims = 0;
  let stopped = false;
  const send = ((command: { input?: { Item?: { pk?: unknown } } }) => {
    if (stopped) return Promise.reject(Object.assign(new Error('Task timed out'), { name: 'TimeoutError' }));
    const pk = command.input?.Item?.pk;
    if (typeof pk === 'string' && pk.startsWith('SENT#lending-reminders') && targets.some((t) => pk.endsWith(t))) {
      claims++;
      if (claims > allowed) {
        stopped = true;
        return Promise.reject(Object.assign(new Error('Task timed out'), { name: 'TimeoutError' }));
      }
    }
    return deps.db.send(command as never);
  }) as AppDeps['db']['send'];
  return { ...deps, db: { ...deps.db, send } as AppDeps['db'] };
};
