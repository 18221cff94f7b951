import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Debian's Chromium: the e2e tier runs on it, never on a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 667 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starts Chromium headless; fails loudly (never skips) when it is not installed. */
export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the e2e tests need it: run \`apt-get install -y chromium\`.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the background-networking flags, Chromium hangs on a machine with no internet access.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};

export interface OpenedPage {
  page: Page;
  /** The document's response (null for same-document navigations). */
  response: Response | null;
  /** Console errors and uncaught exceptions, CSP violations included. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens a path of the local stack in a fresh browser context (no state shared between tests),
 * with the site's real security headers in force: a CSP violation shows up in `errors`.
 * `prepare` runs before navigation (e.g. to set up request routing).
 */
/** No internet in tests: map tiles get a plain grey square, as a tile server would answer. */
const GREY_TILE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e6e2d8"/></svg>';
export const TILE_REQUESTS = /^https:\/\/[a-z]\.tile\.openstreetmap\.org\//;

/**
 * Map tiles answered in the browser context: grey squares, or `offline` (every tile request fails,
 * as without a network). Any page may show a map with markers (lending points are on several),
 * so every context the tests open answers them.
 */
export const answerTiles = (context: BrowserContext, mode: 'grey' | 'offline') =>
  context.route(TILE_REQUESTS, (route) =>
    mode === 'offline'
      ? route.abort('internetdisconnected')
      : route.fulfill({ contentType: 'image/svg+xml', body: GREY_TILE }),
  );

export const openPage = async (
  browser: Browser,
  path: string,
  options: { viewport?: ViewportName; prepare?: (page: Page) => Promise<void> } = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
  });
  await answerTiles(context, 'grey');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await options.prepare?.(page);
  const response = await page.goto(path);
  return { page, response, errors, close: () => context.close() };
};

/** Waits until every API-filled list of the page has left its loading state. */
export const waitForLists = async (page: Page): Promise<void> => {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-api-list]')].every((list) => list.getAttribute('data-state') !== 'loading'),
  );
};

/**
 * Runs axe-core on the page for WCAG 2.0/2.1 A and AA and asserts there is no violation at all,
 * listing each one (rule, help, target elements) when there are.
 */
export const expectNoAxeViolations = async (page: Page, label = page.url()): Promise<void> => {
  // axe is evaluated over the DevTools protocol rather than added as a <script>: the page's CSP
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(violations, `axe found WCAG violations on ${label}`).toEqual([]);
};
