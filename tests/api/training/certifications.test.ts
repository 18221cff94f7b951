import { describe, expect, it } from 'vitest';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import {
  call,
  certifiedFixture,
  holderPath,
  instructorOf,
  invalidatedSince,
  json,
  ONLINE,
  passQuiz,
  WORKSHOP_QUIZ,
} from './support.ts';

const reason = (text: string) => ({ reason: text });

describe('instructors, named by admins', () => {
  it('an admin names a staff person instructor (logged), not a citizen; removing is logged too', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const admin = await personWithRole(test.deps, 'admin');
    const staff = await personWithRole(test.deps, 'staff');
    const citizen = await personWithRole(test.deps, 'citizen');
    const path = (id: string) => `/api/training/${ONLINE}/instructors/${id}`;
    expect((await call(test, path(staff.user.id), 'PUT', admin.cookie)).status).toBe(204);
    expect((await call(test, path(staff.user.id), 'PUT', admin.cookie)).status).toBe(204);
    const notStaff = await call(test, path(citizen.user.id), 'PUT', admin.cookie);
    expect(notStaff.status).toBe(409);
    expect((await problemOf(notStaff)).detail).toContain('staff or admin');
    expect((await call(test, path('nobody-at-all'), 'PUT', admin.cookie)).status).toBe(404);
    expect((await call(test, `/api/training/no-module/instructors/${staff.user.id}`, 'PUT', admin.cookie)).status).toBe(
      404,
    );
    const listed = await json<{
      modules: { moduleId: string; instructors: { userId: string }[]; log: { act: string; by: string }[] }[];
    }>(await call(test, '/api/training/instructors', 'GET', admin.cookie));
    const online = listed.modules.find((m) => m.moduleId === ONLINE);
    expect(online?.instructors.map((i) => i.userId)).toContain(staff.user.id);
    clock.advance(1000);
    expect((await call(test, path(staff.user.id), 'DELETE', admin.cookie)).status).toBe(204);
    const after = await json<typeof listed>(await call(test, '/api/training/instructors', 'GET', admin.cookie));
    const log = after.modules.find((m) => m.moduleId === ONLINE)?.log.filter((l) => l.by === admin.user.id);
    expect(log?.map((l) => l.act)).toEqual(['named', 'removed']);
  });
});

describe('granting and revoking', () => {
  it('an instructor grants with a reason; the person reads it in their trail; they revoke with a reason', async () => {
    // A clock that moves between the acts: the trail is newest first, so two acts in one millisecond would tie.
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const instructor = await instructorOf(test.deps, ONLINE);
    const citizen = await personWithRole(test.deps, 'citizen');
    const certPath = `/api/training/${ONLINE}/certifications/${citizen.user.id}`;
    const granted = await call(test, certPath, 'POST', instructor.cookie, reason('A suivi l’atelier de 2025'));
    expect(granted.status).toBe(201);
    // The holder's public list is refreshed (theirs only: the instructor's own did not change).
    expect(invalidatedSince(test, 0)).toEqual([holderPath(citizen.user.id)]);
    expect(await json(granted)).toMatchObject({ how: 'granted', grantedBy: instructor.user.id, revoked: false });

    const holders = await json<{ holders: { userId: string; status: { state: string } }[] }>(
      await call(test, `/api/training/${ONLINE}/certifications`, 'GET', instructor.cookie),
    );
    expect(holders.holders).toContainEqual(
      expect.objectContaining({ userId: citizen.user.id, status: expect.objectContaining({ state: 'certified' }) }),
    );

    clock.advance(1000);
    const beforeRevoking = test.edgeCache.invalidations.length;
    const revoked = await call(test, certPath, 'DELETE', instructor.cookie, reason('Enregistreur rendu abîmé'));
    expect(revoked.status).toBe(200);
    expect(invalidatedSince(test, beforeRevoking)).toEqual([holderPath(citizen.user.id)]);
    expect(await json(revoked)).toMatchObject({ revoked: true, revokedReason: 'Enregistreur rendu abîmé' });
    const twice = await call(test, certPath, 'DELETE', instructor.cookie, reason('Encore'));
    expect(twice.status).toBe(409);

    const status = await json<{ status: { state: string; reason: string } }>(
      await call(test, `/api/training/${ONLINE}/me`, 'GET', citizen.cookie),
    );
    expect(status.status).toMatchObject({ state: 'revoked', reason: 'Enregistreur rendu abîmé' });
    const mine = await json<{ audit: { act: string; reason: string; by: string; byName: string | null }[] }>(
      await call(test, '/api/me/training', 'GET', citizen.cookie),
    );
    expect(mine.audit.map((a) => [a.act, a.reason, a.by])).toEqual([
      ['revoked', 'Enregistreur rendu abîmé', instructor.user.id],
      ['granted', 'A suivi l’atelier de 2025', instructor.user.id],
    ]);
    expect(mine.audit[0]?.byName).toEqual(expect.any(String));

    // Retaking the quiz after a revocation certifies again (the revocation stays in the trail).
    const passed = await passQuiz(test, citizen.cookie, ONLINE);
    expect(passed.certification).toBeDefined();
  });

  it('nobody grants or revokes their own, not even an admin named instructor', async () => {
    const test = await makeTestApp();
    const admin = await instructorOf(test.deps, ONLINE, 'admin');
    const own = `/api/training/${ONLINE}/certifications/${admin.user.id}`;
    const grant = await call(test, own, 'POST', admin.cookie, reason('Je me certifie'));
    expect(grant.status).toBe(403);
    expect((await problemOf(grant)).detail).toContain('your own');
    expect((await call(test, own, 'DELETE', admin.cookie, reason('Je me retire'))).status).toBe(403);
  });

  it('an instructor of another module, a staff person not named, and a removed instructor get a 403', async () => {
    const test = await makeTestApp();
    const other = await instructorOf(test.deps, WORKSHOP_QUIZ);
    const staff = await personWithRole(test.deps, 'staff');
    const admin = await personWithRole(test.deps, 'admin');
    const holder = await certifiedFixture(test.deps, ONLINE);
    const path = `/api/training/${ONLINE}/certifications/${holder}`;
    for (const cookie of [other.cookie, staff.cookie, admin.cookie]) {
      expect((await call(test, path, 'POST', cookie, reason('Pourquoi pas'))).status).toBe(403);
      expect((await call(test, path, 'DELETE', cookie, reason('Pourquoi pas'))).status).toBe(403);
      expect((await call(test, `/api/training/${ONLINE}/certifications`, 'GET', cookie)).status).toBe(403);
    }
    const instructor = await instructorOf(test.deps, ONLINE);
    expect(
      (await call(test, `/api/training/${ONLINE}/instructors/${instructor.user.id}`, 'DELETE', admin.cookie)).status,
    ).toBe(204);
    expect((await call(test, path, 'DELETE', instructor.cookie, reason('Trop tard'))).status).toBe(403);
  });

  it('a reason is required; an unknown person or module is a 404', async () => {
    const test = await makeTestApp();
    const instructor = await instructorOf(test.deps, ONLINE);
    const citizen = await personWithRole(test.deps, 'citizen');
    const path = `/api/training/${ONLINE}/certifications/${citizen.user.id}`;
    expect((await call(test, path, 'POST', instructor.cookie, {})).status).toBe(400);
    expect((await call(test, path, 'POST', instructor.cookie, reason('  '))).status).toBe(400);
    expect((await call(test, path, 'DELETE', instructor.cookie, reason('Rien à retirer'))).status).toBe(404);
    expect(
      (await call(test, `/api/training/${ONLINE}/certifications/nobody`, 'POST', instructor.cookie, reason('Qui ?')))
        .status,
    ).toBe(404);
    expect(
      (
        await call(
          test,
          `/api/training/nothing/certifications/${citizen.user.id}`,
          'POST',
          instructor.cookie,
          reason('Quoi ?'),
        )
      ).status,
    ).toBe(404);
  });
});
