import type { WaitingEntryRecord } from '../../../functions/lending/records.ts';
import { getEntry } from '../../../functions/lending/store/waitlist.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { call, json, type LendingTest } from './reservations-support.ts';

/** The waiting list's api tests act through its routes, on fixtures of `reservations-support.ts`. */

export interface Days {
  modelId: string;
  pointId: string;
  pickUp: string;
  returnDay: string;
}

export const join = (test: LendingTest, cookie: string, days: Days) =>
  call(test, '/api/lending/waitlist', 'POST', cookie, days);

/** Joins and answers the entry's id (fails the test when refused). */
export const joined = async (test: LendingTest, cookie: string, days: Days) => {
  const response = await join(test, cookie, days);
  if (response.status !== 201) throw new Error(`join answered ${response.status}: ${await response.text()}`);
  return (await json<{ id: string }>(response)).id;
};

export const leave = (test: LendingTest, cookie: string, entryId: string) =>
  call(test, `/api/lending/waitlist/${entryId}`, 'DELETE', cookie);

export const claim = (test: LendingTest, cookie: string, entryId: string) =>
  call(test, `/api/lending/waitlist/${entryId}/claim`, 'POST', cookie, { acceptTerms: true });

export const cancel = (test: LendingTest, cookie: string, reservationId: string) =>
  call(test, `/api/lending/reservations/${reservationId}/cancel`, 'POST', cookie);

/** The entry as stored (strongly consistent). */
export const storedEntry = async (deps: AppDeps, entryId: string): Promise<WaitingEntryRecord> => {
  const entry = await getEntry(deps, entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  return entry;
};
