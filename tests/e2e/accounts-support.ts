import { createHash, randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { provisionUser } from '../../functions/accounts/provision-user.ts';
import { startSession } from '../../functions/accounts/sessions.ts';
import { type AppDeps, systemClock } from '../../functions/platform/deps.ts';
import { SESSION_COOKIE_BASE_NAME } from '../../functions/platform/edge-cache-policy.ts';
import { readOutbox } from '../../infra/local/outbox-mailer.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { answerTiles, VIEWPORTS, type ViewportName } from './browser.ts';

/**
 * Helpers of the accounts e2e tests. Every sign-in goes through the real page, the e-mailed link
 * and the button of the page it opens. The API allows 30 sign-in requests per 15 minutes from one
 * IP, and every e2e request comes from 127.0.0.1: the accounts test files together make about a dozen.
 */

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Where pages are opened and sign-in links read: the run's stack (global-setup.ts) unless a file
 * starts one of its own (with other city settings) and passes it.
 */
export interface E2eStack {
  baseUrl: string;
  outboxDir: string;
}

/** The stack every e2e file shares. */
export const sharedStack = (): E2eStack => ({ baseUrl: inject('baseUrl'), outboxDir: inject('outboxDir') });

/** An address no other test uses (the stack is shared by every e2e file). */
export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@e2e.test`;

/** The sign-in links e-mailed to `email`, oldest first (the outbox of the e2e stack). */
export const signInLinks = async (email: string, stack = sharedStack()): Promise<string[]> =>
  (await readOutbox(stack.outboxDir))
    .filter((message) => message.to === email)
    .map((message) => /https?:\/\/\S+/.exec(message.text)?.[0] ?? '')
    .filter(Boolean);

/** Waits for the `count`-th link to `email` and returns it (the mailer writes before the API answers, but be kind). */
export const waitForLink = async (email: string, count = 1, stack = sharedStack()): Promise<string> => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const links = await signInLinks(email, stack);
    const link = links[count - 1];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in link number ${count} was e-mailed to ${email}`);
};

/** A fresh browser context (own cookies and storage), optionally signed in from a saved state. */
/** A browser context on the stack (the shared one unless given), its map tiles answered grey. */
export const newContext = async (
  browser: Browser,
  options: { viewport?: ViewportName; state?: StorageState; stack?: E2eStack } = {},
): Promise<BrowserContext> => {
  const context = await browser.newContext({
    baseURL: (options.stack ?? sharedStack()).baseUrl,
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    storageState: options.state,
  });
  await answerTiles(context, 'grey');
  return context;
};

/** Collects console errors and uncaught exceptions of a page (CSP violations included). */
export const collectErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

/** How a sign-in goes: the pages' language, where to go next, and the stack of the page's context. */
export interface SignInOptions {
  locale?: Locale;
  next?: string;
  stack?: E2eStack;
}

/**
 * Asks for a sign-in link on the sign-in page (optionally with `?next=`) and waits for the
 * check-your-mail page. Returns the link e-mailed.
 */
export const requestLink = async (page: Page, email: string, options: SignInOptions = {}) => {
  const locale = options.locale ?? 'fr';
  const stack = options.stack ?? sharedStack();
  const before = (await signInLinks(email, stack)).length;
  const query = options.next ? `?${new URLSearchParams({ next: options.next })}` : '';
  await page.goto(`${routes.signIn[locale]}${query}`);
  await page.locator('#sign-in-email').fill(email);
  await Promise.all([
    page.waitForURL((url) => url.pathname === routes.signInCheck[locale]),
    page.locator('[data-sign-in] button[type="submit"]').click(),
  ]);
  return waitForLink(email, before + 1, stack);
};

/** The button of the sign-in confirmation page, in the page's language. */
export const confirmButton = async (page: Page) => {
  const locale: Locale = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'fr';
  return page.getByRole('button', { name: t(locale)('confirmSignIn.submit'), exact: true });
};

/**
 * Uses an e-mailed link as a person does: opens it (the confirmation page, which signs no one in)
 * and presses its button; resolves once the page has gone on (to `next`, or to the sign-in page
 * when the link cannot be used).
 */
export const useLink = async (page: Page, link: string) => {
  await page.goto(link);
  const confirm = await confirmButton(page);
  const confirmPage = new URL(page.url()).pathname;
  await Promise.all([page.waitForURL((url) => url.pathname !== confirmPage), confirm.click()]);
};

/** Signs in through the pages and the e-mailed link; resolves once the menu shows the person. */
export const signIn = async (page: Page, email: string, options: SignInOptions = {}) => {
  const link = await requestLink(page, email, options);
  await useLink(page, link);
  await expectSignedIn(page);
  return link;
};

/** A saved signed-in state (cookie and storage) for `email`, to open pages as that person. */
export const signedInState = async (browser: Browser, email: string, stack = sharedStack()): Promise<StorageState> => {
  const context = await newContext(browser, { stack });
  try {
    await signIn(await context.newPage(), email, { stack });
    return await context.storageState();
  } finally {
    await context.close();
  }
};

export const expectSignedIn = async (page: Page) => {
  await page.locator('[data-account][data-state="signed-in"]').waitFor();
  expect(await page.locator('.account__toggle').isVisible()).toBe(true);
  expect(await page.locator('.account__sign-in').isVisible()).toBe(false);
};

export const expectSignedOut = async (page: Page) => {
  await page.locator('[data-account][data-state="signed-out"] .account__sign-in').waitFor();
  expect(await page.locator('[data-account-menu]').isHidden()).toBe(true);
};

/** Waits until a page needing a signed-in person has left its loading state; returns that state. */
export const settledState = async (page: Page, selector: '[data-profile]' | '[data-admin]') => {
  const root = page.locator(`${selector}:not([data-state="loading"])`);
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

/** `expect.poll` with room for a busy machine (the default gives up after one second). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** The status code of `GET /api/me` with the page's cookies. */
export const meStatus = async (page: Page) => (await page.request.get('/api/me')).status();

/** An API call as a non-browser client: the CSRF header, and the body's SHA-256 the edge asks for. */
export const apiSend = async (context: BrowserContext, method: string, path: string, body?: unknown) => {
  const data = body === undefined ? '' : JSON.stringify(body);
  const response = await context.request.fetch(path, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-communs-client': 'e2e',
      'x-amz-content-sha256': createHash('sha256').update(data).digest('hex'),
    },
    data: body === undefined ? undefined : data,
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as Record<string, unknown>;
};

/**
 * A signed-in state for `email` made in the stack's table (a person provisioned and a session
 * started by the accounts' own use cases), without the sign-in pages. For files that test what
 * signed-in people do, not how they sign in: every sign-in link the pages ask for counts against
 * the address's budget and the one of 127.0.0.1, which all e2e files share (30 per 15 minutes).
 */
export const sessionState = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  email: string,
  stack = sharedStack(),
): Promise<StorageState> => {
  const withClock = { ...deps, clock: systemClock };
  const { user } = await provisionUser(withClock, { email });
  const sessionId = await startSession(withClock, { userId: user.id });
  return {
    cookies: [
      {
        name: SESSION_COOKIE_BASE_NAME,
        value: sessionId,
        domain: new URL(stack.baseUrl).hostname,
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Lax',
      },
    ],
    // The site's hint that this browser may be signed in (web/src/lib/ui/session.ts), as signing in leaves it.
    origins: [{ origin: new URL(stack.baseUrl).origin, localStorage: [{ name: 'communs.signedIn', value: '1' }] }],
  };
};
