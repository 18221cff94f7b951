import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import { DemoTicketsSchema, seedDemoTickets } from '../../../functions/lending/maintenance/demo.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { listTickets } from '../../../functions/lending/store/tickets.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { citizen, json, lendingClock, reserve } from './reservations-support.ts';
import { storedUnit } from './tickets-support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

it('the demo file’s tickets are opened by demo people, on demo units', () => {
  const emails = (demoFile('accounts.json') as { accounts: { email: string }[] }).accounts.map((a) => a.email);
  const lending = demoFile('lending.json') as { models: { items: { units: { assetTag: string }[] }[] } };
  const tags = lending.models.items.flatMap((model) => model.units.map((unit) => unit.assetTag));
  const { tickets } = DemoTicketsSchema.parse(lending);
  expect(tickets.length).toBeGreaterThan(0);
  for (const ticket of tickets) {
    expect(emails).toContain(ticket.by);
    expect(tags).toContain(ticket.assetTag);
  }
});

it('puts demo units in maintenance through the use case (a reservation on it moves), and says what it could not', async () => {
  const test = await makeTestApp({ clock: lendingClock() });
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
  const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
  const person = await citizen(test.deps);
  const mine = await json<{ id: string }>(
    await reserve(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    }),
  );
  const wanted = { by: 'admin@demo.communs.test', reason: 'Grésille', days: 10, status: 'in-repair' as const };
  const lines = await seedDemoTickets(test.deps, {
    tickets: [
      { ...wanted, assetTag: first.assetTag },
      { ...wanted, assetTag: first.assetTag },
      { ...wanted, assetTag: 'NOPE-0000' },
    ],
  });
  expect(lines[0]).toBe(`demo ticket: ${first.assetTag} in-repair, 2026-12-01 to 2026-12-10`);
  expect(lines[1]).toMatch(/^demo ticket skipped .*maintenance/);
  expect(lines[2]).toBe('demo ticket skipped: no unit NOPE-0000');
  expect((await listTickets(test.deps, point.id, 'in-repair')).map((t) => t.assetTag)).toEqual([first.assetTag]);
  expect(await storedUnit(test.deps, model.id, first.id)).toMatchObject({ status: 'maintenance' });
  expect(await getReservation(test.deps, mine.id)).toMatchObject({ status: 'reserved', unitId: second.id });
});
