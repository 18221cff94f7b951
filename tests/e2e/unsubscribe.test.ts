import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, routes, t } from '../../web/src/i18n/index.ts';
import { expectNoAxeViolations, launchBrowser, openPage } from './browser.ts';

/** The page a digest's unsubscribe link opens: opening it changes nothing, its button does. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TOKEN = 'a-link-no-digest-ever-carried-0123456789';

describe.each(locales)('the unsubscribe page (%s)', (locale) => {
  it('sends nothing on opening; the button posts the link’s tokens and says the outcome', async () => {
    const posts: string[] = [];
    const { page, errors, close } = await openPage(browser, `${routes.unsubscribe[locale]}?token=${TOKEN}`, {
      prepare: async (page) => {
        page.on('request', (request) => {
          if (request.method() === 'POST') posts.push(request.postData() ?? '');
        });
      },
    });
    try {
      const button = page.getByRole('button', { name: t(locale)('projects.unsubscribe.confirm') });
      await button.waitFor();
      await expectNoAxeViolations(page, `unsubscribe (${locale})`);
      expect(posts).toEqual([]);

      await button.click();
      // A token no digest carried: accepted through the edge (body hash, origin), nothing to stop.
      await page
        .getByRole('status')
        .filter({ hasText: t(locale)('projects.unsubscribe.already') })
        .waitFor();
      expect(posts.map((body) => JSON.parse(body))).toEqual([{ tokens: [TOKEN] }]);
      expect(await button.isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says what to do when the link lost its token, with no button', async () => {
    const { page, close } = await openPage(browser, routes.unsubscribe[locale]);
    try {
      await page
        .getByRole('status')
        .filter({ hasText: t(locale)('projects.unsubscribe.noToken') })
        .waitFor();
      expect(await page.getByRole('button', { name: t(locale)('projects.unsubscribe.confirm') }).isHidden()).toBe(true);
    } finally {
      await close();
    }
  });
});
