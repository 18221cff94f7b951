import { describe, expect, it } from 'vitest';
import { browserHeaders, makeTestApp, manualClock, signIn } from '../support.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions', () => {
  it('signs out of this session only', async () => {
    const test = await makeTestApp();
    const phone = await signIn(test);
    const laptop = await signIn(test, phone.email);
    const out = await test.app.request('/api/auth/sign-out', { method: 'POST', headers: browserHeaders(phone.cookie) });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/communs_session=;.*Max-Age=0/);
    expect((await test.app.request('/api/me', { headers: { cookie: phone.cookie } })).status).toBe(401);
    expect((await test.app.request('/api/me', { headers: { cookie: laptop.cookie } })).status).toBe(200);
  });

  it('signs out everywhere', async () => {
    const test = await makeTestApp();
    const phone = await signIn(test);
    const laptop = await signIn(test, phone.email);
    const out = await test.app.request('/api/auth/sign-out-everywhere', {
      method: 'POST',
      headers: browserHeaders(laptop.cookie),
    });
    expect(out.status).toBe(204);
    for (const { cookie } of [phone, laptop]) {
      expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    }
  });

  it('ends after 7 idle days', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const { cookie } = await signIn(test);
    clock.advance(7 * DAY - 60_000);
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(200);
    clock.advance(7 * DAY - 60_000); // activity above extended the idle limit
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(200);
    clock.advance(7 * DAY + 60_000);
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });

  it('ends 30 days after sign-in however active', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const { cookie } = await signIn(test);
    for (let day = 0; day < 29; day += 3) {
      clock.advance(3 * DAY);
      const status = (await test.app.request('/api/me', { headers: { cookie } })).status;
      expect(status).toBe(day + 3 < 30 ? 200 : 401);
    }
    clock.advance(2 * DAY);
    expect((await test.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });
});
