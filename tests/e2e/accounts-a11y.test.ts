import { writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Locale, locales, routes, t } from '../../web/src/i18n/index.ts';
import { expectSignedIn, newContext, poll, settledState, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser, VIEWPORTS, type ViewportName } from './browser.ts';

/**
 * WCAG 2.1 AA with axe-core on the account pages in the states a visitor meets, signed in and
 * signed out, at desktop and phone sizes. (The signed-out first view of every page is also checked
 * by a11y.test.ts, which visits the whole route map.) Screenshots go to /tmp for a person to look at.
 */

let browser: Browser;
let citizen: Awaited<ReturnType<typeof signedInState>>;
let admin: Awaited<ReturnType<typeof signedInState>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  citizen = await signedInState(browser, uniqueEmail('gina'));
  admin = await signedInState(browser, inject('adminEmail'));
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (
  viewport: ViewportName,
  options: { as?: 'citizen' | 'admin'; prepare?: (page: Page) => Promise<unknown> } = {},
) => {
  const state = options.as === 'citizen' ? citizen : options.as === 'admin' ? admin : undefined;
  const context = await newContext(browser, { viewport, state });
  contexts.push(context);
  const page = await context.newPage();
  await options.prepare?.(page);
  return page;
};

/** Sets sessionStorage before the page's own scripts run (over the DevTools protocol: the CSP allows no inline script). */
const withSessionStorage = (entries: Record<string, string>) => (page: Page) =>
  page.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) sessionStorage.setItem(key, value);
  }, entries);

const viewports = Object.keys(VIEWPORTS) as ViewportName[];
const cases = viewports.flatMap((viewport) => locales.map((locale) => [viewport, locale] as const));

describe.each(cases)('at %s size, in %s', (viewport, locale: Locale) => {
  const tr = t(locale);
  const label = (name: string) => `${name} (${locale}, ${viewport})`;

  it('the sign-in page, with a link notice and a field error', async () => {
    const page = await open(viewport);
    await page.goto(`${routes.signIn[locale]}?link=expired`);
    await poll(() => page.locator('[data-link-notice]').textContent()).toBe(tr('signIn.link.expired'));
    await page.getByRole('button', { name: tr('signIn.submit') }).click();
    expect(await page.locator('#sign-in-email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, label('sign-in with errors'));
  });

  it('the check-your-mail page, showing the address and a status', async () => {
    const page = await open(viewport, {
      prepare: withSessionStorage({
        'communs.signInRequest': JSON.stringify({ email: 'h@example.org', language: locale }),
      }),
    });
    await page.route('**/api/auth/sign-in', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '60' },
        contentType: 'application/problem+json',
        body: '{}',
      }),
    );
    await page.goto(routes.signInCheck[locale]);
    await page.getByRole('button', { name: tr('checkMail.resend') }).click();
    await poll(() => page.locator('[data-form-status]').textContent()).toBe(tr('signIn.rateLimited.one', { count: 1 }));
    expect(await page.locator('[data-email]').textContent()).toBe('h@example.org');
    await expectNoAxeViolations(page, label('check your mail'));
  });

  it('the sign-in confirmation page: its button, and nothing sent on opening', async () => {
    const posts: string[] = [];
    const page = await open(viewport, {
      prepare: async (page) =>
        page.on('request', (request) => {
          if (request.method() === 'POST') posts.push(request.postData() ?? '');
        }),
    });
    await page.goto(`${routes.signInConfirm[locale]}?token=not-a-real-token`);
    const confirm = page.getByRole('button', { name: tr('confirmSignIn.submit'), exact: true });
    await confirm.waitFor();
    expect(await page.locator('h1').textContent()).toBe(tr('confirmSignIn.title'));
    await expectNoAxeViolations(page, label('sign-in confirmation'));
    expect(posts).toEqual([]);

    // A token no link carried: the API refuses it, and the sign-in page says so and offers a new link.
    await Promise.all([page.waitForURL((url) => url.pathname === routes.signIn[locale]), confirm.click()]);
    expect(posts.map((body) => JSON.parse(body))).toEqual([{ token: 'not-a-real-token' }]);
    expect(new URL(page.url()).searchParams.get('link')).toBe('expired');
    await poll(() => page.locator('[data-link-notice]').textContent()).toBe(tr('signIn.link.expired'));
  });

  it('the sign-in confirmation page without a token: what to do, no button', async () => {
    const page = await open(viewport);
    await page.goto(routes.signInConfirm[locale]);
    await poll(() => page.locator('[data-form-status]').textContent()).toBe(tr('confirmSignIn.noToken'));
    expect(await page.getByRole('button', { name: tr('confirmSignIn.submit'), exact: true }).isHidden()).toBe(true);
    await expectNoAxeViolations(page, label('sign-in confirmation without a token'));
  });

  it('the profile, signed in: menu open, saved, then the deletion errors', async () => {
    const page = await open(viewport, { as: 'citizen' });
    await page.goto(routes.profile[locale]);
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    await expectSignedIn(page);
    await page.locator('.account__toggle').click();
    await expectNoAxeViolations(page, label('profile with the menu open'));

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: tr('profile.save'), exact: true }).click();
    await poll(() => page.locator('#profile-form [data-form-status]').textContent()).toBe(tr('profile.saved'));
    await page.locator('#profile-display-name').fill('');
    await page.getByRole('button', { name: tr('profile.delete.submit') }).click();
    await page.getByRole('button', { name: tr('profile.save'), exact: true }).click();
    expect(await page.locator('#profile-display-name').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, label('profile with errors'));
  });

  it('the profile, signed out', async () => {
    const page = await open(viewport);
    await page.goto(routes.profile[locale]);
    expect(await settledState(page, '[data-profile]')).toBe('signed-out');
    await expectNoAxeViolations(page, label('profile signed out'));
  });

  it('the admin page, as an admin, with an account being managed', async () => {
    const page = await open(viewport, { as: 'admin' });
    await page.goto(routes.adminUsers[locale]);
    expect(await settledState(page, '[data-admin]')).toBe('ready');
    await expectNoAxeViolations(page, label('admin'));
    await page.locator('tbody tr button').first().click();
    await page.locator('dialog[open]').waitFor();
    await page.getByRole('button', { name: tr('admin.suspension.suspend') }).click();
    expect(await page.locator('#manage-reason').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, label('admin dialog'));
  });

  it('the admin page, as a citizen and signed out', async () => {
    for (const as of ['citizen', undefined] as const) {
      const page = await open(viewport, { as });
      await page.goto(routes.adminUsers[locale]);
      expect(await settledState(page, '[data-admin]')).toBe(as ? 'forbidden' : 'signed-out');
      await expectNoAxeViolations(page, label(`admin as ${as ?? 'resident'}`));
    }
  });

  it('the home page with the message left by signing out', async () => {
    const page = await open(viewport, { prepare: withSessionStorage({ 'communs.flash': 'signed-out' }) });
    await page.goto(routes.home[locale]);
    await poll(() => page.locator('.flash__message').textContent()).toBe(tr('account.flash.signedOut'));
    await expectNoAxeViolations(page, label('home with a message'));
  });
});

describe('narrow screens, signed in', () => {
  it.each([
    ['profile', 'citizen', '[data-profile]'],
    ['adminUsers', 'admin', '[data-admin]'],
  ] as const)('%s fits 320 px without horizontal scrolling', async (route, as, root) => {
    const page = await open('phone', { as });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(routes[route].fr);
    expect(await settledState(page, root)).toBe('ready');
    await page.locator('.account__toggle').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The open menu stays on screen.
    const box = await page.locator('#account-panel').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
  });
});

describe('screenshots', () => {
  // For a person to look at (design review), written to /tmp; nothing compares them.
  it.each(cases)('of the profile and admin pages (%s, %s)', async (viewport, locale) => {
    const page = await open(viewport, { as: 'admin' });
    await page.goto(routes.profile[locale]);
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    await writeFile(`/tmp/communs-profile-${locale}-${viewport}.png`, await page.screenshot({ fullPage: true }));
    await page.goto(routes.adminUsers[locale]);
    expect(await settledState(page, '[data-admin]')).toBe('ready');
    await page.locator('.account__toggle').click();
    await writeFile(`/tmp/communs-admin-${locale}-${viewport}.png`, await page.screenshot({ fullPage: true }));
    await page.keyboard.press('Escape');
    await page.locator('tbody tr button').first().click();
    await page.locator('dialog[open]').waitFor();
    await writeFile(`/tmp/communs-admin-dialog-${locale}-${viewport}.png`, await page.screenshot());
    await page.goto(`${routes.signIn[locale]}?link=expired`);
    await writeFile(`/tmp/communs-sign-in-${locale}-${viewport}.png`, await page.screenshot({ fullPage: true }));
    await page.locator('#sign-in-email').fill('h@example.org');
    await page.route('**/api/auth/sign-in', (route) =>
      route.fulfill({ status: 202, json: { status: 'sent', detail: '' } }),
    );
    await page.locator('[data-sign-in] button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === routes.signInCheck[locale]);
    await page.getByRole('button', { name: t(locale)('checkMail.resend') }).click();
    await poll(() => page.locator('[data-form-status]').textContent()).not.toBe('');
    await writeFile(`/tmp/communs-check-mail-${locale}-${viewport}.png`, await page.screenshot({ fullPage: true }));
  });
});
