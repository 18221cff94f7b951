import type { ModelRecord, UnitRecord } from '../../../functions/lending/records.ts';
import { makeTestApp } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { call, citizen, json, type LendingTest, lendingClock, reserve } from './reservations-support.ts';

/**
 * The desk's api tests: a point open Tuesday to Saturday, today Tuesday 1 December 2026, a model
 * (a listening player unless said) with units there, its staff, and a citizen who reserves.
 */

export interface LoanView {
  id: string;
  status: string;
  walkIn: boolean;
  pickUp: string;
  returnDay: string;
  overdueDays: number;
  unit: { id: string; assetTag: string };
  model: { id: string; name: string };
  point: { id: string; name: string; hours?: Record<string, unknown> };
  borrower?: { name: string | null; email?: string };
  checklist: { name: { fr: string; en: string }; quantity: number; present?: boolean }[];
  handOver?: { parts: { present: boolean }[]; condition: string };
  takeBack?: {
    lateDays: number;
    recordings: string;
    parts: { present: boolean; damaged?: boolean }[];
    ticketId?: string;
  };
}

export const deskSetUp = async (
  options: { units?: number; category?: string; parts?: ModelRecord['parts']; maxLoanDays?: number } = {},
) => {
  const clock = lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, {
    pointIds: [point.id],
    category: options.category,
    units: options.units ?? 2,
    overrides: {
      parts: options.parts ?? [
        { name: { fr: 'Baladeur', en: 'Player' }, quantity: 1 },
        { name: { fr: 'Casque', en: 'Headphones' }, quantity: 1 },
      ],
      ...(options.maxLoanDays ? { maxLoanDays: options.maxLoanDays } : {}),
    },
  });
  const staff = await personAt(test.deps, 'staff', [point.id]);
  const person = await citizen(test.deps);
  return { test, clock, point, model, units: units as [UnitRecord, UnitRecord, ...UnitRecord[]], staff, person };
};

/** A reservation made through the reservations route (fails the test when refused). */
export const reserved = async (
  test: LendingTest,
  cookie: string,
  days: { modelId: string; pointId: string; pickUp: string; returnDay: string },
) => {
  const response = await reserve(test, cookie, days);
  if (response.status !== 201) throw new Error(`reserve answered ${response.status}: ${await response.text()}`);
  return json<{ id: string }>(response);
};

const ticks = (count: number, present = true) => Array.from({ length: count }, () => ({ present }));

export const handOverBody = (reservationId: string, assetTag: string, parts = 2) => ({
  assetTag,
  checklist: { reservationId, parts: ticks(parts) },
  condition: 'good',
  borrowerConfirmed: true,
});

export const takeBackBody = (
  reservationId: string,
  assetTag: string,
  parts: { present: boolean; damaged?: boolean }[] = ticks(2),
) => ({
  assetTag,
  checklist: { reservationId, parts },
  condition: 'good',
  recordings: 'none',
  cardWiped: true,
});

export const handOver = (test: LendingTest, cookie: string, pointId: string, id: string, body: unknown) =>
  call(test, `/api/lending/desk/${pointId}/loans/${id}/hand-over`, 'POST', cookie, body);

export const takeBack = (test: LendingTest, cookie: string, pointId: string, id: string, body: unknown) =>
  call(test, `/api/lending/desk/${pointId}/loans/${id}/take-back`, 'POST', cookie, body);

export const walkIn = (test: LendingTest, cookie: string, pointId: string, body: unknown) =>
  call(test, `/api/lending/desk/${pointId}/walk-ins`, 'POST', cookie, body);

export const walkInBody = (email: string, assetTag: string, returnDay: string, parts = 2) => ({
  email,
  assetTag,
  returnDay,
  parts: ticks(parts),
  condition: 'good',
  borrowerConfirmed: true,
});

/** The unit's history as stored (newest first). */
export { listUnitEvents } from '../../../functions/lending/store/unit-history.ts';
