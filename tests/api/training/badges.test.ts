import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../../functions/accounts/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, makeTestApp, manualClock, problemOf, TEST_ORIGIN } from '../support.ts';
import { BADGE_MODULE, certify, revoke, useBadgeModuleContent } from './badges-support.ts';

const restoreContent = useBadgeModuleContent();
afterAll(restoreContent);

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const clock = manualClock(new Date('2026-11-24T09:00:00Z'));
const test = await makeTestApp({ clock });

const get = (path: string, cookie?: string) => test.app.request(path, { headers: browserHeaders(cookie) });
const put = (path: string, body: unknown, cookie?: string) =>
  test.app.request(path, { method: 'PUT', headers: browserHeaders(cookie), body: JSON.stringify(body) });
const verifyRequest = (credential: string) =>
  test.app.request('/api/training/credentials/verify', {
    method: 'POST',
    headers: browserHeaders(),
    body: JSON.stringify({ credential }),
  });
const verifyAnswer = async (credential: string) => {
  const response = await verifyRequest(credential);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as {
    valid: boolean;
    reasons: string[];
    achievement?: { moduleId: string; version?: string };
    validUntil?: string;
    holderName?: string;
  };
};

/** A certified citizen and their downloaded credential. */
const holderWithBadge = async (options: { earnedAt?: Date } = {}) => {
  const holder = await personWithRole(test.deps, 'citizen');
  await certify(test.deps, holder.user.id, options);
  const response = await get(`/api/me/training/${BADGE_MODULE}/badge`, holder.cookie);
  expect(response.status, await response.clone().text()).toBe(200);
  return { ...holder, response, token: await response.text() };
};

const partsOf = (token: string) => {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return { header: json(header), payload: json(payload), signingInput: `${header}.${payload}`, signature };
};

/** A path of the portal from one of its absolute URLs (the test app has no network in front). */
const pathOf = (url: string) => {
  expect(url.startsWith(TEST_ORIGIN)).toBe(true);
  return url.slice(TEST_ORIGIN.length);
};

describe('GET /api/me/training/{module}/badge', () => {
  it('gives the holder an Open Badges 3.0 credential as a vc+jwt file', async () => {
    const { response, token, user } = await holderWithBadge();
    expect(response.headers.get('content-type')).toBe('application/vc+jwt');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${BADGE_MODULE}.badge.jwt"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { header, payload } = partsOf(token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'vc+jwt' });
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.issuer.id).toBe(`${TEST_ORIGIN}/api/training/issuer`);
    expect(payload.iss).toBe(payload.issuer.id);
    expect(payload.credentialSubject.achievement).toMatchObject({
      id: `${TEST_ORIGIN}/formations/${BADGE_MODULE}/`,
      achievementType: 'License',
      version: '2.1.0',
    });
    expect(payload.validUntil).toBe('2028-11-24T09:00:00.000Z');
    expect(token).not.toContain(Buffer.from(user.email).toString('base64url'));
    expect(JSON.stringify(payload)).not.toContain(user.email);
  });

  it('verifies with node:crypto against the key the portal publishes, at its kid and in its JWK set', async () => {
    const { token } = await holderWithBadge();
    const { header, payload, signingInput, signature } = partsOf(token);
    const byKid = await get(pathOf(header.kid));
    expect(byKid.status).toBe(200);
    expect(byKid.headers.get('cache-control')).toMatch(/^public/);
    const jwk = await byKid.json();
    const set = (await (await get('/api/training/issuer/jwks.json')).json()) as { keys: { kid: string }[] };
    expect(set.keys).toEqual([jwk]);
    expect(jwk.kid).toBe(header.kid);
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const signed = verify(
      'sha256',
      Buffer.from(signingInput),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'),
    );
    expect(signed).toBe(true);
    const profile = await (await get(pathOf(payload.issuer.id))).json();
    expect(profile).toMatchObject({ id: payload.issuer.id, type: ['Profile'], url: TEST_ORIGIN });
  });

  it('is nobody else’s: another person holds no such certification (404), a resident must sign in (401)', async () => {
    await holderWithBadge();
    const other = await personWithRole(test.deps, 'citizen');
    expect((await get(`/api/me/training/${BADGE_MODULE}/badge`, other.cookie)).status).toBe(404);
    expect((await get(`/api/me/training/${BADGE_MODULE}/badge`)).status).toBe(401);
    expect((await get('/api/me/training/no-such-module/badge', other.cookie)).status).toBe(404);
  });

  it('refuses a revoked certification (410) and gives an expired one, which says until when it was valid', async () => {
    const revoked = await holderWithBadge();
    const instructor = await personWithRole(test.deps, 'staff');
    await revoke(test.deps, revoked.user.id, instructor.user.id, 'Kit left in the rain');
    const refused = await get(`/api/me/training/${BADGE_MODULE}/badge`, revoked.cookie);
    expect(refused.status).toBe(410);
    expect((await problemOf(refused)).detail).toContain('Kit left in the rain');

    const expired = await holderWithBadge({ earnedAt: new Date(clock.now().getTime() - 3 * YEAR_MS) });
    expect(partsOf(expired.token).payload.validUntil < clock.now().toISOString()).toBe(true);
  });
});

describe('POST /api/training/credentials/verify', () => {
  it('says a credential of this portal is valid, with what it certifies, and no name unless the holder shows it', async () => {
    const { token, user, cookie } = await holderWithBadge();
    const hidden = await verifyAnswer(token);
    expect(hidden).toEqual({
      valid: true,
      reasons: [],
      achievement: expect.objectContaining({ moduleId: BADGE_MODULE, version: '2.1.0' }),
      validFrom: '2026-11-24T09:00:00.000Z',
      validUntil: '2028-11-24T09:00:00.000Z',
    });
    await updateUser(test.deps, user.id, { attributionName: 'Camille M.' });
    expect((await put('/api/me/training/visibility', { showOnProfile: true }, cookie)).status).toBe(200);
    expect((await verifyAnswer(token)).holderName).toBe('Camille M.');
  });

  it('answers valid:false with the reason for a changed, foreign or malformed credential, never an error', async () => {
    const { token } = await holderWithBadge();
    const { header, payload, signature } = partsOf(token);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    const lengthened = encode({ ...payload, validUntil: '2099-01-01T00:00:00.000Z' });
    expect(await verifyAnswer(`${token.split('.')[0]}.${lengthened}.${signature}`)).toEqual({
      valid: false,
      reasons: ['bad-signature'],
    });

    // Someone else's key, claiming to be this portal with its key id.
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const forged = `${encode(header)}.${encode(payload)}`;
    const forgedSignature = sign('sha256', Buffer.from(forged), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    expect((await verifyAnswer(`${forged}.${forgedSignature.toString('base64url')}`)).reasons).toEqual([
      'bad-signature',
    ]);
    const otherKid = `${encode({ ...header, kid: 'https://elsewhere.example/key' })}.${encode(payload)}`;
    expect((await verifyAnswer(`${otherKid}.${signature}`)).reasons).toEqual(['unknown-key']);
    const otherIssuer = encode({ ...payload, issuer: { id: 'https://elsewhere.example/issuer' } });
    expect((await verifyAnswer(`${encode(header)}.${otherIssuer}.${signature}`)).reasons).toEqual(['foreign-issuer']);
    expect((await verifyAnswer(`${encode({ ...header, alg: 'none' })}.${encode(payload)}.`)).reasons).toEqual([
      'malformed',
    ]);
    expect(
      (await verifyAnswer(`${encode({ ...header, alg: 'HS256' })}.${encode(payload)}.${signature}`)).reasons,
    ).toEqual(['unsupported-algorithm']);
    expect(await verifyAnswer('not a credential')).toEqual({ valid: false, reasons: ['malformed'] });
  });

  it('says an expired credential has expired, and a revoked certification is revoked', async () => {
    const expired = await holderWithBadge({ earnedAt: new Date(clock.now().getTime() - 3 * YEAR_MS) });
    expect(await verifyAnswer(expired.token)).toMatchObject({ valid: false, reasons: ['expired'] });

    const revoked = await holderWithBadge();
    const instructor = await personWithRole(test.deps, 'staff');
    expect((await verifyAnswer(revoked.token)).valid).toBe(true);
    await revoke(test.deps, revoked.user.id, instructor.user.id, 'Kit left in the rain');
    expect(await verifyAnswer(revoked.token)).toMatchObject({ valid: false, reasons: ['revoked'] });
  });

  it('keeps a credential of a revoked certification revoked after the holder earns it again; the new one verifies', async () => {
    const DAY_MS = 24 * 60 * 60 * 1000;
    const at = (daysAgo: number) => new Date(clock.now().getTime() - daysAgo * DAY_MS);
    const holder = await holderWithBadge({ earnedAt: at(30) });
    const instructor = await personWithRole(test.deps, 'staff');
    await revoke(
      { ...test.deps, clock: manualClock(at(10)) },
      holder.user.id,
      instructor.user.id,
      'Kit left in the rain',
    );
    await certify(test.deps, holder.user.id);

    // Still signed and within its own dates, but its issuance was revoked: 'certified now' does not save it.
    expect(await verifyAnswer(holder.token)).toMatchObject({ valid: false, reasons: ['revoked'] });
    const again = await get(`/api/me/training/${BADGE_MODULE}/badge`, holder.cookie);
    expect(partsOf(await again.clone().text()).payload.awardedDate).toBe(clock.now().toISOString());
    expect(await verifyAnswer(await again.text())).toMatchObject({ valid: true, reasons: [] });

    // Renewed without a revocation in between: the earlier credential still holds, within its dates.
    const renewing = await holderWithBadge({ earnedAt: at(30) });
    await certify(test.deps, renewing.user.id);
    expect(await verifyAnswer(renewing.token)).toMatchObject({ valid: true, reasons: [] });
    // …until the certification is revoked: every credential of it is then revoked.
    await revoke(test.deps, renewing.user.id, instructor.user.id, 'Kit left in the rain');
    expect(await verifyAnswer(renewing.token)).toMatchObject({ valid: false, reasons: ['revoked'] });
  });

  it('refuses a body longer than any credential (400), and a burst from one network (429)', async () => {
    const tooLong = await verifyRequest('x'.repeat(16 * 1024 + 1));
    expect(tooLong.status).toBe(400);
    const fromOneNetwork = () =>
      test.app.request('/api/training/credentials/verify', {
        method: 'POST',
        headers: { ...browserHeaders(), 'cloudfront-viewer-address': '203.0.113.99:1234' },
        body: JSON.stringify({ credential: 'x' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await fromOneNetwork()).status);
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});

describe('showing certifications on the public contributor page', () => {
  it('is off until the holder turns it on; then only valid certifications show, publicly cached', async () => {
    const { user, cookie } = await holderWithBadge();
    const path = `/api/training/holders/${user.id}/certifications`;
    expect(await (await get('/api/me/training/visibility', cookie)).json()).toEqual({ showOnProfile: false });
    expect((await get(path)).status).toBe(404);

    const seen = test.edgeCache.invalidations.length;
    const saved = await put('/api/me/training/visibility', { showOnProfile: true }, cookie);
    expect(await saved.json()).toEqual({ showOnProfile: true });
    expect(test.edgeCache.invalidations.slice(seen).flat()).toContain(path);
    expect(await (await get('/api/me/training/visibility', cookie)).json()).toEqual({ showOnProfile: true });

    const shown = await get(path);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toMatch(/^public/);
    expect(await shown.json()).toEqual({
      certifications: [
        {
          moduleId: BADGE_MODULE,
          title: { fr: 'Prise de son (test)', en: 'Sound recording (test)' },
          moduleVersion: '2.1.0',
          earnedAt: '2026-11-24T09:00:00.000Z',
          validUntil: '2028-11-24T09:00:00.000Z',
        },
      ],
    });

    const instructor = await personWithRole(test.deps, 'staff');
    await revoke(test.deps, user.id, instructor.user.id, 'Kit left in the rain');
    expect(await (await get(path)).json()).toEqual({ certifications: [] });

    await put('/api/me/training/visibility', { showOnProfile: false }, cookie);
    expect((await get(path)).status).toBe(404);
  });

  it('is the holder’s own choice: residents cannot set it, and the body is checked', async () => {
    expect((await put('/api/me/training/visibility', { showOnProfile: true })).status).toBe(401);
    const { cookie } = await personWithRole(test.deps, 'citizen');
    expect((await put('/api/me/training/visibility', { showOnProfile: 'yes' }, cookie)).status).toBe(400);
  });
});
