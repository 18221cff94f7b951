import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demoViewer } from '../../../functions/accounts/public.ts';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import { DemoDeskLoansSchema, seedDemoDeskLoans } from '../../../functions/lending/desk/desk-demo.ts';
import { readDesk } from '../../../functions/lending/desk/read-desk.ts';
import { listReservationsOf } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { lendingClock, unitDays } from './reservations-support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

it('the demo file’s desk loans name demo people and demo units', () => {
  const emails = (demoFile('accounts.json') as { accounts: { email: string }[] }).accounts.map((a) => a.email);
  const lending = demoFile('lending.json') as { models: { items: { units: { assetTag: string }[] }[] } };
  const tags = lending.models.items.flatMap((model) => model.units.map((unit) => unit.assetTag));
  const { deskLoans } = DemoDeskLoansSchema.parse(lending);
  expect(deskLoans.some((loan) => loan.dueInDays < 0)).toBe(true);
  expect(deskLoans.some((loan) => loan.dueInDays === 1)).toBe(true);
  for (const loan of deskLoans) {
    expect(emails).toContain(loan.person);
    expect(emails).toContain(loan.staff);
    expect(tags).toContain(loan.assetTag);
  }
});

it('puts the demo loans out with a walk-in’s transaction: the desk shows one overdue and one due tomorrow', async () => {
  const test = await makeTestApp({ clock: lendingClock() });
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
  const point = await pointFixture(test.deps, CAPUCINS);
  const { units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
  const [late, dueSoon] = units;
  const lines = await seedDemoDeskLoans(test.deps, {
    deskLoans: [
      {
        person: 'malo@demo.communs.test',
        staff: 'yann@demo.communs.test',
        assetTag: late?.assetTag,
        sinceDays: 5,
        dueInDays: -3,
      },
      {
        person: 'anna@demo.communs.test',
        staff: 'yann@demo.communs.test',
        assetTag: dueSoon?.assetTag,
        sinceDays: 1,
        dueInDays: 1,
      },
      {
        person: 'anna@demo.communs.test',
        staff: 'yann@demo.communs.test',
        assetTag: 'NO-SUCH-TAG',
        sinceDays: 0,
        dueInDays: 0,
      },
    ],
  });
  expect(lines[0]).toMatch(/^demo desk loan: .* 2026-11-26 to 2026-11-28/);
  expect(lines[1]).toMatch(/^demo desk loan: .* 2026-11-30 to 2026-12-02/);
  expect(lines[2]).toMatch(/^demo desk loan skipped: no unit NO-SUCH-TAG/);
  const malo = await demoViewer(test.deps, 'malo@demo.communs.test');
  expect((await listReservationsOf(test.deps, malo.id)).map((r) => [r.status, r.unitId])).toEqual([['out', late?.id]]);
  expect((await unitDays(test.deps, dueSoon?.id ?? '')).map((d) => d.day)).toEqual([
    '2026-11-30',
    '2026-12-01',
    '2026-12-02',
  ]);
  const admin = await demoViewer(test.deps, 'admin@demo.communs.test');
  const desk = await readDesk(test.deps, { viewer: admin, pointId: point.id });
  expect(desk.overdue.map((entry) => [entry.unit.assetTag, entry.overdueDays])).toEqual([[late?.assetTag, 3]]);
  expect(desk.returns).toEqual([]);
  // The demo's loan due tomorrow is on the desk without searching.
  expect(desk.dueTomorrow.map((entry) => entry.unit.assetTag)).toEqual([dueSoon?.assetTag]);
});
