import { describe, expect, it } from 'vitest';
import { updateUser } from '../../../functions/accounts/store.ts';
import { getModelWithUnits } from '../../../functions/lending/store/models.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { getTicket } from '../../../functions/lending/store/tickets.ts';
import { problemOf } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import {
  deskSetUp,
  handOver,
  handOverBody,
  type LoanView,
  listUnitEvents,
  reserved,
  takeBack,
  takeBackBody,
} from './desk-support.ts';
import { modelFixture, pointFixture, unitFixture } from './fixtures.ts';
import { borrowerCounters, call, json, TODAY, unitDays } from './reservations-support.ts';

interface DeskView {
  today: string;
  pickUps: { id: string; borrower: { name: string | null }; unit: { assetTag: string } }[];
  returns: { id: string }[];
  dueTomorrow: { id: string }[];
  overdue: { id: string; overdueDays: number }[];
  maintenance: { assetTag: string }[];
}

const DAY = 86_400_000;

describe('the desk of a lending point', () => {
  it('lists today’s pick-ups with the borrower and the unit, then the loan due back tomorrow, among returns, then overdue', async () => {
    const { test, clock, point, model, units, staff, person } = await deskSetUp();
    await updateUser(test.deps, person.user.id, { displayName: 'Élise Le Gall' });
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: '2026-12-03',
    });
    const desk = await json<DeskView>(await call(test, `/api/lending/desk/${point.id}`, 'GET', staff.cookie));
    expect(desk.pickUps).toEqual([
      expect.objectContaining({
        id: loan.id,
        borrower: { name: 'Élise Le Gall' },
        unit: expect.objectContaining({ assetTag: units[0].assetTag }),
      }),
    ]);

    expect(
      (await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, units[0].assetTag))).status,
    ).toBe(200);
    clock.advance(DAY);
    const dueTomorrow = await json<DeskView>(await call(test, `/api/lending/desk/${point.id}`, 'GET', staff.cookie));
    expect(dueTomorrow.dueTomorrow.map((entry) => entry.id)).toEqual([loan.id]);
    expect(dueTomorrow.returns).toEqual([]);
    clock.advance(DAY);
    const dueToday = await json<DeskView>(await call(test, `/api/lending/desk/${point.id}`, 'GET', staff.cookie));
    expect(dueToday.pickUps).toEqual([]);
    expect(dueToday.returns.map((entry) => entry.id)).toEqual([loan.id]);
    expect(dueToday.dueTomorrow).toEqual([]);
    clock.advance(2 * DAY);
    const late = await json<DeskView>(await call(test, `/api/lending/desk/${point.id}`, 'GET', staff.cookie));
    expect(late.overdue).toEqual([expect.objectContaining({ id: loan.id, overdueDays: 2 })]);
  });

  it('is refused to citizens and to staff of another point; admins open every desk', async () => {
    const { test, point, person } = await deskSetUp();
    const elsewhere = await personAt(test.deps, 'staff', ['another-point']);
    const admin = await personAt(test.deps, 'admin');
    expect((await call(test, `/api/lending/desk/${point.id}`, 'GET', person.cookie)).status).toBe(403);
    const refused = await call(test, `/api/lending/desk/${point.id}`, 'GET', elsewhere.cookie);
    expect(refused.status).toBe(403);
    expect(await problemOf(refused)).toMatchObject({ points: [point.id] });
    expect((await call(test, `/api/lending/desk/${point.id}`, 'GET', admin.cookie)).status).toBe(200);
    const mine = await json<{ points: { id: string }[] }>(
      await call(test, '/api/lending/desk', 'GET', elsewhere.cookie),
    );
    expect(mine.points.map((p) => p.id)).not.toContain(point.id);
  });

  it('finds a loan by asset tag as a scanner types it, by the borrower’s name without accents, by the reservation’s first characters', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    await updateUser(test.deps, person.user.id, { displayName: 'Élise Le Gall' });
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: TODAY,
    });
    const search = async (q: string) =>
      json<{ matches: { id: string }[]; unit?: { assetTag: string; status: string } }>(
        await call(test, `/api/lending/desk/${point.id}/search?q=${encodeURIComponent(q)}`, 'GET', staff.cookie),
      );
    expect((await search(` ${units[0].assetTag.toLowerCase()} `)).matches.map((m) => m.id)).toEqual([loan.id]);
    expect((await search('elise')).matches.map((m) => m.id)).toEqual([loan.id]);
    expect((await search(loan.id.slice(0, 8))).matches.map((m) => m.id)).toEqual([loan.id]);
    const free = await search(units[1].assetTag);
    expect(free.matches).toEqual([]);
    expect(free.unit).toMatchObject({ assetTag: units[1].assetTag, status: 'in-service' });
  });
});

describe('handing a unit over', () => {
  it('starts the loan: status out, the checklist and condition stored, the unit’s history written; the borrower reads the receipt', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: '2026-12-03',
    });
    const body = {
      ...handOverBody(loan.id, units[0].assetTag.toLowerCase()),
      checklist: { reservationId: loan.id, parts: [{ present: true }, { present: false }] },
      notes: 'Casque en réparation',
    };
    const response = await handOver(test, staff.cookie, point.id, loan.id, body);
    expect(response.status).toBe(200);
    const view = await json<LoanView>(response);
    expect(view).toMatchObject({
      status: 'out',
      unit: { assetTag: units[0].assetTag },
      borrower: { email: person.user.email },
    });

    const stored = await getReservation(test.deps, loan.id);
    expect(stored?.status).toBe('out');
    expect(stored?.handOver).toMatchObject({
      by: staff.user.id,
      condition: 'good',
      notes: 'Casque en réparation',
      parts: [
        { name: { en: 'Player' }, present: true },
        { name: { en: 'Headphones' }, present: false },
      ],
    });
    const events = await listUnitEvents(test.deps, units[0].id);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'handed-over', reservationId: loan.id, by: staff.user.id }),
    ]);

    const receipt = await call(test, `/api/me/lending/${loan.id}`, 'GET', person.cookie);
    expect(receipt.status).toBe(200);
    const mine = await json<LoanView>(receipt);
    expect(mine).toMatchObject({ status: 'out', returnDay: '2026-12-03', point: { name: point.name } });
    expect(mine.point.hours).toBeDefined();
    expect(mine.handOver?.parts).toHaveLength(2);
    expect(mine.borrower).toBeUndefined();
    const stranger = await personAt(test.deps, 'citizen');
    expect((await call(test, `/api/me/lending/${loan.id}`, 'GET', stranger.cookie)).status).toBe(404);

    // Handed over already: a second hand-over is refused.
    expect(
      (await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, units[0].assetTag))).status,
    ).toBe(409);
  });

  it('swaps in another free unit of the model in one transaction: the days move, the history says so', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: '2026-12-02',
    });
    const [first, second] = units;
    const response = await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, second.assetTag));
    expect(response.status).toBe(200);
    expect((await getReservation(test.deps, loan.id))?.unitId).toBe(second.id);
    expect(await unitDays(test.deps, first.id)).toEqual([]);
    expect((await unitDays(test.deps, second.id)).map((d) => [d.day, d.reservationId])).toEqual([
      [TODAY, loan.id],
      ['2026-12-02', loan.id],
    ]);
    expect((await listUnitEvents(test.deps, first.id)).map((e) => e.kind)).toEqual(['swapped-out']);
    expect((await listUnitEvents(test.deps, second.id)).map((e) => e.kind)).toEqual(['handed-over']);
  });

  it('refuses a swap to a unit taken on one of the days, and changes nothing', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: '2026-12-02',
    });
    const other = await personAt(test.deps, 'citizen');
    const theirs = await reserved(test, other.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-02',
    });
    expect((await getReservation(test.deps, theirs.id))?.unitId).toBe(units[1].id);
    const response = await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, units[1].assetTag));
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({ taken: true });
    expect(await getReservation(test.deps, loan.id)).toMatchObject({ status: 'reserved', unitId: units[0].id });
    expect((await unitDays(test.deps, units[0].id)).map((d) => d.reservationId)).toEqual([loan.id, loan.id]);
  });

  it('refuses a tag of another point or of another model, naming both', async () => {
    const { test, point, model, units: _units, staff, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: TODAY,
    });
    const elsewhere = await pointFixture(test.deps, { name: 'Maison de quartier de Kerourien' });
    const away = await unitFixture(test.deps, model.id, elsewhere.id);
    const otherPoint = await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, away.assetTag));
    expect(otherPoint.status).toBe(409);
    const pointProblem = await problemOf(otherPoint);
    expect(pointProblem).toMatchObject({
      wrong: 'point',
      scanned: { id: elsewhere.id, name: elsewhere.name },
      expected: { id: point.id, name: point.name },
    });
    expect(pointProblem.detail).toContain(elsewhere.name);
    expect(pointProblem.detail).toContain(point.name);

    const { model: recorder, units: recorders } = await modelFixture(test.deps, {
      pointIds: [point.id],
      units: 1,
      overrides: { name: 'Zoom H5' },
    });
    const otherModel = await handOver(
      test,
      staff.cookie,
      point.id,
      loan.id,
      handOverBody(loan.id, recorders[0]?.assetTag ?? ''),
    );
    expect(otherModel.status).toBe(409);
    const modelProblem = await problemOf(otherModel);
    expect(modelProblem).toMatchObject({
      wrong: 'model',
      scanned: { id: recorder.id, name: 'Zoom H5' },
      expected: { id: model.id, name: model.name },
    });
    expect(modelProblem.detail).toContain(model.name);
    expect((await getReservation(test.deps, loan.id))?.status).toBe('reserved');
  });

  it('refuses a checklist of another reservation (409), a missing confirmation or a short checklist (400), a pick-up day to come (409)', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: TODAY,
    });
    const later = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-03',
    });
    const crossed = await handOver(test, staff.cookie, point.id, loan.id, handOverBody(later.id, units[0].assetTag));
    expect(crossed.status).toBe(409);
    expect(await problemOf(crossed)).toMatchObject({ checklistFor: later.id, reservationId: loan.id });
    const { borrowerConfirmed: _confirmed, ...unconfirmed } = handOverBody(loan.id, units[0].assetTag);
    expect((await handOver(test, staff.cookie, point.id, loan.id, unconfirmed)).status).toBe(400);
    expect(
      (await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, units[0].assetTag, 1))).status,
    ).toBe(400);
    const early = await handOver(test, staff.cookie, point.id, later.id, handOverBody(later.id, units[0].assetTag));
    expect(early.status).toBe(409);
    expect(await problemOf(early)).toMatchObject({ reason: 'before-pick-up', pickUp: '2026-12-03' });
    expect((await getReservation(test.deps, loan.id))?.status).toBe('reserved');
  });

  it('is refused to staff of another point', async () => {
    const { test, point, model, units, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: TODAY,
    });
    const elsewhere = await personAt(test.deps, 'staff', ['another-point']);
    expect(
      (await handOver(test, elsewhere.cookie, point.id, loan.id, handOverBody(loan.id, units[0].assetTag))).status,
    ).toBe(403);
    expect(
      (await takeBack(test, elsewhere.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag))).status,
    ).toBe(403);
    expect((await getReservation(test.deps, loan.id))?.status).toBe('reserved');
  });
});

describe('taking a unit back', () => {
  const lent = async (returnDay = '2026-12-04') => {
    const setUp = await deskSetUp();
    const { test, point, model, units, staff, person } = setUp;
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay,
    });
    const response = await handOver(test, staff.cookie, point.id, loan.id, handOverBody(loan.id, units[0].assetTag));
    if (response.status !== 200) throw new Error(`hand-over answered ${response.status}`);
    return { ...setUp, loan };
  };

  it('early: returned, the days still to come freed, the counters given back, the history written', async () => {
    const { test, clock, point, units, staff, person, loan } = await lent('2026-12-04');
    clock.advance(DAY);
    const response = await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag));
    expect(response.status).toBe(200);
    const stored = await getReservation(test.deps, loan.id);
    expect(stored).toMatchObject({
      status: 'returned',
      takeBack: { lateDays: 0, recordings: 'none', cardWiped: true, by: staff.user.id },
    });
    // Nothing missing or damaged: no maintenance ticket.
    expect(stored?.takeBack?.ticketId).toBeUndefined();
    // Kept: the day it was out; freed: the day of the return and after.
    expect((await unitDays(test.deps, units[0].id)).map((d) => d.day)).toEqual([TODAY]);
    const counters = await borrowerCounters(test.deps, person.user.id);
    expect(counters.get('ACTIVE#listening-player')).toBe(0);
    // Every window now holds one day at most (the day it was out).
    for (const [key, days] of counters) if (key.startsWith('WINDOW#')) expect(days).toBeLessThanOrEqual(1);
    expect((await listUnitEvents(test.deps, units[0].id)).map((e) => e.kind)).toEqual(['returned', 'handed-over']);
    // The desk has nothing more to do with it.
    const desk = await json<DeskView>(await call(test, `/api/lending/desk/${point.id}`, 'GET', staff.cookie));
    expect([...desk.returns, ...desk.overdue].map((e) => e.id)).not.toContain(loan.id);
  });

  it('early: the freed days are offered to the first person waiting for them', async () => {
    const { test, clock, point, model, units, staff, loan } = await lent('2026-12-04');
    // The model's second unit is taken for those days too, so the waiting person has to wait.
    const other = await personAt(test.deps, 'citizen');
    await reserved(test, other.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    });
    const waiting = await personAt(test.deps, 'citizen');
    const joined = await call(test, '/api/lending/waitlist', 'POST', waiting.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    });
    expect(joined.status).toBe(201);
    const entry = await json<{ id: string }>(joined);
    clock.advance(DAY);
    expect(
      (await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag))).status,
    ).toBe(200);
    const days = await unitDays(test.deps, units[0].id);
    expect(days.filter((d) => d.day >= '2026-12-03').map((d) => [d.day, d.kind, d.holdFor])).toEqual([
      ['2026-12-03', 'hold', entry.id],
      ['2026-12-04', 'hold', entry.id],
    ]);
  });

  it('late: flagged with the days late; nothing of the loan’s days is left to free', async () => {
    const { test, clock, point, units, staff, loan } = await lent('2026-12-02');
    clock.advance(3 * DAY); // Friday 4 December: two days late.
    const response = await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag));
    expect(response.status).toBe(200);
    expect((await json<LoanView>(response)).takeBack?.lateDays).toBe(2);
    expect((await getReservation(test.deps, loan.id))?.takeBack?.lateDays).toBe(2);
    const returned = (await listUnitEvents(test.deps, units[0].id)).find((event) => event.kind === 'returned');
    expect(returned).toMatchObject({ condition: 'good', lateDays: 2 });
  });

  it('records missing and damaged parts and the condition, and opens a maintenance ticket for them', async () => {
    const { test, point, units, staff, loan } = await lent();
    const body = {
      ...takeBackBody(loan.id, units[0].assetTag, [{ present: true, damaged: true }, { present: false }]),
      condition: 'damaged',
    };
    const response = await takeBack(test, staff.cookie, point.id, loan.id, body);
    expect(response.status).toBe(200);
    const stored = await getReservation(test.deps, loan.id);
    expect(stored?.takeBack).toMatchObject({
      condition: 'damaged',
      parts: [
        { name: { en: 'Player' }, present: true, damaged: true },
        { name: { en: 'Headphones' }, present: false },
      ],
    });
    const returned = (await listUnitEvents(test.deps, units[0].id)).find((event) => event.kind === 'returned');
    // Facts, in both languages, for the unit page to say in its own; no sentence in one language.
    expect(returned).toMatchObject({
      condition: 'damaged',
      missing: [{ en: 'Headphones', fr: 'Casque' }],
      damaged: [{ en: 'Player', fr: 'Baladeur' }],
    });
    expect(returned?.note).toBeUndefined();
    // The return opened a maintenance ticket naming it; the loan names the ticket; the unit is in maintenance.
    const ticketId = stored?.takeBack?.ticketId ?? '';
    expect((await json<LoanView>(response)).takeBack?.ticketId).toBe(ticketId);
    // No staff words were written: the reason is empty, the page names the parts from `fromReturn`.
    expect((await getTicket(test.deps, ticketId))?.reason).toBe('');
    expect(await getTicket(test.deps, ticketId)).toMatchObject({
      unitId: units[0].id,
      status: 'open',
      period: { from: TODAY },
      fromReturn: {
        reservationId: loan.id,
        missing: [{ en: 'Headphones', fr: 'Casque' }],
        damaged: [{ en: 'Player', fr: 'Baladeur' }],
      },
    });
    const { units: after } = (await getModelWithUnits(test.deps, units[0].modelId)) ?? { units: [] };
    expect(after.find((unit) => unit.id === units[0].id)?.status).toBe('maintenance');
    // Its days are the ticket's now, not offered to anyone.
    expect((await unitDays(test.deps, units[0].id)).find((d) => d.day === TODAY)?.kind).toBe('maintenance');
  });

  it('requires the recordings answered and the card wiped (400)', async () => {
    const { test, point, units, staff, loan } = await lent();
    const { cardWiped: _wiped, ...notWiped } = takeBackBody(loan.id, units[0].assetTag);
    expect((await takeBack(test, staff.cookie, point.id, loan.id, notWiped)).status).toBe(400);
    const { recordings: _recordings, ...unanswered } = takeBackBody(loan.id, units[0].assetTag);
    expect((await takeBack(test, staff.cookie, point.id, loan.id, unanswered)).status).toBe(400);
    expect((await getReservation(test.deps, loan.id))?.status).toBe('out');
  });

  it('refuses a loan not out, another unit, a checklist of another reservation (409)', async () => {
    const { test, point, model, units, staff, person, loan } = await lent();
    const notOut = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: TODAY,
    });
    const refused = await takeBack(test, staff.cookie, point.id, notOut.id, takeBackBody(notOut.id, units[1].assetTag));
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({ loanStatus: 'reserved' });
    const wrongUnit = await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[1].assetTag));
    expect(wrongUnit.status).toBe(409);
    expect(await problemOf(wrongUnit)).toMatchObject({
      wrong: 'unit',
      assetTag: units[1].assetTag,
      expected: units[0].assetTag,
    });
    const crossed = await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(notOut.id, units[0].assetTag));
    expect(crossed.status).toBe(409);
    expect((await getReservation(test.deps, loan.id))?.status).toBe('out');
    expect(
      (await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag))).status,
    ).toBe(200);
    expect(
      (await takeBack(test, staff.cookie, point.id, loan.id, takeBackBody(loan.id, units[0].assetTag))).status,
    ).toBe(409);
  });
});
