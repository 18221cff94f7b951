import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demoViewer } from '../../../functions/accounts/public.ts';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import {
  DemoReservationsSchema,
  seedDemoReservations,
} from '../../../functions/lending/reservations/reservation-demo.ts';
import { listReservationsOf } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { lendingClock, unitDays } from './reservations-support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

it('the demo file’s reservations name demo people', () => {
  const emails = (demoFile('accounts.json') as { accounts: { email: string }[] }).accounts.map((a) => a.email);
  const { reservations } = DemoReservationsSchema.parse(demoFile('lending.json'));
  expect(reservations.length).toBeGreaterThan(0);
  for (const reservation of reservations) expect(emails).toContain(reservation.person);
});

it('makes the demo reservations through the use case, and says which it could not make', async () => {
  const test = await makeTestApp({ clock: lendingClock() });
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
  const recorder = await modelFixture(test.deps, { pointIds: [point.id], category: 'audio-recorder', units: 1 });
  const lines = await seedDemoReservations(test.deps, {
    reservations: [
      // Picked up four days after Tuesday the 1st (Saturday the 5th), four days: back on Tuesday the 8th.
      { person: 'yann@demo.communs.test', model: model.id, point: point.id, inDays: 4, days: 4 },
      { person: 'yann@demo.communs.test', model: 'no-such-model', point: point.id, inDays: 2, days: 1 },
      { person: 'yann@demo.communs.test', model: recorder.model.id, point: point.id, inDays: 2, days: 1 },
    ],
  });
  expect(lines[0]).toMatch(/^demo reservation: .* 2026-12-05 to 2026-12-08/);
  expect(lines[1]).toMatch(/^demo reservation skipped \(no-such-model/);
  expect(lines[2]).toMatch(/complete the training/);
  const yann = await demoViewer(test.deps, 'yann@demo.communs.test');
  const made = await listReservationsOf(test.deps, yann.id);
  expect(made.map((r) => [r.modelId, r.pickUp, r.returnDay])).toEqual([[model.id, '2026-12-05', '2026-12-08']]);
  expect((await unitDays(test.deps, units[0]?.id ?? '')).map((d) => d.day)).toEqual([
    '2026-12-05',
    '2026-12-06',
    '2026-12-07',
    '2026-12-08',
  ]);
});
