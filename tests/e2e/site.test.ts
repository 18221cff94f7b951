import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Locale,
  locales,
  type MessageKey,
  otherLocale,
  type RouteName,
  routes,
  t,
} from '../../web/src/i18n/index.ts';
import type { ProjectSummary, TrailSummary } from '../../web/src/lib/api-types.ts';
import { expectNoAxeViolations, launchBrowser, openPage, waitForLists } from './browser.ts';

/** The site's behaviour in Chromium, on the local stack with its real API (and no demo data). */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const routeNames = Object.keys(routes) as RouteName[];
const apiPath = (list: 'projects' | 'trails') => (url: URL) => url.pathname === `/api/${list}`;

describe.each(locales)('home page (%s)', (locale) => {
  const tr = t(locale);

  it('is in its language, presents the three pillars, and shows the empty lists the API returns', async () => {
    const { page, errors, close } = await openPage(browser, 'about:blank');
    try {
      const apiAnswers = ['projects', 'trails'].map((list) =>
        page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${list}`),
      );
      const response = await page.goto(routes.home[locale]);
      expect(response?.status()).toBe(200);
      for (const answer of await Promise.all(apiAnswers)) expect(answer.status()).toBe(200);

      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.title()).toBe(tr('home.meta.title'));
      expect(await page.locator('h1').textContent()).toBe(tr('home.title'));
      expect(await page.locator('.pillars > li h3').allTextContents()).toEqual([
        tr('pillars.borrow.title'),
        tr('pillars.learn.title'),
        tr('pillars.publish.title'),
      ]);

      await waitForLists(page);
      for (const [list, empty] of [
        ['projects', 'projects.empty'],
        ['trails', 'trails.empty'],
      ] as const) {
        const container = page.locator(`[data-api-list="${list}"]`);
        expect(await container.getAttribute('data-state')).toBe('empty');
        const region = container.locator('[aria-live="polite"]');
        expect(await region.textContent()).toBe(tr(empty));
        expect(await region.getAttribute('aria-busy')).toBe('false');
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('declares its alternates in both languages', async () => {
    const { page, close } = await openPage(browser, routes.home[locale]);
    try {
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
      expect(Object.fromEntries(alternates)).toEqual({ fr: '/', en: '/en/', 'x-default': '/' });
    } finally {
      await close();
    }
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    const { page, close } = await openPage(browser, routes.home[locale]);
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent,
          href: element.getAttribute('href'),
          visible: box.width > 0 && box.top >= 0,
        };
      });
      expect(focused).toEqual({ text: tr('skip.toMain'), href: '#main', visible: true });

      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // The next Tab continues from the main content onwards, not from the top of the page.
      await page.keyboard.press('Tab');
      const afterMainStart = await page.evaluate(() => {
        const main = document.getElementById('main') as HTMLElement;
        const focused = document.activeElement as Element;
        return (
          main.contains(focused) || Boolean(main.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      });
      expect(afterMainStart).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows where keyboard focus is', async () => {
    const { page, close } = await openPage(browser, routes.home[locale]);
    try {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    } finally {
      await close();
    }
  });
});

describe('language switcher', () => {
  it('goes from the French home page to the English one and back', async () => {
    const { page, close } = await openPage(browser, '/');
    try {
      await Promise.all([page.waitForURL('**/en/'), page.click('a[hreflang="en"]')]);
      expect(new URL(page.url()).pathname).toBe('/en/');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe(t('en')('home.title'));

      await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('a[hreflang="fr"]')]);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('h1').textContent()).toBe(t('fr')('home.title'));
    } finally {
      await close();
    }
  });

  it.each(routeNames.flatMap((route) => locales.map((locale) => [route, locale] as const)))(
    'links %s (%s) to the same page in the other language, named in that language',
    async (route, locale) => {
      const other = otherLocale(locale);
      const { page, close } = await openPage(browser, routes[route][locale]);
      try {
        const switcher = page.locator('header a[hreflang]');
        expect(await switcher.getAttribute('href')).toBe(routes[route][other]);
        expect(await switcher.getAttribute('lang')).toBe(other);
        expect(await switcher.textContent()).toBe(t(other)('lang.name'));
        const target = await page.request.get(routes[route][other]);
        expect(target.status()).toBe(200);
      } finally {
        await close();
      }
    },
  );
});

describe('pages', () => {
  it.each(routeNames.flatMap((route) => locales.map((locale) => [route, locale] as const)))(
    '%s (%s) is served, in its language, without console errors',
    async (route, locale) => {
      const { page, response, errors, close } = await openPage(browser, routes[route][locale]);
      try {
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('main#main').count()).toBe(1);
        expect(await page.locator('header nav').getAttribute('aria-label')).toBe(t(locale)('nav.label'));
        await waitForLists(page);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it.each(['/n-existe-pas', '/en/does-not-exist', '/projets/inconnu/'])(
    'answers an unknown path (%s) with the bilingual 404 page',
    async (path) => {
      const { page, response, errors, close } = await openPage(browser, path);
      try {
        expect(response?.status()).toBe(404);
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
        const heading = await page.locator('h1').textContent();
        expect(heading).toContain(t('fr')('notFound.title'));
        expect(heading).toContain(t('en')('notFound.title'));
        expect(await page.locator('[lang="en"] a').getAttribute('href')).toBe(routes.home.en);
        expect(await page.locator('main a[href="/"]').textContent()).toBe(t('fr')('notFound.home'));
        // Chromium logs the document's own 404; anything else would be a real error.
        expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('serves no inline script, so the CSP (script-src self) holds', async () => {
    const paths = [...routeNames.flatMap((route) => locales.map((locale) => routes[route][locale])), '/n-existe-pas'];
    for (const path of paths) {
      const html = await (await fetch(new URL(path, inject('baseUrl')))).text();
      const inline = [...html.matchAll(/<script\b([^>]*)>/gi)]
        .map(([tag, attributes = '']) => ({ tag, attributes }))
        .filter(
          ({ attributes }) => !/\ssrc=/i.test(attributes) && !/type=["']?application\/ld\+json/i.test(attributes),
        );
      expect(inline.map(({ tag }) => `${path}: ${tag}`)).toEqual([]);
    }
  });
});

describe('lists when the API fails', () => {
  const messages: Record<'projects' | 'trails', MessageKey> = { projects: 'projects.error', trails: 'trails.error' };

  it.each(locales)('say so honestly and offer to try again (%s)', async (locale: Locale) => {
    const tr = t(locale);
    const { page, close } = await openPage(browser, 'about:blank');
    try {
      // Projects: the network fails; trails: the API answers with a 503 problem.
      await page.route(apiPath('projects'), (route) => route.abort('connectionrefused'));
      await page.route(apiPath('trails'), (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'urn:communs:problem:dependency-unavailable',
            title: 'Unavailable',
            status: 503,
          }),
        }),
      );
      await page.goto(routes.home[locale]);
      await waitForLists(page);
      for (const list of ['projects', 'trails'] as const) {
        const container = page.locator(`[data-api-list="${list}"]`);
        expect(await container.getAttribute('data-state')).toBe('error');
        expect(await container.locator('.api-list__status').textContent()).toContain(tr(messages[list]));
        expect(await container.locator('button').textContent()).toBe(tr('list.retry'));
      }

      // Once the API answers again, "try again" loads the real (empty) list.
      await page.unrouteAll();
      await page.locator('[data-api-list="projects"] button').click();
      await page.waitForFunction(
        () => document.querySelector('[data-api-list="projects"]')?.getAttribute('data-state') === 'empty',
      );
      expect(await page.locator('[data-api-list="projects"] [aria-live]').textContent()).toBe(tr('projects.empty'));
      // The pressed button is gone; focus stayed in the list rather than falling back to the top.
      expect(
        await page.evaluate(() => document.activeElement?.closest('[data-api-list]')?.getAttribute('data-api-list')),
      ).toBe('projects');
    } finally {
      await close();
    }
  });
});

describe('lists with items', () => {
  // Until the API can create projects and trails, the items come from a routed answer; its type
  // is the API's own response type, so this sample cannot drift from the contract.
  const projects: ProjectSummary[] = [
    {
      slug: 'sons-du-port',
      title: 'Les sons du port',
      summary: 'Enregistrer les bruits du port de commerce, du matin au soir.',
      neighbourhood: 'Recouvrance',
      status: 'active',
      tags: ['audio', 'patrimoine'],
    },
    {
      slug: 'atelier-radio',
      title: 'Atelier radio',
      summary: 'Une émission faite par le quartier.',
      status: 'idea',
      tags: [],
    },
  ];
  const trail = {
    projectSlug: 'p',
    distanceMetres: 900,
    walkingMinutes: 12,
    featured: false,
    status: 'published' as const,
  };
  const trails: TrailSummary[] = [
    { ...trail, id: 't1', title: 'Rive droite', area: 'Recouvrance', languages: ['fr', 'br'], stopCount: 1 },
    { ...trail, id: 't2', title: 'Les quais', area: 'Port', languages: [], stopCount: 7 },
  ];

  it.each(locales)('renders them as cards, in the page language (%s)', async (locale) => {
    const tr = t(locale);
    const { page, errors, close } = await openPage(browser, 'about:blank');
    try {
      for (const [list, items] of [
        ['projects', projects],
        ['trails', trails],
      ] as const) {
        await page.route(apiPath(list), (route) => route.fulfill({ json: { items, nextCursor: null } }));
      }
      await page.goto(routes.home[locale]);
      await waitForLists(page);

      const projectCards = page.locator('[data-api-list="projects"] li.card');
      expect(await projectCards.locator('h3').allTextContents()).toEqual(['Les sons du port', 'Atelier radio']);
      expect(await projectCards.first().locator('.card__meta').textContent()).toBe(
        `${tr('projects.status.active')} · ${tr('projects.neighbourhood', { name: 'Recouvrance' })}`,
      );
      expect(await projectCards.first().locator('.tags').getAttribute('aria-label')).toBe(tr('projects.tags'));
      expect(await projectCards.first().locator('.tag').allTextContents()).toEqual(['audio', 'patrimoine']);

      const trailCards = page.locator('[data-api-list="trails"] li.card');
      const firstTrail = await trailCards.first().locator('.card__meta').allTextContents();
      expect(firstTrail[0]).toBe(tr('trails.area', { name: 'Recouvrance' }));
      expect(firstTrail[1]).toContain(tr('trails.stops.one', { count: 1 }));
      expect(await trailCards.nth(1).locator('.card__meta').allTextContents()).toEqual([
        tr('trails.area', { name: 'Port' }),
        tr('trails.stops.other', { count: 7 }),
      ]);

      await expectNoAxeViolations(page, `home (${locale}) with items`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
