import { describe, expect, it } from 'vitest';
import { getUser, getUserIdByEmail } from '../../../functions/accounts/store.ts';
import { CONTRIBUTIONS } from '../../../functions/features.ts';
import { runWork } from '../../../functions/jobs/run-work.ts';
import { CONTRIBUTION_CHOICES, type PersonalDataPart } from '../../../functions/platform/personal-data-part.ts';
import { recordWork } from '../../../functions/platform/work-store.ts';
import { browserHeaders, makeTestApp, problemOf, signIn } from '../support.ts';

describe('my data', () => {
  it('exports everything stored about me as a JSON download', async () => {
    const test = await makeTestApp();
    const { cookie, email } = await signIn(test);
    const response = await test.app.request('/api/me/export', { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="communs-my-data.json"/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const data = (await response.json()) as { profile: { email: string }; sessions: unknown[] };
    expect(data.profile.email).toBe(email);
    expect(data.sessions).toHaveLength(1);
  });

  it('erases the account after the address is typed again', async () => {
    const test = await makeTestApp();
    const { cookie, email } = await signIn(test);
    const wrong = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(cookie),
      body: JSON.stringify({ confirmEmail: 'someone@else.test', contributions: 'keep-credited' }),
    });
    expect((await problemOf(wrong)).errors?.[0]?.path).toBe('confirmEmail');
    const noChoice = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(cookie),
      body: JSON.stringify({ confirmEmail: email }),
    });
    expect((await problemOf(noChoice)).errors?.[0]?.path).toBe('contributions');

    const erased = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(cookie),
      body: JSON.stringify({ confirmEmail: email, contributions: 'keep-anonymous' }),
    });
    expect(erased.status).toBe(202);
    expect(erased.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    await test.work.idle();
    expect(await getUserIdByEmail(test.deps, email)).toBeUndefined();
  });

  it.each(CONTRIBUTION_CHOICES)(
    'hands the "%s" choice to every feature part before deleting the account',
    async (choice) => {
      const test = await makeTestApp();
      const { email } = await signIn(test);
      const userId = (await getUserIdByEmail(test.deps, email)) ?? '';
      const seen: string[] = [];
      const part: PersonalDataPart = {
        name: 'probe',
        export: async () => ({}),
        erase: async (_deps, { user, contributions }) => {
          // The account still exists while parts erase (they may need the attribution name).
          expect(await getUserIdByEmail(test.deps, user.email)).toBe(userId);
          seen.push(contributions);
          return 'done';
        },
      };
      const ref = { kind: 'account-erasure', id: userId };
      await recordWork(test.deps, ref, { input: { contributions: choice }, at: new Date().toISOString() });
      const outcome = await runWork(test.deps, ref, () => 60 * 60_000, { ...CONTRIBUTIONS, personalData: [part] });
      expect(outcome).toBe('done');
      expect(seen).toEqual([choice]);
      expect(await getUser(test.deps, userId)).toBeUndefined();
      expect(await getUserIdByEmail(test.deps, email)).toBeUndefined();
    },
  );
});
