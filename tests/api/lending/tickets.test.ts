import { describe, expect, it } from 'vitest';
import { provisionUser } from '../../../functions/accounts/provision-user.ts';
import { startSession } from '../../../functions/accounts/sessions.ts';
import { openTicket } from '../../../functions/lending/maintenance/open-ticket.ts';
import { daysBetween } from '../../../functions/lending/opening-days.ts';
import type { MaintenanceTicketRecord } from '../../../functions/lending/records.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { createTicketItem, getTicket } from '../../../functions/lending/store/tickets.ts';
import { replaceUnitItem } from '../../../functions/lending/store/units.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { makeTestApp } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, call, citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';
import { storedHistory, storedUnit } from './tickets-support.ts';

describe('opening a ticket (the contract the desk’s take-back calls)', () => {
  it('blocks the unit’s days, moves a reservation to a free unit, cancels the one no unit can take, with an e-mail', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    const staff = await personAt(test.deps, 'staff', [point.id]);
    const [early, other, later] = await Promise.all([citizen(test.deps), citizen(test.deps), citizen(test.deps)]);
    const run = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-04' };
    // Units are tried in asset-tag order: the early one gets the first unit, the other the second.
    const cancelledOne = await json<{ id: string }>(await reserve(test, early.cookie, run));
    const kept = await json<{ id: string }>(await reserve(test, other.cookie, run));
    const movedOne = await json<{ id: string }>(
      await reserve(test, later.cookie, { ...run, pickUp: '2026-12-09', returnDay: '2026-12-10' }),
    );
    expect((await getReservation(test.deps, movedOne.id))?.unitId).toBe(first.id);

    const ticket = await openTicket(test.deps, {
      by: staff.user.id,
      modelId: model.id,
      unitId: first.id,
      reason: 'Windshield torn',
    });

    expect(ticket).toMatchObject({
      status: 'open',
      unitId: first.id,
      pointId: point.id,
      assetTag: first.assetTag,
      period: { from: '2026-12-01', to: '2026-12-14' },
    });
    expect(await getTicket(test.deps, ticket.id)).toEqual(ticket);
    expect(await storedUnit(test.deps, model.id, first.id)).toMatchObject({
      status: 'maintenance',
      maintenance: { from: '2026-12-01', to: '2026-12-14', ticketId: ticket.id },
    });
    // Every day of the period is maintenance's, on the first unit.
    expect((await unitDays(test.deps, first.id)).map((d) => [d.day, d.kind])).toEqual(
      daysBetween('2026-12-01', '2026-12-14').map((day) => [day, 'maintenance']),
    );
    // The later run moved to the second unit (same days); the early one had no unit left: cancelled.
    const moved = await getReservation(test.deps, movedOne.id);
    expect(moved).toMatchObject({ status: 'reserved', unitId: second.id, movedAt: expect.any(String) });
    const cancelled = await getReservation(test.deps, cancelledOne.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', unitId: first.id, movedAt: expect.any(String) });
    expect((await unitDays(test.deps, second.id)).map((d) => [d.day, d.reservationId])).toEqual([
      ...daysBetween('2026-12-02', '2026-12-04').map((day) => [day, kept.id]),
      ...daysBetween('2026-12-09', '2026-12-10').map((day) => [day, movedOne.id]),
    ]);
    // The cancelled person's counters are given back, and they hear why with other dates.
    expect((await borrowerCounters(test.deps, early.user.id)).get('ACTIVE#listening-player')).toBe(0);
    const mail = (await test.outbox()).filter((m) => m.to === early.user.email).at(-1);
    expect(mail?.subject).toMatch(/annulée|cancelled/i);
    expect(mail?.text).toMatch(/répar|repair/);
    expect(mail?.text).toMatch(/2026|décembre|December/);
    // Nobody else is told: the moved person keeps the same days at the same point.
    expect((await test.outbox()).filter((m) => m.to === later.user.email && /annul|cancel/i.test(m.subject))).toEqual(
      [],
    );
    // The unit's history: the ticket and both reservations leaving it.
    const history = await storedHistory(test.deps, first.id);
    expect(history.map((event) => [event.kind, event.reservationId ?? null]).sort()).toEqual(
      [
        ['ticket-opened', null],
        ['swapped-out', movedOne.id],
        ['swapped-out', cancelledOne.id],
      ].sort(),
    );
    // Why each left, and where to, as facts (the unit page says them in its reader's language).
    expect(history.find((event) => event.reservationId === movedOne.id)).toMatchObject({
      cause: 'maintenance',
      otherTag: second.assetTag,
    });
    expect(history.find((event) => event.reservationId === cancelledOne.id)).toMatchObject({
      cause: 'maintenance',
      cancelled: true,
    });
    expect(history.every((event) => event.note === undefined)).toBe(true);
  }, 30_000);

  it('refuses a unit not in service (409 naming its ticket) and a period out of range (400)', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const unitId = units[0]?.id ?? '';
    const options = { by: 'staff-1', modelId: model.id, unitId, reason: 'Broken' };
    await expect(openTicket(test.deps, { ...options, days: 0 })).rejects.toMatchObject({ kind: 'validation' });
    await expect(openTicket(test.deps, { ...options, days: 63 })).rejects.toMatchObject({ kind: 'validation' });
    const ticket = await openTicket(test.deps, { ...options, days: 3 });
    await expect(openTicket(test.deps, options)).rejects.toMatchObject({
      kind: 'conflict',
      extensions: { ticketId: ticket.id },
    });
    await expect(openTicket(test.deps, { ...options, unitId: 'nope' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('what never stops a ticket', () => {
  it('an address that refuses mail: the reservation is cancelled all the same, the next one still moves', async () => {
    const refused = `refused-${crypto.randomUUID()}@example.test`;
    const test = await makeTestApp({ clock: lendingClock(), mail: { refuse: new Set([refused]) } });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    const { user } = await provisionUser(test.deps, { email: refused });
    const bouncing = { cookie: `communs_session=${await startSession(test.deps, { userId: user.id })}` };
    const [other, later] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    const run = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-02' };
    const cancelledOne = await json<{ id: string }>(await reserve(test, bouncing.cookie, run));
    await reserve(test, other.cookie, run);
    const movedOne = await json<{ id: string }>(
      await reserve(test, later.cookie, { ...run, pickUp: '2026-12-03', returnDay: '2026-12-03' }),
    );
    const ticket = await openTicket(test.deps, { by: 'staff', modelId: model.id, unitId: first.id, reason: 'x' });
    expect(ticket.status).toBe('open');
    expect(await getReservation(test.deps, cancelledOne.id)).toMatchObject({ status: 'cancelled' });
    expect(await getReservation(test.deps, movedOne.id)).toMatchObject({ status: 'reserved', unitId: second.id });
    expect((await unitDays(test.deps, first.id)).every((d) => d.kind === 'maintenance')).toBe(true);
  }, 30_000);

  it('an opening interrupted after its first transaction is finished when the ticket goes in repair', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    const staff = await personAt(test.deps, 'staff', [point.id]);
    const person = await citizen(test.deps);
    const mine = await json<{ id: string }>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-03',
      }),
    );
    // What openTicket's first transaction writes, and nothing after it (the process stopped there).
    const at = test.deps.clock.now().toISOString();
    const ticket: MaintenanceTicketRecord = {
      id: crypto.randomUUID(),
      unitId: first.id,
      modelId: model.id,
      pointId: point.id,
      assetTag: first.assetTag,
      status: 'open',
      reason: 'Coupé',
      period: { from: '2026-12-01', to: '2026-12-05' },
      openedBy: staff.user.id,
      openedAt: at,
      updatedAt: at,
      history: [{ at, by: staff.user.id, status: 'open' }],
    };
    const unit = await storedUnit(test.deps, model.id, first.id);
    if (!unit) throw new Error('unit expected');
    const inMaintenance = {
      ...unit,
      status: 'maintenance' as const,
      maintenance: { ...ticket.period, ticketId: ticket.id },
    };
    expect(
      await transact(test.deps, [
        replaceUnitItem(test.deps, { ...inMaintenance, updatedAt: at }, unit.updatedAt),
        createTicketItem(test.deps, ticket),
      ]),
    ).toBe(true);
    expect((await getReservation(test.deps, mine.id))?.unitId).toBe(first.id);

    const answer = await call(test, `/api/lending/tickets/${ticket.id}/status`, 'POST', staff.cookie, {
      status: 'in-repair',
    });
    expect(answer.status).toBe(200);
    expect(await json(answer)).toMatchObject({ moved: 1, cancelled: 0 });
    expect(await getReservation(test.deps, mine.id)).toMatchObject({ status: 'reserved', unitId: second.id });
    expect((await unitDays(test.deps, first.id)).map((d) => [d.day, d.kind])).toEqual(
      daysBetween('2026-12-01', '2026-12-05').map((day) => [day, 'maintenance']),
    );
  }, 30_000);
});
