import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../functions/lending/opening-days.ts';
import type { ReservationRecord } from '../../../functions/lending/records.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, call, citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';
import { storedUnit } from './tickets-support.ts';

/**
 * "Maintenance racing a reservation": a ticket opened on a unit while 50 people reserve the same
 * model and days (the unit they all try first). Asserted on the stored items: every (unit, day)
 * has one holder, the ticket's unit holds only maintenance, and every reservation that was
 * answered 201 is either reserved on another unit (its days there, all its own) or cancelled with
 * its counters given back.
 */
describe('a ticket opening racing 50 reservations of the same unit and days', () => {
  for (const delayMs of [0, 40]) {
    it(`ticket sent ${delayMs} ms after the reservations: each day held by exactly one, no reservation left on the unit`, async () => {
      const test = await makeTestApp({ clock: lendingClock() });
      const point = await pointFixture(test.deps, CAPUCINS);
      const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 3 });
      const first = units[0];
      if (!first) throw new Error('units expected');
      const staff = await personAt(test.deps, 'staff', [point.id]);
      const people = await Promise.all(Array.from({ length: 50 }, () => citizen(test.deps)));
      const run = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-03' };

      const [answers, ticketAnswer] = await Promise.all([
        Promise.all(people.map((person) => reserve(test, person.cookie, run))),
        sleep(delayMs).then(() =>
          call(test, '/api/lending/tickets', 'POST', staff.cookie, {
            assetTag: first.assetTag,
            pointId: point.id,
            reason: 'Course',
            days: 5,
          }),
        ),
      ]);

      expect(ticketAnswer.status).toBe(201);
      const opened = await json<{ ticket: { id: string }; moved: number; cancelled: number }>(ticketAnswer);
      expect(await storedUnit(test.deps, model.id, first.id)).toMatchObject({
        status: 'maintenance',
        maintenance: { ticketId: opened.ticket.id },
      });
      const statuses = answers.map((a) => a.status);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      const winners: { index: number; id: string }[] = [];
      for (const [index, answer] of answers.entries()) {
        if (answer.status === 201) winners.push({ index, id: (await json<{ id: string }>(answer)).id });
      }
      // At most one reservation per unit for these days ever landed (three units).
      expect(winners.length).toBeGreaterThanOrEqual(1);
      expect(winners.length).toBeLessThanOrEqual(3);

      // The ticket's unit: its five days are maintenance's, nothing else.
      expect((await unitDays(test.deps, first.id)).map((d) => [d.day, d.kind, d.reservationId ?? null])).toEqual(
        daysBetween('2026-12-01', '2026-12-05').map((day) => [day, 'maintenance', null]),
      );

      // Every reservation answered 201: on another unit and still reserved, or cancelled (with its counters back).
      const stored: ReservationRecord[] = [];
      for (const winner of winners) {
        const reservation = await getReservation(test.deps, winner.id);
        if (!reservation) throw new Error(`reservation ${winner.id} not stored`);
        stored.push(reservation);
        const person = people[winner.index];
        if (!person) throw new Error('person expected');
        if (reservation.status === 'reserved') {
          expect(reservation.unitId).not.toBe(first.id);
        } else {
          expect(reservation).toMatchObject({ status: 'cancelled', unitId: first.id, movedAt: expect.any(String) });
          expect((await borrowerCounters(test.deps, person.user.id)).get('ACTIVE#listening-player')).toBe(0);
        }
      }
      expect(opened.moved + opened.cancelled).toBe(stored.filter((r) => r.movedAt).length);

      // The other units: each stored day belongs to exactly the reserved reservation on it, and vice versa.
      for (const unit of units.slice(1)) {
        const expected = stored
          .filter((r) => r.status === 'reserved' && r.unitId === unit.id)
          .flatMap((r) => daysBetween(r.pickUp, r.returnDay).map((day) => [day, r.id]));
        expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.reservationId]).sort()).toEqual(
          expected.sort(),
        );
      }
      // Two units stay lendable for these days: whoever landed and was not cancelled fits on them.
      expect(stored.filter((r) => r.status === 'reserved').length).toBeLessThanOrEqual(2);
      // Losers hold nothing.
      for (const [index, person] of people.entries()) {
        if (winners.some((w) => w.index === index)) continue;
        expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
      }
    }, 120_000);
  }
});
