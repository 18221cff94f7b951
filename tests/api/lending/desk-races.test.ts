import { describe, expect, it } from 'vitest';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { personAt } from './catalogue-support.ts';
import { deskSetUp, handOver, handOverBody, listUnitEvents, reserved, walkIn, walkInBody } from './desk-support.ts';
import { json, reserve, TODAY, unitDays } from './reservations-support.ts';

/** The desk's races, each asserting on what is stored as well as on the answers. */
describe('races at the desk', () => {
  it('50 hand-overs of one reservation at once, half of them swapping units: exactly one loan, its days on its unit only', async () => {
    const { test, point, model, units, person } = await deskSetUp();
    const loan = await reserved(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: TODAY,
      returnDay: '2026-12-02',
    });
    const staff = await Promise.all(Array.from({ length: 50 }, () => personAt(test.deps, 'staff', [point.id])));

    const answers = await Promise.all(
      staff.map((member, index) =>
        handOver(test, member.cookie, point.id, loan.id, handOverBody(loan.id, units[index % 2]?.assetTag ?? '')),
      ),
    );

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const winner = staff[statuses.indexOf(200)];
    const stored = await getReservation(test.deps, loan.id);
    expect(stored).toMatchObject({ status: 'out', handOver: { by: winner?.user.id } });
    const lentUnit = units.find((unit) => unit.id === stored?.unitId);
    const otherUnit = units.find((unit) => unit.id !== stored?.unitId);
    expect((await unitDays(test.deps, lentUnit?.id ?? '')).map((d) => [d.day, d.reservationId])).toEqual([
      [TODAY, loan.id],
      ['2026-12-02', loan.id],
    ]);
    expect(await unitDays(test.deps, otherUnit?.id ?? '')).toEqual([]);
    const handedOver = [
      ...(await listUnitEvents(test.deps, units[0].id)),
      ...(await listUnitEvents(test.deps, units[1].id)),
    ].filter((event) => event.kind === 'handed-over');
    expect(handedOver).toEqual([
      expect.objectContaining({ unitId: lentUnit?.id, reservationId: loan.id, by: winner?.user.id }),
    ]);
  });

  it('25 walk-ins racing 25 reservations for today of the only unit: exactly one lands, its day is the only one stored', async () => {
    const { test, point, model, units, staff } = await deskSetUp({ units: 1 });
    const [borrowers, reservers] = await Promise.all([
      Promise.all(Array.from({ length: 25 }, () => personAt(test.deps, 'citizen'))),
      Promise.all(Array.from({ length: 25 }, () => personAt(test.deps, 'citizen'))),
    ]);
    const today = { modelId: model.id, pointId: point.id, pickUp: TODAY, returnDay: TODAY };

    const answers = await Promise.all([
      ...borrowers.map((borrower) =>
        walkIn(test, staff.cookie, point.id, walkInBody(borrower.user.email, units[0].assetTag, TODAY)),
      ),
      ...reservers.map((reserver) => reserve(test, reserver.cookie, today)),
    ]);

    const landed = answers.filter((answer) => answer.status === 201);
    expect(landed).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(49);
    const winner = await json<{ id: string; status: string }>(landed[0] as Response);
    const days = await unitDays(test.deps, units[0].id);
    expect(days.map((d) => [d.day, d.kind, d.reservationId])).toEqual([[TODAY, 'reservation', winner.id]]);
    const stored = await getReservation(test.deps, winner.id);
    expect(stored?.status).toBe(stored?.walkIn ? 'out' : 'reserved');
  });
});
