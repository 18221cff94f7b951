import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeRoleByEmail } from '../../../functions/accounts/change-role-by-email.ts';
import { provisionUser } from '../../../functions/accounts/provision-user.ts';
import { staleStaffPlaces } from '../../../functions/accounts/stale-staff-places.ts';
import { getUser, updateUser } from '../../../functions/accounts/store.ts';
import { isOpenDay, nextOpenDay } from '../../../functions/lending/opening-days.ts';
import { nextYearlyClosure, seedDemoPoints } from '../../../functions/lending/points/demo.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { getPoint } from '../../../functions/lending/store/points.ts';
import { makeTestApp, uniqueEmail } from '../support.ts';
import { pointFixture } from './fixtures.ts';

const demoFile = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/demo/${file}`, import.meta.url)), 'utf8'));

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;

const DEMO_IDS = ['mediatheque-capucins', 'maison-de-quartier-recouvrance'];

beforeAll(async () => {
  test = await makeTestApp();
  // The demo ids are fixed: a previous run on the same table may have left them.
  for (const id of DEMO_IDS)
    await test.deps.db.send(new DeleteCommand({ TableName: test.deps.tableName, Key: lendingKeys.point(id) }));
});

describe('the demo lending points', () => {
  it('creates the media library and the Recouvrance neighbourhood house, with the Christmas closure coming up', async () => {
    const lines = await seedDemoPoints(test.deps, demoFile('lending.json'));
    expect(lines).toEqual([
      'lending point mediatheque-capucins: Médiathèque des Capucins',
      'lending point maison-de-quartier-recouvrance: Maison de quartier de Recouvrance',
    ]);
    const capucins = await getPoint(test.deps, 'mediatheque-capucins');
    expect(capucins).toMatchObject({ address: '25 rue de Pontaniou, 29200 Brest', lat: 48.3848, lng: -4.4963 });
    // The test clock is 2026-11-24: Christmas 2026 is the next one.
    expect(capucins?.closures[0]).toMatchObject({ from: '2026-12-24', to: '2026-12-26' });
    expect(capucins && isOpenDay(capucins, '2026-12-24')).toBe(false);
    // Thursday 24 closed, Friday 25 and Saturday 26 too: Monday 28 is the next opening day (Sunday closed).
    expect(capucins && nextOpenDay(capucins, '2026-12-24')).toBe('2026-12-28');
    const recouvrance = await getPoint(test.deps, 'maison-de-quartier-recouvrance');
    expect(recouvrance?.closures[0]).toMatchObject({ from: '2026-12-21', to: '2027-01-02' });
    const list = (await (await test.app.request('/api/lending/points')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toEqual(expect.arrayContaining(DEMO_IDS));
  });

  it('places a yearly closure on the next period not yet ended, across the new year', () => {
    expect(nextYearlyClosure('2026-11-24', '12-24', '12-26')).toEqual({ from: '2026-12-24', to: '2026-12-26' });
    expect(nextYearlyClosure('2026-12-27', '12-24', '12-26')).toEqual({ from: '2027-12-24', to: '2027-12-26' });
    expect(nextYearlyClosure('2027-01-01', '12-21', '01-02')).toEqual({ from: '2026-12-21', to: '2027-01-02' });
    expect(nextYearlyClosure('2027-01-03', '12-21', '01-02')).toEqual({ from: '2027-12-21', to: '2028-01-02' });
    expect(nextYearlyClosure('2026-06-01', '05-01', '05-01')).toEqual({ from: '2027-05-01', to: '2027-05-01' });
  });
});

describe('migrating free-text staff ids', () => {
  it('finds accounts whose staff roles name no point, and with remove drops only those ids (idempotent)', async () => {
    const point = await pointFixture(test.deps);
    const { user } = await provisionUser(test.deps, { email: uniqueEmail('staff') });
    await updateUser(test.deps, user.id, { staffOf: [point.id, 'salle-des-fetes-texte-libre'] });
    const listed = await staleStaffPlaces(test.deps, { remove: false });
    expect(listed).toContainEqual({ email: user.email, unknown: ['salle-des-fetes-texte-libre'] });
    expect((await getUser(test.deps, user.id))?.staffOf).toEqual([point.id, 'salle-des-fetes-texte-libre']);

    await staleStaffPlaces(test.deps, { remove: true });
    expect((await getUser(test.deps, user.id))?.staffOf).toEqual([point.id]);
    expect(await staleStaffPlaces(test.deps, { remove: false })).not.toContainEqual(
      expect.objectContaining({ email: user.email }),
    );
  });
});

describe('the admin command names real lending points too', () => {
  it('refuses to grant a staff role for an unknown point (the account untouched), grants a real one, revokes a stale one', async () => {
    const point = await pointFixture(test.deps);
    const email = uniqueEmail('cli-staff');
    await expect(
      changeRoleByEmail(test.deps, { email, role: 'staff', grant: true, lendingPoint: 'salle-inconnue' }),
    ).rejects.toMatchObject({ kind: 'validation', extensions: { unknownPlaces: ['salle-inconnue'] } });
    const granted = await changeRoleByEmail(test.deps, { email, role: 'staff', grant: true, lendingPoint: point.id });
    expect(granted.staffOf).toEqual([point.id]);
    // A stale id can always be revoked: that is how it goes.
    await updateUser(test.deps, granted.id, { staffOf: [point.id, 'ancien-texte-libre'] });
    const revoked = await changeRoleByEmail(test.deps, {
      email,
      role: 'staff',
      grant: false,
      lendingPoint: 'ancien-texte-libre',
    });
    expect(revoked.staffOf).toEqual([point.id]);
  });
});
