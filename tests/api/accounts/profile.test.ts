import { describe, expect, it } from 'vitest';
import { browserHeaders, makeTestApp, problemOf, signIn } from '../support.ts';

const patch = (test: Awaited<ReturnType<typeof makeTestApp>>, cookie: string, body: unknown) =>
  test.app.request('/api/me', { method: 'PATCH', headers: browserHeaders(cookie), body: JSON.stringify(body) });

describe('profile', () => {
  it('saves display name, attribution name, bio, neighbourhood, language and page visibility', async () => {
    const test = await makeTestApp();
    const { cookie } = await signIn(test);
    const saved = await patch(test, cookie, {
      displayName: 'Nolwenn',
      attributionName: 'Nolwenn Le Bras',
      bio: 'Field recordings of the harbour.',
      neighbourhood: 'Recouvrance',
      language: 'en',
      publicProfile: true,
    });
    expect(saved.status).toBe(200);
    const me = await (await test.app.request('/api/me', { headers: { cookie } })).json();
    expect(me).toMatchObject({
      displayName: 'Nolwenn',
      attributionName: 'Nolwenn Le Bras',
      bio: 'Field recordings of the harbour.',
      neighbourhood: 'Recouvrance',
      language: 'en',
      publicProfile: true,
    });
    const cleared = await (await patch(test, cookie, { bio: '' })).json();
    expect(cleared).not.toHaveProperty('bio');
  });

  it('rejects over-long and unknown fields with their paths', async () => {
    const test = await makeTestApp();
    const { cookie } = await signIn(test);
    const tooLong = await problemOf(await patch(test, cookie, { displayName: 'x'.repeat(81), language: 'de' }));
    expect(tooLong.errors?.map((e) => e.path).sort()).toEqual(['displayName', 'language']);
    const unknown = await problemOf(await patch(test, cookie, { roles: ['admin'] }));
    expect(unknown.status).toBe(400);
  });

  it('is for signed-in people only', async () => {
    const test = await makeTestApp();
    expect((await test.app.request('/api/me')).status).toBe(401);
    expect((await patch(test, '', { displayName: 'x' })).status).toBe(401);
  });
});
