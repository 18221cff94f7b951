import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Locale, routes } from '../../web/src/i18n/index.ts';
import { projectParams } from '../../web/src/lib/ui/links.ts';
import { collectErrors, type E2eStack, newContext, type signedInState } from './accounts-support.ts';
import { answerTiles, type ViewportName } from './browser.ts';

/**
 * Helpers of the projects e2e tests. People are signed in once per run (`signedInState`) and their
 * saved state reused by every page they open: the sign-in budget of the whole e2e run is small.
 */

export type StorageState = Awaited<ReturnType<typeof signedInState>>;

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions (CSP violations included). */
  errors: string[];
}

/**
 * A fresh browser context (signed in when given a state) with one page, tiles answered locally
 * unless `tiles: 'offline'` (then every tile request fails, as without a network); on the shared
 * stack unless given another.
 */
export const visit = async (
  browser: Browser,
  options: { state?: StorageState; viewport?: ViewportName; tiles?: 'grey' | 'offline'; stack?: E2eStack } = {},
): Promise<Visit> => {
  const context = await newContext(browser, { viewport: options.viewport, state: options.state, stack: options.stack });
  // Grey tiles come with every context; offline ones are answered first (the later route wins).
  if (options.tiles === 'offline') await answerTiles(context, 'offline');
  const page = await context.newPage();
  // `confirm()` before leaving a project or removing a member: the person says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page, errors: collectErrors(page) };
};

/** Visits opened during a test, closed together after it (`afterEach(close)`). */
export const visitTracker = () => {
  const visits: Visit[] = [];
  return {
    open: async (...args: Parameters<typeof visit>) => {
      const opened = await visit(...args);
      visits.push(opened);
      return opened;
    },
    close: async () => {
      for (const { context } of visits.splice(0)) await context.close();
    },
  };
};

export const projectPath = (slug: string, locale: Locale = 'fr', extra: Record<string, string> = {}) =>
  `${routes.projectView[locale]}?${new URLSearchParams({ [projectParams[locale].project]: slug, ...extra })}`;

/** Opens a project page and waits until it has left its loading state; returns that state. */
export const openProject = async (
  page: Page,
  slug: string,
  options: { locale?: Locale; query?: Record<string, string> } = {},
) => {
  await page.goto(projectPath(slug, options.locale, options.query));
  const root = page.locator('[data-project-page]:not([data-state="loading"])');
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

/** Waits until the viewer's part of the project page is shown (signed in or out). */
export const viewerShown = (page: Page) =>
  page.locator('[data-signed-in]:not([hidden]), [data-signed-out]:not([hidden])').waitFor();

/** Chromium logs every failed request; the ones a test provokes on purpose are expected. */
export const withoutExpected = (errors: string[], statuses: number[] = []) =>
  errors.filter(
    (error) =>
      !statuses.some((status) => error.includes(`status of ${status}`)) && !error.includes('ERR_INTERNET_DISCONNECTED'),
  );

export const expectNoErrors = (errors: string[], statuses: number[] = []) =>
  expect(withoutExpected(errors, statuses)).toEqual([]);
