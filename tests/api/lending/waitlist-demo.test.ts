import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demoViewer } from '../../../functions/accounts/public.ts';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import { listEntriesOf } from '../../../functions/lending/store/waitlist.ts';
import { DemoWaitingSchema, seedDemoWaitlist } from '../../../functions/lending/waitlist/demo.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { citizen, lendingClock, reserve } from './reservations-support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

it('the demo file’s waiting list names demo people', () => {
  const emails = (demoFile('accounts.json') as { accounts: { email: string }[] }).accounts.map((a) => a.email);
  const { waiting } = DemoWaitingSchema.parse(demoFile('lending.json'));
  expect(waiting.length).toBeGreaterThan(0);
  for (const entry of waiting) expect(emails).toContain(entry.person);
});

it('puts demo people on waiting lists through the use case, and says which it could not', async () => {
  const test = await makeTestApp({ clock: lendingClock() });
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
  const other = await citizen(test.deps);
  // Saturday the 5th to Tuesday the 8th taken (the demo's reservations come first).
  expect(
    (
      await reserve(test, other.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-05',
        returnDay: '2026-12-08',
      })
    ).status,
  ).toBe(201);
  const lines = await seedDemoWaitlist(test.deps, {
    waiting: [
      { person: 'yann@demo.communs.test', model: model.id, point: point.id, inDays: 4, days: 4 },
      // Free days: reserve them instead.
      { person: 'yann@demo.communs.test', model: model.id, point: point.id, inDays: 9, days: 1 },
    ],
  });
  expect(lines[0]).toMatch(/^demo waiting list: .* 2026-12-05 to 2026-12-08, yann@/);
  expect(lines[1]).toMatch(/^demo waiting list skipped .*reserve it/);
  const yann = await demoViewer(test.deps, 'yann@demo.communs.test');
  expect((await listEntriesOf(test.deps, yann.id)).map((e) => [e.modelId, e.pickUp, e.returnDay, e.status])).toEqual([
    [model.id, '2026-12-05', '2026-12-08', 'waiting'],
  ]);
});
