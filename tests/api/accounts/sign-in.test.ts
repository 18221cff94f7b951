import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { accountKeys } from '../../../functions/accounts/store.ts';
import { hashToken } from '../../../functions/platform/tokens.ts';
import {
  browserHeaders,
  confirmSignIn,
  latestLinkFor,
  latestTokenFor,
  makeTestApp,
  manualClock,
  problemOf,
  signIn,
  TEST_ORIGIN,
  uniqueEmail,
} from '../support.ts';

const requestLink = (test: Awaited<ReturnType<typeof makeTestApp>>, body: unknown, headers = browserHeaders()) =>
  test.app.request('/api/auth/sign-in', { method: 'POST', headers, body: JSON.stringify(body) });

describe('magic-link sign-in', () => {
  it('answers the same for known and unknown addresses, and e-mails a one-time link', async () => {
    const test = await makeTestApp();
    const known = (await signIn(test)).email;
    const unknown = uniqueEmail();
    const first = await requestLink(test, { email: known });
    const second = await requestLink(test, { email: unknown });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(await first.json()).toEqual(await second.json());

    const link = await latestLinkFor(test, unknown);
    expect(link.origin).toBe(TEST_ORIGIN);
    // The portal's confirmation page, in the language asked (French by default), not the API.
    expect(link.pathname).toBe('/connexion/confirmer/');
    const token = link.searchParams.get('token') ?? '';
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16); // ≥ 128 bits
    const stored = await test.deps.db.send(
      new GetCommand({ TableName: test.deps.tableName, Key: accountKeys.signInToken(hashToken(token)) }),
    );
    expect(stored.Item?.email).toBe(unknown);
    expect(JSON.stringify(stored.Item)).not.toContain(token); // only the hash is stored

    const english = uniqueEmail();
    await requestLink(test, { email: english, language: 'en' });
    expect((await latestLinkFor(test, english)).pathname).toBe('/en/sign-in/confirm/');
  });

  it('creates the account on first use, sets a safe session cookie and answers `next`', async () => {
    const test = await makeTestApp();
    const email = uniqueEmail();
    await requestLink(test, { email, next: '/profil/', language: 'en' });
    const response = await confirmSignIn(test, await latestTokenFor(test, email));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ next: '/profil/' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^communs_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const me = await test.app.request('/api/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email, language: 'en', roles: ['citizen'], publicProfile: false });
  });

  it('without `next`, answers the home page in the language the link was asked in', async () => {
    const test = await makeTestApp();
    for (const [language, home] of [
      ['fr', '/'],
      ['en', '/en/'],
    ] as const) {
      const email = uniqueEmail();
      await requestLink(test, { email, language });
      expect(await (await confirmSignIn(test, await latestTokenFor(test, email))).json()).toEqual({ next: home });
    }
  });

  it('uses the __Host- prefix and Secure on HTTPS', async () => {
    const test = await makeTestApp({ config: { publicUrl: 'https://communs.example.org' } });
    const email = uniqueEmail();
    const https = () => browserHeaders(undefined, { origin: 'https://communs.example.org' });
    await requestLink(test, { email }, https());
    const link = await latestLinkFor(test, email);
    expect(link.origin).toBe('https://communs.example.org');
    const response = await confirmSignIn(test, link.searchParams.get('token') ?? '', https());
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-communs_session=/);
    expect(cookie).toMatch(/Secure/);
    const me = await test.app.request('/api/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
  });

  it('opening a link (as a mail scanner does) signs no one in and leaves the token for the person', async () => {
    const test = await makeTestApp();
    const email = uniqueEmail();
    await requestLink(test, { email, language: 'en' });
    const token = await latestTokenFor(test, email);

    // A link e-mailed before the confirmation page pointed at the API: it now leads to the page.
    for (let scan = 0; scan < 3; scan++) {
      const opened = await test.app.request(`/api/auth/verify?token=${token}`);
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe(`/connexion/confirmer/?token=${token}`);
      expect(opened.headers.get('set-cookie')).toBeNull();
      expect(opened.headers.get('cache-control')).toBe('no-store');
    }
    const stored = await test.deps.db.send(
      new GetCommand({ TableName: test.deps.tableName, Key: accountKeys.signInToken(hashToken(token)) }),
    );
    expect(stored.Item?.usedAt).toBeUndefined();

    // The person's click, afterwards, still signs in.
    const confirmed = await confirmSignIn(test, token);
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get('set-cookie')).toMatch(/^communs_session=/);
  });

  it('refuses a used, expired or unknown link with a problem that says to ask again', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const email = uniqueEmail();
    await requestLink(test, { email });
    const used = await latestTokenFor(test, email);
    expect((await confirmSignIn(test, used)).status).toBe(200);
    const reused = await confirmSignIn(test, used);
    expect(await problemOf(reused)).toMatchObject({ status: 410, type: 'urn:communs:problem:gone' });
    expect(reused.headers.get('set-cookie')).toBeNull();

    await requestLink(test, { email });
    const late = await latestTokenFor(test, email);
    clock.advance(15 * 60 * 1000 + 1);
    const expired = await confirmSignIn(test, late);
    expect(await problemOf(expired)).toMatchObject({ status: 410, type: 'urn:communs:problem:gone' });

    const unknown = await confirmSignIn(test, 'forged-token');
    expect(await problemOf(unknown)).toMatchObject({ status: 410, type: 'urn:communs:problem:gone' });
  });

  it('gives exactly one session when the same link is confirmed concurrently', async () => {
    const test = await makeTestApp();
    const email = uniqueEmail();
    await requestLink(test, { email });
    const token = await latestTokenFor(test, email);
    const responses = await Promise.all(Array.from({ length: 8 }, () => confirmSignIn(test, token)));
    expect(responses.filter((r) => r.headers.get('set-cookie'))).toHaveLength(1);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 410, 410, 410, 410, 410, 410, 410]);
  });

  it('confirms only from the portal itself, and a refused request leaves the token usable', async () => {
    const test = await makeTestApp();
    const email = uniqueEmail();
    await requestLink(test, { email });
    const token = await latestTokenFor(test, email);
    const foreign = await confirmSignIn(test, token, browserHeaders(undefined, { origin: 'https://evil.example' }));
    expect(await problemOf(foreign)).toMatchObject({ status: 403, type: 'urn:communs:problem:csrf-rejected' });
    expect(foreign.headers.get('set-cookie')).toBeNull();
    expect((await confirmSignIn(test, token)).status).toBe(200);
  });

  it('refuses a confirmation without a token, with the field named', async () => {
    const test = await makeTestApp();
    for (const body of [{}, { token: '' }, { token: 'x'.repeat(201) }, { token: 'abc', next: '/admin/' }]) {
      const response = await test.app.request('/api/auth/verify', {
        method: 'POST',
        headers: browserHeaders(),
        body: JSON.stringify(body),
      });
      const problem = await problemOf(response);
      expect(problem.status).toBe(400);
      expect(problem.errors?.[0]?.in).toBe('body');
    }
    expect((await test.app.request('/api/auth/verify')).status).toBe(400);
  });

  it('only redirects to paths on this site', async () => {
    const test = await makeTestApp();
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'profil']) {
      const problem = await problemOf(await requestLink(test, { email: uniqueEmail(), next }));
      expect(problem.status).toBe(400);
      expect(problem.errors).toEqual([expect.objectContaining({ in: 'body', path: 'next' })]);
    }
  });

  it('rejects bad input with field paths and never a 500', async () => {
    const test = await makeTestApp();
    const badEmail = await problemOf(await requestLink(test, { email: 'not-an-address' }));
    expect(badEmail.errors).toEqual([expect.objectContaining({ path: 'email' })]);
    const tooLong = await problemOf(await requestLink(test, { email: `${'a'.repeat(250)}@example.test` }));
    expect(tooLong.errors?.[0]?.path).toBe('email');
    const unknownField = await problemOf(await requestLink(test, { email: uniqueEmail(), admin: true }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0]?.message).toMatch(/admin/);
    const malformed = await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: browserHeaders(),
      body: '{"email": ',
    });
    expect(await problemOf(malformed)).toMatchObject({ status: 400, type: 'urn:communs:problem:malformed-request' });
    const wrongType = await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: browserHeaders(undefined, { 'content-type': 'text/plain' }),
      body: 'email=a@b.c',
    });
    expect(wrongType.status).toBeGreaterThanOrEqual(400);
    expect(wrongType.status).toBeLessThan(500);
    await problemOf(wrongType);
  });
});

describe('sign-in abuse limits', () => {
  it('limits requests per address to 5 per 15 minutes, with Retry-After', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) expect((await requestLink(test, { email })).status).toBe(202);
    const limited = await requestLink(test, { email });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await problemOf(limited)).toMatchObject({ type: 'urn:communs:problem:rate-limited' });
    clock.advance(15 * 60 * 1000);
    expect((await requestLink(test, { email })).status).toBe(202);
  });

  it('limits requests per client IP', async () => {
    const test = await makeTestApp();
    const headers = { ...browserHeaders(), 'cloudfront-viewer-address': '203.0.113.77:5555' };
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await requestLink(test, { email: uniqueEmail() }, headers)).status);
    expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('CSRF', () => {
  it('refuses unsafe requests from another origin or without Origin nor client header', async () => {
    const test = await makeTestApp();
    const body = JSON.stringify({ email: uniqueEmail() });
    const foreign = await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: browserHeaders(undefined, { origin: 'https://evil.example' }),
      body,
    });
    expect(await problemOf(foreign)).toMatchObject({ status: 403, type: 'urn:communs:problem:csrf-rejected' });
    const noOrigin = await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(noOrigin.status).toBe(403);
    const client = await test.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-communs-client': 'cli',
        'cloudfront-viewer-address': '192.0.2.1:1',
      },
      body,
    });
    expect(client.status).toBe(202);
  });
});

describe('cookies', () => {
  it('treats tampered or foreign cookies as anonymous, never a 500', async () => {
    const test = await makeTestApp();
    const { cookie } = await signIn(test);
    const tampered = `${cookie.slice(0, -2)}xx`;
    for (const value of [
      tampered,
      'communs_session=',
      'communs_session=%%%',
      `communs_session=${'a'.repeat(5000)}`,
      'other=1',
    ]) {
      const response = await test.app.request('/api/me', { headers: { cookie: value } });
      expect(response.status).toBe(401);
      await problemOf(response);
    }
  });
});
