import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes, t } from '../../web/src/i18n/index.ts';
import type { AdminUser } from '../../web/src/lib/accounts/types.ts';
import {
  apiSend,
  collectErrors,
  expectSignedIn,
  expectSignedOut,
  meStatus,
  newContext,
  poll,
  requestLink,
  settledState,
  signedInState,
  signIn,
  uniqueEmail,
  useLink,
  waitForLink,
} from './accounts-support.ts';
import { launchBrowser } from './browser.ts';
import { lendingPointBody } from './lending-support.ts';

/** Accounts in Chromium on the local stack: sign-in by e-mailed link, profile, admin, deletion. */

const fr = t('fr');
const en = t('en');

let browser: Browser;
const contexts: BrowserContext[] = [];
const open = async (...args: Parameters<typeof newContext> extends [unknown, ...infer Rest] ? Rest : never) => {
  const context = await newContext(browser, ...args);
  contexts.push(context);
  return context.newPage();
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('a person', () => {
  it('signs in from the profile page, edits it, downloads their data, switches language and signs out', async () => {
    const email = uniqueEmail('anna');
    const page = await open();
    const errors = collectErrors(page);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/me')) apiCalls.push(request.url());
    });

    // Signed out: the page says so and links to sign-in, coming back here; nothing asked of the API.
    await page.goto(routes.profile.fr);
    expect(await settledState(page, '[data-profile]')).toBe('signed-out');
    await expectSignedOut(page);
    expect(apiCalls).toEqual([]);
    const signInLink = page.locator('[data-state-panel="signed-out"] a');
    expect(await signInLink.getAttribute('href')).toBe(`${routes.signIn.fr}?next=%2Fprofil%2F`);
    await Promise.all([page.waitForURL((url) => url.pathname === routes.signIn.fr), signInLink.click()]);

    // The form: the check-your-mail page shows the address, and the e-mailed link comes back here.
    await page.locator('#sign-in-email').fill(`  ${email.toUpperCase()} `);
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.signInCheck.fr),
      page.getByRole('button', { name: fr('signIn.submit') }).click(),
    ]);
    expect(await page.locator('[data-email]').textContent()).toBe(email.toUpperCase());
    expect(new URL(page.url()).search).toBe(''); // The address is not in the URL.
    const link = await waitForLink(email);
    expect(new URL(link).pathname).toBe(routes.signInConfirm.fr);

    // Opening the link (a mail scanner does too) shows the confirmation page and signs no one in.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe(fr('confirmSignIn.title'));
    const confirm = page.getByRole('button', { name: fr('confirmSignIn.submit'), exact: true });
    await confirm.waitFor();
    expect(await meStatus(page)).toBe(401);
    expect(posts).toEqual([]);

    // The button signs in, once, and goes where the person was going.
    await Promise.all([page.waitForURL((url) => url.pathname === routes.profile.fr), confirm.click()]);
    expect(posts).toEqual(['/api/auth/verify']);
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    await expectSignedIn(page);
    const localPart = email.split('@')[0];
    expect(await page.locator('#profile-display-name').inputValue()).toBe(localPart);
    expect(await page.locator('[data-profile-email]').textContent()).toBe(email);
    expect(await page.locator('[data-account-name]').textContent()).toBe(localPart);

    // Edit and save: a status says so, the menu follows, a reload shows the saved values.
    await page.locator('#profile-display-name').fill('Anna L.');
    await page.locator('#profile-attribution-name').fill('Anna Le Goff');
    await page.locator('#profile-neighbourhood').fill('Recouvrance');
    await page.locator('#profile-public').check();
    await page.getByRole('button', { name: fr('profile.save'), exact: true }).click();
    const status = page.locator('#profile-form [data-form-status]');
    await poll(() => status.textContent()).toBe(fr('profile.saved'));
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.locator('[data-account-name]').textContent()).toBe('Anna L.');
    await page.reload();
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    expect(await page.locator('#profile-display-name').inputValue()).toBe('Anna L.');
    expect(await page.locator('#profile-attribution-name').inputValue()).toBe('Anna Le Goff');
    expect(await page.locator('#profile-neighbourhood').inputValue()).toBe('Recouvrance');
    expect(await page.locator('#profile-public').isChecked()).toBe(true);

    // Download my data: a real download of the export, with the profile in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: fr('profile.data.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('communs-my-data.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported.profile).toMatchObject({ email, displayName: 'Anna L.', attributionName: 'Anna Le Goff' });

    // The other language: same page, still signed in.
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.profile.en),
      page.locator('header a[hreflang="en"]').click(),
    ]);
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    expect(await page.locator('h1').textContent()).toBe(en('profile.title'));
    expect(await page.locator('#profile-display-name').inputValue()).toBe('Anna L.');
    await expectSignedIn(page);
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.profile.fr),
      page.locator('header a[hreflang="fr"]').click(),
    ]);
    await expectSignedIn(page);

    // Sign out from the menu: home page, a message, the sign-in link again, and no session.
    const toggle = page.locator('.account__toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.home.fr),
      page.getByRole('button', { name: fr('account.menu.signOut') }).click(),
    ]);
    await poll(() => page.locator('.flash__message').textContent()).toBe(fr('account.flash.signedOut'));
    await expectSignedOut(page);
    expect(await meStatus(page)).toBe(401);

    // The link has been used: using it again leads to the sign-in page, which offers a new one.
    await useLink(page, link);
    expect(new URL(page.url()).pathname).toBe(routes.signIn.fr);
    expect(new URL(page.url()).searchParams.get('link')).toBe('expired');
    await poll(() => page.locator('[data-link-notice]').textContent()).toBe(fr('signIn.link.expired'));
    expect(await page.locator('#sign-in-email').count()).toBe(1);

    // Only the expected 401s of the checks above (before signing in, after signing out) and the used link's 410.
    expect(errors.filter((error) => !/status of (401|410)/.test(error))).toEqual([]);
  });

  it('gets a friendly page for an unknown or expired link, in the language asked', async () => {
    const page = await open();
    // A link e-mailed before the confirmation page (it pointed at the API): the French page, token kept.
    await page.goto('/api/auth/verify?token=not-a-real-token');
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(
      `${routes.signInConfirm.fr}?token=not-a-real-token`,
    );
    // The other language keeps the token.
    await poll(() => page.locator('header a[hreflang="en"]').getAttribute('href')).toBe(
      `${routes.signInConfirm.en}?token=not-a-real-token`,
    );
    await useLink(page, page.url());
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(`${routes.signIn.fr}?link=expired`);
    await poll(() => page.locator('[data-link-notice]').textContent()).toBe(fr('signIn.link.expired'));
    expect(await meStatus(page)).toBe(401);
    await page.goto(`${routes.signIn.en}?link=suspended`);
    await poll(() => page.locator('[data-link-notice]').textContent()).toBe(en('signIn.link.suspended'));
    // Anything else in `link` shows nothing.
    await page.goto(`${routes.signIn.fr}?link=<b>x</b>`);
    expect(await page.locator('[data-link-notice]').textContent()).toBe('');
  });

  it('is told what is wrong with the address, on the field, before and after the API checks it', async () => {
    const page = await open();
    await page.goto(routes.signIn.en);
    const email = page.locator('#sign-in-email');
    const submit = page.getByRole('button', { name: en('signIn.submit') });

    await email.fill('not an address');
    await submit.click();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBe('sign-in-email-error sign-in-email-hint');
    expect(await page.locator('#sign-in-email-error').textContent()).toContain(en('signIn.email.error'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');

    // The browser accepts `a@b`, the API does not (no domain): its 400 lands on the same field.
    await email.fill('a@b');
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
    await submit.click();
    expect((await answer).status()).toBe(400);
    await poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-in-email-error').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(routes.signIn.en);
  });

  it('is told how many minutes to wait when too many links were asked for', async () => {
    const page = await open();
    await page.route('**/api/auth/sign-in', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'retry-after': '540' },
        body: JSON.stringify({ type: 'urn:communs:problem:rate-limited', title: 'Too many requests', status: 429 }),
      }),
    );
    await page.goto(routes.signIn.fr);
    await page.locator('#sign-in-email').fill('quelqu.un@example.org');
    await page.getByRole('button', { name: fr('signIn.submit') }).click();
    const status = page.locator('[data-sign-in] [data-form-status]');
    await poll(() => status.textContent()).toBe(fr('signIn.rateLimited.other', { count: 9 }));
    expect(await status.getAttribute('data-tone')).toBe('error');
    expect(new URL(page.url()).pathname).toBe(routes.signIn.fr);
  });

  it.each([
    ['fr', '/profil/?onglet=1', '/profil/?onglet=1'],
    ['fr', '//elsewhere.example/', undefined],
    ['fr', 'https://elsewhere.example/', undefined],
    ['en', '/\\elsewhere.example', '/en/'],
    ['en', undefined, '/en/'],
  ] as const)(
    'on the %s page with next=%s, asks to come back to %s (only paths of this site)',
    async (locale, next, expected) => {
      const page = await open();
      const bodies: unknown[] = [];
      await page.route('**/api/auth/sign-in', async (route) => {
        bodies.push(route.request().postDataJSON());
        await route.fulfill({ status: 202, json: { status: 'sent', detail: '' } });
      });
      await page.goto(`${routes.signIn[locale]}${next ? `?${new URLSearchParams({ next })}` : ''}`);
      await page.locator('#sign-in-email').fill('quelqu.un@example.org');
      await Promise.all([
        page.waitForURL((url) => url.pathname === routes.signInCheck[locale]),
        page.locator('[data-sign-in] button[type="submit"]').click(),
      ]);
      expect(bodies).toEqual([
        { email: 'quelqu.un@example.org', language: locale, ...(expected ? { next: expected } : {}) },
      ]);
    },
  );

  it('can ask for another link, open it in another browser, and sign out everywhere from there', async () => {
    const email = uniqueEmail('bob');
    const first = await open();
    const firstLink = await requestLink(first, email, { locale: 'en', next: routes.profile.en });
    await first.getByRole('button', { name: en('checkMail.resend') }).click();
    const status = first.locator('[data-check-mail] [data-form-status]');
    await poll(() => status.textContent()).toBe(en('checkMail.resent', { email }));
    const secondLink = await waitForLink(email, 2);
    expect(secondLink).not.toBe(firstLink);

    // Another browser, that never saw the sign-in page: the link opens the English confirmation
    // page, signed out; its button signs it in and goes where asked.
    const other = await open();
    expect(new URL(secondLink).pathname).toBe(routes.signInConfirm.en);
    await other.goto(secondLink);
    expect(await other.locator('h1').textContent()).toBe(en('confirmSignIn.title'));
    expect(await meStatus(other)).toBe(401);
    await expectSignedOut(other);
    await Promise.all([
      other.waitForURL((url) => url.pathname === routes.profile.en),
      other.getByRole('button', { name: en('confirmSignIn.submit'), exact: true }).click(),
    ]);
    await expectSignedIn(other);
    expect(await settledState(other, '[data-profile]')).toBe('ready');

    // The first browser uses the first link: two sessions.
    await useLink(first, firstLink);
    await expectSignedIn(first);

    // "Sign out on all my devices" from the other browser ends both.
    await Promise.all([
      other.waitForURL((url) => url.pathname === routes.home.en),
      other.getByRole('button', { name: en('profile.sessions.signOutEverywhere') }).click(),
    ]);
    await poll(() => other.locator('.flash__message').textContent()).toBe(en('account.flash.signedOutEverywhere'));
    expect(await meStatus(other)).toBe(401);
    expect(await meStatus(first)).toBe(401);
    // The first browser still believes it may be signed in: one check, then the sign-in link.
    await first.reload();
    await expectSignedOut(first);
  });

  it('deletes their account after choosing what happens to their contributions', async () => {
    const email = uniqueEmail('claire');
    const page = await open();
    await signIn(page, email, { next: routes.profile.fr });
    expect(await settledState(page, '[data-profile]')).toBe('ready');

    // Nothing chosen, nothing typed: both errors, focus on the first choice, nothing sent.
    const submit = page.getByRole('button', { name: fr('profile.delete.submit') });
    await submit.click();
    expect(await page.locator('#delete-contributions-error').isVisible()).toBe(true);
    expect(await page.locator('#delete-contributions').getAttribute('aria-describedby')).toBe(
      'delete-contributions-error',
    );
    expect(await page.locator('#delete-confirm-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('delete-keep-credited');
    expect(await page.locator('#delete-form [data-form-status]').textContent()).toBe(fr('form.invalid'));
    expect(await page.locator('input[name="contributions"]:checked').count()).toBe(0);

    // Another address is refused too.
    await page.getByLabel(fr('profile.delete.choice.withdraw')).check();
    await page.locator('#delete-confirm-email').fill('quelqu.un@example.org');
    await submit.click();
    expect(await page.locator('#delete-contributions-error').isHidden()).toBe(true);
    expect(await page.locator('#delete-confirm-email').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#delete-confirm-email').fill(email);
    await Promise.all([page.waitForURL((url) => url.pathname === routes.home.fr), submit.click()]);
    await poll(() => page.locator('.flash__message').textContent()).toBe(fr('account.flash.deleted'));
    await expectSignedOut(page);
    expect(await meStatus(page)).toBe(401);
  });
});

describe('the account menu', () => {
  let state: Awaited<ReturnType<typeof signedInState>>;
  beforeAll(async () => {
    state = await signedInState(browser, uniqueEmail('dora'));
  });

  it('works with the keyboard: opens, moves through its links, closes with Escape', async () => {
    const page = await open({ state });
    await page.goto(routes.accessibility.fr);
    await expectSignedIn(page);
    const toggle = page.locator('.account__toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fr('account.menu.profile'));
    for (const link of ['account.menu.upload', 'account.menu.myMedia'] as const) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fr(link));
    }
    // The moderation and admin links are hidden for a citizen: straight to sign-out.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(fr('account.menu.signOut'));
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#account-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('account__toggle'))).toBe(true);
    // Tabbing out of the open menu closes it.
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('is a plain sign-in link for residents, coming back to the page, and asks the API nothing', async () => {
    const page = await open();
    const errors = collectErrors(page);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/me')) apiCalls.push(request.url());
    });
    await page.goto(routes.accessibility.en);
    await expectSignedOut(page);
    expect(await page.locator('.account__sign-in').getAttribute('href')).toBe(
      `${routes.signIn.en}?next=%2Fen%2Faccessibility%2F`,
    );
    expect(apiCalls).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets the profile page try again after a failure, and the menu then shows the person', async () => {
    const page = await open({ state });
    await page.route('**/api/me', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503}' }),
    );
    await page.goto(routes.profile.fr);
    expect(await settledState(page, '[data-profile]')).toBe('error');
    expect(await page.locator('[data-state-panel="error"]').textContent()).toContain(fr('profile.error'));
    await page.unrouteAll();
    await page.getByRole('button', { name: fr('list.retry') }).click();
    await poll(() => page.locator('[data-profile]').getAttribute('data-state')).toBe('ready');
    await expectSignedIn(page);
    // The pressed button is gone: focus stayed in the page's state region, not back at the top.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-state-region'))).toBe(true);
  });

  it('does not break the page when the API is down', async () => {
    const page = await open({ state });
    const errors = collectErrors(page);
    await page.route('**/api/me', (route) => route.abort('connectionrefused'));
    await page.goto(routes.home.fr);
    await page.locator('[data-account][data-state="signed-out"]').waitFor();
    expect(await page.locator('.account__sign-in').isVisible()).toBe(true);
    expect(errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});

describe('accounts administration', () => {
  let citizen: Awaited<ReturnType<typeof signedInState>>;
  let admin: Awaited<ReturnType<typeof signedInState>>;
  const targetEmail = uniqueEmail('eve');
  let target: Awaited<ReturnType<typeof signedInState>>;

  beforeAll(async () => {
    citizen = await signedInState(browser, uniqueEmail('fred'));
    admin = await signedInState(browser, inject('adminEmail'));
    target = await signedInState(browser, targetEmail);
  });

  it('tells residents to sign in and citizens that it is for admins only', async () => {
    const anonymous = await open();
    await anonymous.goto(routes.adminUsers.fr);
    expect(await settledState(anonymous, '[data-admin]')).toBe('signed-out');
    expect(await anonymous.locator('[data-state-panel="signed-out"] a').getAttribute('href')).toBe(
      `${routes.signIn.fr}?next=%2Fadmin%2Futilisateurs%2F`,
    );

    const page = await open({ state: citizen });
    await page.goto(routes.adminUsers.en);
    expect(await settledState(page, '[data-admin]')).toBe('forbidden');
    expect(await page.locator('[data-state-panel="forbidden"]').textContent()).toBe(en('admin.forbidden'));
    expect(await page.locator('table').isVisible()).toBe(false);
    // Nor does the menu offer the page.
    await page.locator('.account__toggle').click();
    expect(await page.locator('[data-account-admin]').isHidden()).toBe(true);
  });

  it('lets an admin find an account, set its roles, suspend it and reinstate it', async () => {
    const page = await open({ state: admin });
    // Staff roles name real lending points: two, made through the API first.
    await apiSend(page.context(), 'POST', '/api/lending/points', {
      ...lendingPointBody('mediatheque-centre'),
      name: 'Médiathèque centre',
    });
    await apiSend(page.context(), 'POST', '/api/lending/points', {
      ...lendingPointBody('maison-nord'),
      name: 'Maison nord',
    });
    await page.goto(routes.home.fr);
    await page.locator('.account__toggle').click();
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.adminUsers.fr),
      page.getByRole('link', { name: fr('account.menu.admin') }).click(),
    ]);
    expect(await settledState(page, '[data-admin]')).toBe('ready');
    expect(await page.locator('caption').textContent()).toBe(fr('admin.table.caption', { page: 1 }));
    const headers = await page.locator('thead th').allTextContents();
    expect(headers).toEqual([
      fr('admin.table.account'),
      fr('admin.table.roles'),
      fr('admin.table.status'),
      fr('admin.table.actions'),
    ]);
    expect(
      await page
        .locator('tbody th[scope="row"]')
        .filter({ hasText: inject('adminEmail') })
        .count(),
    ).toBe(1);
    // The first page has no previous one; "Show all" only appears after a search.
    expect(await page.locator('[data-pager-previous]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: fr('admin.search.clear') }).isVisible()).toBe(false);

    // Search by address.
    await page.getByLabel(fr('admin.search.label')).fill(targetEmail.toUpperCase());
    await page.getByRole('button', { name: fr('admin.search.submit'), exact: true }).click();
    await poll(() => page.locator('caption').textContent()).toBe(
      fr('admin.table.captionSearch', { email: targetEmail }),
    );
    const row = page.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('.user__email').textContent()).toBe(targetEmail);
    const targetName = targetEmail.split('@')[0] ?? '';

    // Manage: a modal dialog named after the person, focus inside.
    const manage = row.getByRole('button', { name: `${fr('admin.manage')} ${targetName}` });
    await manage.click();
    const dialog = page.getByRole('dialog', { name: fr('admin.dialog.title', { name: targetName }) });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('manage-title');

    // Roles: staff of two lending points, ticked among the real ones (listed by name).
    await dialog.getByRole('checkbox', { name: 'Médiathèque centre' }).check();
    await dialog.getByRole('checkbox', { name: 'Maison nord' }).check();
    await dialog.getByRole('button', { name: fr('admin.roles.save') }).click();
    await poll(() => dialog.locator('#roles-form [data-form-status]').textContent()).toBe(fr('admin.roles.saved'));
    expect(await row.locator('td').first().textContent()).toContain(
      fr('admin.role.staff', { points: 'maison-nord, mediatheque-centre' }),
    );

    // Suspend: a reason is required; then the account's sessions end and its links stop working.
    await dialog.getByRole('button', { name: fr('admin.suspension.suspend') }).click();
    expect(await page.locator('#manage-reason').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#manage-reason').fill('Messages insultants répétés');
    await dialog.getByRole('button', { name: fr('admin.suspension.suspend') }).click();
    const suspensionStatus = dialog.locator('[data-suspension-status]');
    await poll(() => suspensionStatus.textContent()).toBe(fr('admin.suspension.suspended'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reinstate'))).toBe(true);
    expect(await row.locator('.badge').textContent()).toBe(fr('admin.status.suspended'));
    expect(await row.locator('.status__reason').textContent()).toBe(
      fr('admin.status.reason', { reason: 'Messages insultants répétés' }),
    );

    const targetPage = await open({ state: target });
    expect(await meStatus(targetPage)).toBe(401);
    const link = await requestLink(targetPage, targetEmail);
    await useLink(targetPage, link);
    expect(new URL(targetPage.url()).searchParams.get('link')).toBe('suspended');
    await poll(() => targetPage.locator('[data-link-notice]').textContent()).toBe(fr('signIn.link.suspended'));

    // Reinstate, close with Escape: focus goes back to the account's button.
    await dialog.getByRole('button', { name: fr('admin.suspension.reinstate') }).click();
    await poll(() => suspensionStatus.textContent()).toBe(fr('admin.suspension.reinstated'));
    expect(await row.locator('.badge').textContent()).toBe(fr('admin.status.active'));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // (The dialog's close event comes a moment after it is hidden.)
    await poll(() =>
      page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('.user__email')?.textContent),
    ).toBe(targetEmail);
  });

  it('pages through accounts with the cursors the API gives, keeping focus on the pager', async () => {
    // Few accounts exist on the test stack: the pages come from a routed answer typed as the API's.
    const user = (n: number): AdminUser => ({
      id: `u${n}`,
      email: `user${n}@e2e.test`,
      displayName: `User ${n}`,
      attributionName: `User ${n}`,
      language: 'fr',
      publicProfile: false,
      roles: ['citizen'],
      staffOf: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      status: 'active',
    });
    const pages: Record<string, { items: AdminUser[]; nextCursor: string | null }> = {
      '': { items: [user(1), user(2)], nextCursor: 'second' },
      second: { items: [user(3)], nextCursor: null },
    };
    const page = await open({ state: admin });
    await page.route(
      (url) => url.pathname === '/api/admin/users',
      (route) => route.fulfill({ json: pages[new URL(route.request().url()).searchParams.get('cursor') ?? ''] }),
    );
    await page.goto(routes.adminUsers.en);
    expect(await settledState(page, '[data-admin]')).toBe('ready');
    expect(await page.locator('tbody .user__name').allTextContents()).toEqual(['User 1', 'User 2']);

    await page.getByRole('button', { name: en('admin.next') }).click();
    await poll(() => page.locator('caption').textContent()).toBe(en('admin.table.caption', { page: 2 }));
    expect(await page.locator('tbody .user__name').allTextContents()).toEqual(['User 3']);
    expect(await page.locator('[data-list-status]').textContent()).toBe(en('admin.pageLoaded', { page: 2 }));
    expect(await page.locator('[data-pager-next]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pager-previous'))).toBe(true);

    await page.keyboard.press('Enter');
    await poll(() => page.locator('caption').textContent()).toBe(en('admin.table.caption', { page: 1 }));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pager-next'))).toBe(true);
  });

  it('refuses, in plain words, what an admin cannot do to their own account', async () => {
    const page = await open({ state: admin });
    await page.goto(routes.adminUsers.en);
    expect(await settledState(page, '[data-admin]')).toBe('ready');
    await page.getByLabel(en('admin.search.label')).fill(inject('adminEmail'));
    await page.getByRole('button', { name: en('admin.search.submit'), exact: true }).click();
    await poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.locator('tbody tr button').click();
    await page.locator('#manage-reason').fill('test');
    await page.getByRole('button', { name: en('admin.suspension.suspend') }).click();
    await poll(() => page.locator('[data-suspension-status]').textContent()).toBe(en('admin.self'));

    // An address with no account.
    await page.getByRole('button', { name: en('admin.dialog.close') }).click();
    await page.getByLabel(en('admin.search.label')).fill('nobody@e2e.test');
    await page.getByRole('button', { name: en('admin.search.submit'), exact: true }).click();
    await poll(() => page.locator('[data-list-status]').textContent()).toBe(
      en('admin.search.none', { email: 'nobody@e2e.test' }),
    );
    await page.getByRole('button', { name: en('admin.search.clear') }).click();
    await poll(() => page.locator('caption').textContent()).toBe(en('admin.table.caption', { page: 1 }));
  });
});
