import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../../../functions/accounts/seed-demo-accounts.ts';
import { seedDemoWorkshops } from '../../../functions/training/workshop-demo.ts';
import { makeTestApp } from '../support.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

const DEMO_MODULES = ['tourner-et-sous-titrer-une-video', 'enregistrer-en-exterieur'];

/** The demo's two modules, as copies of a fixture module: the seeder is tested apart from the demo lessons. */
const catalogueWithDemoModules = () => {
  const root = mkdtempSync(join(tmpdir(), 'demo-workshops-'));
  const fixture = fileURLToPath(new URL('../../fixtures/training/workshop-only', import.meta.url));
  for (const id of DEMO_MODULES) cpSync(fixture, join(root, id), { recursive: true });
  return root;
};

process.env.TRAINING_CONTENT_DIR = catalogueWithDemoModules();

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;

beforeAll(async () => {
  test = await makeTestApp();
  await seedDemoAccounts(test.deps, demoFile('accounts.json'));
});

describe('the demo workshops', () => {
  it('schedules three upcoming sessions (one the same day, one nearly full), taught by a demo instructor named by the admin', async () => {
    const lines = await seedDemoWorkshops(test.deps, demoFile('workshops.json'));
    expect(lines).toHaveLength(3);
    const list = await test.app.request('/api/training/sessions?limit=100');
    const all = (await list.json()) as {
      items: { moduleId: string; seats: number; seatsLeft: number; startsAt: string }[];
    };
    // Other test files schedule sessions of their own modules in the same table.
    const items = all.items.filter((item) => DEMO_MODULES.includes(item.moduleId));
    expect(items.map((item) => item.moduleId)).toEqual([
      'tourner-et-sous-titrer-une-video',
      'tourner-et-sous-titrer-une-video',
      'enregistrer-en-exterieur',
    ]);
    // The first one starts within hours: attendance can be marked the day of loading (or the next, late at night).
    const hoursAway = (Date.parse(items[0]?.startsAt ?? '') - test.deps.clock.now().getTime()) / 3_600_000;
    expect(hoursAway).toBeGreaterThanOrEqual(2);
    expect(hoursAway).toBeLessThanOrEqual(2.25);
    expect(items[0]).toMatchObject({ seats: 6, seatsLeft: 4 });
    expect(items[1]).toMatchObject({ seats: 5, seatsLeft: 1 });
    for (const item of items) expect(item.startsAt > test.deps.clock.now().toISOString()).toBe(true);
  });
});
