import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../functions/lending/opening-days.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { getTicket } from '../../../functions/lending/store/tickets.ts';
import { makeTestApp, problemOf } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, call, citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';
import { storedHistory, storedUnit } from './tickets-support.ts';
import { joined, storedEntry } from './waitlist-support.ts';

interface Ticket {
  id: string;
  status: string;
  assetTag: string;
  updatedAt: string;
  period: { from: string; to: string };
  history: { status: string; note: string | null }[];
}
interface Opened {
  ticket: Ticket;
  moved: number;
  cancelled: number;
}

/** A point with a model of `units` units, its staff, and staff of another point. */
const desk = async (units = 2) => {
  const clock = lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const elsewhere = await pointFixture(test.deps, CAPUCINS);
  const held = await modelFixture(test.deps, { pointIds: [point.id], units });
  const staff = await personAt(test.deps, 'staff', [point.id]);
  const otherStaff = await personAt(test.deps, 'staff', [elsewhere.id]);
  return { test, clock, point, elsewhere, ...held, staff, otherStaff };
};

const openByTag = (
  test: Awaited<ReturnType<typeof desk>>['test'],
  cookie: string,
  body: { assetTag: string; pointId?: string; reason: string; days?: number },
) => call(test, '/api/lending/tickets', 'POST', cookie, body);

describe('tickets at the desk', () => {
  it('open by asset tag, listed on the point, in repair, back in service: the days freed go to the waiting list', async () => {
    const { test, clock, point, model, units, staff } = await desk(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    // Scanned tags come in any case.
    const answer = await openByTag(test, staff.cookie, {
      assetTag: unit.assetTag.toLowerCase(),
      pointId: point.id,
      reason: 'Bouton d’enregistrement bloqué',
      days: 5,
    });
    expect(answer.status).toBe(201);
    const opened = await json<Opened>(answer);
    expect(opened).toMatchObject({
      ticket: { status: 'open', assetTag: unit.assetTag, period: { from: '2026-12-01', to: '2026-12-05' } },
      moved: 0,
      cancelled: 0,
    });
    const listed = await json<{ tickets: (Ticket & { modelName: string })[] }>(
      await call(test, `/api/lending/tickets?pointId=${point.id}`, 'GET', staff.cookie),
    );
    expect(listed.tickets.map((t) => [t.id, t.status, t.modelName])).toEqual([[opened.ticket.id, 'open', model.name]]);

    // Someone waits for days the ticket blocks.
    const person = await citizen(test.deps);
    const entry = await joined(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    });

    clock.advance(60_000);
    const repair = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'in-repair',
      note: 'Envoyé au fabricant',
      expectedUpdatedAt: opened.ticket.updatedAt,
    });
    expect(repair.status).toBe(200);
    const inRepair = (await json<Opened>(repair)).ticket;
    expect(inRepair.history.map((h) => [h.status, h.note])).toEqual([
      ['open', null],
      ['in-repair', 'Envoyé au fabricant'],
    ]);
    // Still blocked while in repair.
    expect((await unitDays(test.deps, unit.id)).every((d) => d.kind === 'maintenance')).toBe(true);

    clock.advance(60_000);
    const back = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'back-in-service',
      expectedUpdatedAt: inRepair.updatedAt,
    });
    expect(back.status).toBe(200);
    expect(await getTicket(test.deps, opened.ticket.id)).toMatchObject({ status: 'back-in-service' });
    expect(await storedUnit(test.deps, model.id, unit.id)).toMatchObject({ status: 'in-service' });
    expect((await storedUnit(test.deps, model.id, unit.id))?.maintenance).toBeUndefined();
    // The maintenance days are gone; the waiting person holds theirs.
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind])).toEqual([
      ['2026-12-03', 'hold'],
      ['2026-12-04', 'hold'],
    ]);
    expect((await storedEntry(test.deps, entry)).status).toBe('offered');
    // Off the desk's list once back in service.
    const after = await json<{ tickets: Ticket[] }>(
      await call(test, `/api/lending/tickets?pointId=${point.id}`, 'GET', staff.cookie),
    );
    expect(after.tickets).toEqual([]);
    // The status as data (each page names it in its language); the note is the staff's words.
    expect((await storedHistory(test.deps, unit.id)).map((e) => [e.kind, e.ticketStatus, e.note])).toEqual([
      ['ticket-changed', 'back-in-service', undefined],
      ['ticket-changed', 'in-repair', 'Envoyé au fabricant'],
      ['ticket-opened', 'open', undefined],
    ]);
    // A closed ticket moves no more.
    const again = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'retired',
    });
    expect(again.status).toBe(409);
  }, 30_000);

  it('retired: the unit is retired and every future reservation of it moves or is cancelled, beyond the ticket’s days too', async () => {
    const { test, clock, point, model, units, staff } = await desk(2);
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    const [a, b, c] = await Promise.all([citizen(test.deps), citizen(test.deps), citizen(test.deps)]);
    const later = { modelId: model.id, pointId: point.id, pickUp: '2026-12-22', returnDay: '2026-12-23' };
    const onFirst = await json<{ id: string }>(await reserve(test, a.cookie, later));
    const onSecond = await json<{ id: string }>(await reserve(test, b.cookie, later));
    const movable = await json<{ id: string }>(
      await reserve(test, c.cookie, { ...later, pickUp: '2026-12-29', returnDay: '2026-12-30' }),
    );
    expect((await getReservation(test.deps, movable.id))?.unitId).toBe(first.id);
    const opened = await json<Opened>(
      await openByTag(test, staff.cookie, { assetTag: first.assetTag, reason: 'Tombé', days: 3 }),
    );
    // Nothing in the ticket's three days: nothing moved yet.
    expect(opened).toMatchObject({ moved: 0, cancelled: 0 });

    clock.advance(60_000);
    const retired = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'retired',
      note: 'Irréparable',
    });
    expect(retired.status).toBe(200);
    expect(await json<Opened>(retired)).toMatchObject({ ticket: { status: 'retired' }, moved: 1, cancelled: 1 });
    expect(await storedUnit(test.deps, model.id, first.id)).toMatchObject({ status: 'retired' });
    expect(await getReservation(test.deps, onFirst.id)).toMatchObject({ status: 'cancelled' });
    expect(await getReservation(test.deps, onSecond.id)).toMatchObject({ status: 'reserved', unitId: second.id });
    expect(await getReservation(test.deps, movable.id)).toMatchObject({ status: 'reserved', unitId: second.id });
    // The retired unit holds nothing any more; the second holds both runs.
    expect(await unitDays(test.deps, first.id)).toEqual([]);
    expect((await unitDays(test.deps, second.id)).map((d) => [d.day, d.reservationId])).toEqual([
      ...daysBetween('2026-12-22', '2026-12-23').map((day) => [day, onSecond.id]),
      ...daysBetween('2026-12-29', '2026-12-30').map((day) => [day, movable.id]),
    ]);
    expect((await borrowerCounters(test.deps, a.user.id)).get('ACTIVE#listening-player')).toBe(0);
    const mail = (await test.outbox()).filter((m) => m.to === a.user.email).at(-1);
    expect(mail?.subject).toMatch(/annulée|cancelled/i);
    expect(mail?.text).toMatch(/retiré du prêt|withdrawn from lending/);
  }, 30_000);

  it('retiring a unit in the catalogue does the same for its future reservations', async () => {
    const { test, point, model, units, staff } = await desk(2);
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    const person = await citizen(test.deps);
    const mine = await json<{ id: string }>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-03',
      }),
    );
    const retired = await call(test, `/api/lending/models/${model.id}/units/${first.id}`, 'PATCH', staff.cookie, {
      status: 'retired',
    });
    expect(retired.status).toBe(200);
    expect(await getReservation(test.deps, mine.id)).toMatchObject({ status: 'reserved', unitId: second.id });
    expect(await unitDays(test.deps, first.id)).toEqual([]);
    expect((await unitDays(test.deps, second.id)).map((d) => d.reservationId)).toEqual([mine.id, mine.id]);
  }, 30_000);

  it('the catalogue’s end of maintenance leaves a ticket’s maintenance to its ticket', async () => {
    const { test, model, units, staff } = await desk(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    const opened = await json<Opened>(
      await openByTag(test, staff.cookie, { assetTag: unit.assetTag, reason: 'Écran', days: 2 }),
    );
    const ended = await call(
      test,
      `/api/lending/models/${model.id}/units/${unit.id}/maintenance`,
      'DELETE',
      staff.cookie,
    );
    expect(ended.status).toBe(409);
    expect(await problemOf(ended)).toMatchObject({ ticketId: opened.ticket.id });
    const retired = await call(test, `/api/lending/models/${model.id}/units/${unit.id}`, 'PATCH', staff.cookie, {
      status: 'retired',
    });
    expect(retired.status).toBe(409);
    expect(await storedUnit(test.deps, model.id, unit.id)).toMatchObject({ status: 'maintenance' });
  }, 30_000);

  it('refusals: staff of another point, a tag of another point, an unknown tag, a unit already in maintenance, bad input', async () => {
    const { test, point, elsewhere, units, staff, otherStaff } = await desk(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    // Staff of another point: refused everywhere, nothing written.
    const foreign = await openByTag(test, otherStaff.cookie, { assetTag: unit.assetTag, reason: 'x' });
    expect(foreign.status).toBe(403);
    expect(await storedUnit(test.deps, unit.modelId, unit.id)).toMatchObject({ status: 'in-service' });
    const listForeign = await call(test, `/api/lending/tickets?pointId=${point.id}`, 'GET', otherStaff.cookie);
    expect(listForeign.status).toBe(403);
    // The desk of another point scanning this unit: refused, naming both points.
    const misplaced = await openByTag(test, staff.cookie, {
      assetTag: unit.assetTag,
      pointId: elsewhere.id,
      reason: 'x',
    });
    expect(misplaced.status).toBe(409);
    const problem = await problemOf(misplaced);
    expect(problem.detail).toContain(point.id);
    expect(problem.detail).toContain(elsewhere.id);
    const unknown = await openByTag(test, staff.cookie, { assetTag: 'NOPE-0000', reason: 'x' });
    expect(unknown.status).toBe(400);
    const invalid = await openByTag(test, staff.cookie, { assetTag: unit.assetTag, reason: '', days: 100 });
    expect(invalid.status).toBe(400);

    const opened = await json<Opened>(await openByTag(test, staff.cookie, { assetTag: unit.assetTag, reason: 'x' }));
    expect(opened.ticket.period).toEqual({ from: '2026-12-01', to: '2026-12-14' });
    const twice = await openByTag(test, staff.cookie, { assetTag: unit.assetTag, reason: 'y' });
    expect(twice.status).toBe(409);
    expect(await problemOf(twice)).toMatchObject({ ticketId: opened.ticket.id });
    for (const [method, path, body] of [
      ['GET', `/api/lending/tickets/${opened.ticket.id}`, undefined],
      ['POST', `/api/lending/tickets/${opened.ticket.id}/status`, { status: 'in-repair' }],
    ] as const) {
      expect((await call(test, path, method, otherStaff.cookie, body)).status).toBe(403);
    }
    expect(await getTicket(test.deps, opened.ticket.id)).toMatchObject({ status: 'open' });
    // A status the ticket cannot take, and a stale page.
    const stale = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'in-repair',
      expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
    });
    expect(stale.status).toBe(409);
    const wrong = await call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, {
      status: 'open',
    });
    expect(wrong.status).toBe(400);
  }, 30_000);

  it('two staff moving the same ticket at once: exactly one change lands', async () => {
    const { test, clock, units, staff } = await desk(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    const opened = await json<Opened>(await openByTag(test, staff.cookie, { assetTag: unit.assetTag, reason: 'x' }));
    clock.advance(60_000);
    const answers = await Promise.all(
      (['back-in-service', 'retired'] as const).map((status) =>
        call(test, `/api/lending/tickets/${opened.ticket.id}/status`, 'POST', staff.cookie, { status }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409]);
    const stored = await getTicket(test.deps, opened.ticket.id);
    const winner = (['back-in-service', 'retired'] as const)[answers.findIndex((a) => a.status === 200)];
    expect(stored?.status).toBe(winner);
    expect(stored?.history.map((h) => h.status)).toEqual(['open', winner]);
    expect((await storedUnit(test.deps, unit.modelId, unit.id))?.status).toBe(
      winner === 'retired' ? 'retired' : 'in-service',
    );
  }, 30_000);
});
