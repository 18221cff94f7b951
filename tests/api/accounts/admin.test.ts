import { describe, expect, it } from 'vitest';
import { personWithRole } from '../accounts-support.ts';
import { pointFixture } from '../lending/fixtures.ts';
import {
  browserHeaders,
  confirmSignIn,
  latestTokenFor,
  makeTestApp,
  problemOf,
  signIn,
  uniqueEmail,
} from '../support.ts';

describe('roles and admin', () => {
  it('makes ADMIN_EMAILS addresses admins on sign-in', async () => {
    const email = uniqueEmail('boss');
    const test = await makeTestApp({ config: { adminEmails: [email] } });
    const { cookie } = await signIn(test, email);
    const me = (await (await test.app.request('/api/me', { headers: { cookie } })).json()) as { roles: string[] };
    expect(me.roles).toEqual(['citizen', 'admin']);
  });

  it('lets an admin find users and grant or revoke staff and admin', async () => {
    const test = await makeTestApp();
    const admin = await personWithRole(test.deps, 'admin');
    const citizen = await personWithRole(test.deps, 'citizen');
    const found = await test.app.request(`/api/admin/users?email=${encodeURIComponent(citizen.user.email)}`, {
      headers: { cookie: admin.cookie },
    });
    expect(await found.json()).toMatchObject({ items: [{ id: citizen.user.id, status: 'active' }], nextCursor: null });

    const list = (await (
      await test.app.request('/api/admin/users?limit=2', { headers: { cookie: admin.cookie } })
    ).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).toBeTruthy();

    // Staff roles name a real lending point (tests/api/lending/points.test.ts refuses unknown ones).
    const point = await pointFixture(test.deps);
    const grant = await test.app.request(`/api/admin/users/${citizen.user.id}/roles`, {
      method: 'PUT',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ admin: false, staffOf: [point.id] }),
    });
    expect(await grant.json()).toMatchObject({ roles: ['citizen', 'staff'], staffOf: [point.id] });
    const me = await test.app.request('/api/me', { headers: { cookie: citizen.cookie } });
    expect(await me.json()).toMatchObject({ roles: ['citizen', 'staff'] });

    const revoke = await test.app.request(`/api/admin/users/${citizen.user.id}/roles`, {
      method: 'PUT',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ admin: true, staffOf: [] }),
    });
    expect(await revoke.json()).toMatchObject({ roles: ['citizen', 'admin'], staffOf: [] });
  });

  it('suspends a user (sessions end, no sign-in) and reinstates them', async () => {
    const test = await makeTestApp();
    const admin = await personWithRole(test.deps, 'admin');
    const { cookie, email } = await signIn(test);
    const me = (await (await test.app.request('/api/me', { headers: { cookie } })).json()) as { id: string };

    const suspended = await test.app.request(`/api/admin/users/${me.id}/suspend`, {
      method: 'POST',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ reason: 'Spam' }),
    });
    expect(await suspended.json()).toMatchObject({ status: 'suspended', suspendedReason: 'Spam' });
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(401);

    await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: browserHeaders(),
      body: JSON.stringify({ email }),
    });
    const refused = await confirmSignIn(test, await latestTokenFor(test, email));
    expect(await problemOf(refused)).toMatchObject({ status: 403, type: 'urn:communs:problem:forbidden' });
    expect(refused.headers.get('set-cookie')).toBeNull();

    const reinstated = await test.app.request(`/api/admin/users/${me.id}/reinstate`, {
      method: 'POST',
      headers: browserHeaders(admin.cookie),
    });
    expect(await reinstated.json()).toMatchObject({ status: 'active' });
    expect((await signIn(test, email)).cookie).toBeTruthy();
  });

  it('keeps an admin from locking themselves out', async () => {
    const test = await makeTestApp();
    const admin = await personWithRole(test.deps, 'admin');
    const demote = await test.app.request(`/api/admin/users/${admin.user.id}/roles`, {
      method: 'PUT',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ admin: false, staffOf: [] }),
    });
    expect(await problemOf(demote)).toMatchObject({ status: 409 });
    const suspend = await test.app.request(`/api/admin/users/${admin.user.id}/suspend`, {
      method: 'POST',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ reason: 'oops' }),
    });
    expect(suspend.status).toBe(409);
  });

  it('answers 404 for an unknown user and 400 for bad roles', async () => {
    const test = await makeTestApp();
    const admin = await personWithRole(test.deps, 'admin');
    const unknown = await test.app.request('/api/admin/users/nobody/reinstate', {
      method: 'POST',
      headers: browserHeaders(admin.cookie),
    });
    expect(unknown.status).toBe(404);
    const bad = await test.app.request(`/api/admin/users/${admin.user.id}/roles`, {
      method: 'PUT',
      headers: browserHeaders(admin.cookie),
      body: JSON.stringify({ admin: 'yes', staffOf: 'x' }),
    });
    const problem = await problemOf(bad);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['admin', 'staffOf']);
  });
});
