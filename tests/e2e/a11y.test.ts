import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type RouteName, routes } from '../../web/src/i18n/index.ts';
import {
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  VIEWPORTS,
  type ViewportName,
  waitForLists,
} from './browser.ts';

/** WCAG 2.1 AA with axe-core on every page, in both languages, at desktop and phone sizes. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = [
  ...(Object.keys(routes) as RouteName[]).flatMap((route) =>
    locales.map((locale) => ({ name: `${route} (${locale})`, path: routes[route][locale] })),
  ),
  { name: '404', path: '/n-existe-pas' },
];
const viewports = Object.keys(VIEWPORTS) as ViewportName[];

describe.each(viewports)('at %s size', (viewport) => {
  it.each(pages)('$name has no axe violation', async ({ name, path }) => {
    const { page, close } = await openPage(browser, path, { viewport });
    try {
      await waitForLists(page);
      await expectNoAxeViolations(page, `${name} at ${viewport} size`);
    } finally {
      await close();
    }
  });

  it('the home page error state has no axe violation', async () => {
    const { page, close } = await openPage(browser, routes.home.fr, {
      viewport,
      prepare: async (page) => {
        await page.route(
          (url) => url.pathname.startsWith('/api/'),
          (route) => route.abort(),
        );
      },
    });
    try {
      await waitForLists(page);
      expect(await page.locator('[data-state="error"]').count()).toBe(2);
      await expectNoAxeViolations(page, `home error state at ${viewport} size`);
    } finally {
      await close();
    }
  });
});

describe('narrow screens', () => {
  it.each(pages)('$name fits 320 px without horizontal scrolling', async ({ path }) => {
    const { page, close } = await openPage(browser, path);
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      await waitForLists(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await close();
    }
  });
});

describe('screenshots', () => {
  // For a person to look at (design review), written to /tmp; nothing compares them.
  it.each(locales.flatMap((locale) => viewports.map((viewport) => [locale, viewport] as const)))(
    'of the home page (%s, %s)',
    async (locale, viewport) => {
      const { page, close } = await openPage(browser, routes.home[locale], { viewport });
      try {
        await waitForLists(page);
        const file = `/tmp/communs-home-${locale}-${viewport}.png`;
        await writeFile(file, await page.screenshot({ fullPage: true }));
      } finally {
        await close();
      }
    },
  );
});
