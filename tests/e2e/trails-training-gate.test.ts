import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { transact } from '../../functions/platform/transact.ts';
import { getTrail } from '../../functions/trails/store.ts';
import { findModule } from '../../functions/training/catalogue.ts';
import { newCertification } from '../../functions/training/certification-rules.ts';
import { certifyItems } from '../../functions/training/store/certifications.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { trainingModuleHref } from '../../web/src/lib/ui/links.ts';
import { trailFixture } from '../api/trails-support.ts';
import { type E2eStack, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { expectNoErrors, type StorageState, visit, visitTracker } from './projects-support.ts';

/**
 * Publishing a trail when the city requires a training (`publishRequiresTraining`), in Chromium.
 * The run's shared stack has the setting off, so this file starts a stack of its own with it on.
 * A steward whose trail meets the publication rule presses Publish: the editor says, in the
 * page's language, which training is needed and why (not started, then expired), with a link to
 * the module's page that the keyboard reaches and follows; once certified, the trail is published.
 * Axe finds nothing on the refused state.
 */

const MODULE = 'licences-libres-et-consentement';
const module = findModule(MODULE);
if (!module) throw new Error(`The module ${MODULE} of content/training/ is needed`);
const TITLE = module.manifest.title;

let stack: LocalStack;
let gated: E2eStack;
let browser: Browser;
let steward: StorageState;
let stewardId = '';
let trailId = '';
const { open, close: closeVisits } = visitTracker();

/** Stores a certification of the module for `userId`, earned at `earnedAt`, as a passed quiz does. */
const certify = async (deps: AppDeps, userId: string, earnedAt: Date) => {
  const record = newCertification({ userId, module, how: 'quiz', now: earnedAt });
  const at = earnedAt.toISOString();
  const items = certifyItems(deps, record, {
    userId,
    moduleId: MODULE,
    id: randomUUID(),
    at,
    act: 'earned',
    by: userId,
  });
  if (!(await transact(deps, items))) throw new Error('The certification was not stored');
};

/** Opens the editor of the trail in `locale` and presses Publish; returns the publication status line. */
const pressPublish = async (page: Page, locale: Locale) => {
  await page.goto(`${routes.trailEdit[locale]}?id=${trailId}`);
  await page.locator('[data-trail-editor][data-state="ready"]').waitFor();
  const publish = page.getByRole('button', { name: t(locale)('trailEditor.publication.publish') });
  await publish.click();
  const status = page.locator('[data-publication-status]');
  await status.locator('a').waitFor();
  return { publish, status };
};

/** The words of the status line, its link taken as its text. */
const expectedText = (locale: Locale, state: 'not-started' | 'expired') =>
  t(locale)(`trailEditor.publication.training.${state}`).replace('{link}', TITLE[locale]);

beforeAll(async () => {
  stack = await startLocalStack({
    inMemory: true,
    port: 0,
    quiet: true,
    seedDemo: false,
    config: { publishRequiresTraining: MODULE },
  });
  gated = { baseUrl: stack.url, outboxDir: stack.outboxDir };
  browser = await launchBrowser();
  steward = await signedInState(browser, uniqueEmail('trail-gate'), gated);
  const { context } = await visit(browser, { state: steward, stack: gated });
  try {
    stewardId = ((await (await context.request.get('/api/me')).json()) as { id: string }).id;
  } finally {
    await context.close();
  }
  // A trail that meets the publication rule (stops, each with a recording and its transcript).
  trailId = (await trailFixture(stack.deps, stewardId, { publish: false })).trail.id;
}, 120_000);

afterEach(closeVisits);

afterAll(async () => {
  await closeVisits();
  await browser?.close();
  await stack?.stop();
});

describe('publishing when the city requires a training', () => {
  it('tells a steward without it which training to take, with a link the keyboard follows (French)', async () => {
    const { page, errors } = await open(browser, { state: steward, stack: gated });
    const { publish, status } = await pressPublish(page, 'fr');
    expect(await status.textContent()).toBe(expectedText('fr', 'not-started'));
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('data-tone')).toBe('error');
    const link = status.getByRole('link', { name: TITLE.fr, exact: true });
    expect(await link.getAttribute('href')).toBe(trainingModuleHref('fr', MODULE));
    // Still a draft: the button stays where it was.
    expect(await page.locator('[data-trail-status]').textContent()).toBe(t('fr')('trailEditor.status.draft'));
    expect((await getTrail(stack.deps, trailId))?.status).toBe('draft');
    await expectNoAxeViolations(page, 'the editor, publication refused for want of the training');

    // From the Publish button, the next stop of the keyboard is the link; Enter opens the module.
    await publish.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TITLE.fr);
    await Promise.all([
      page.waitForURL((url) => url.pathname === trainingModuleHref('fr', MODULE)),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.locator('h1').textContent()).toContain(TITLE.fr);
    expectNoErrors(errors, [403]);
  });

  it('asks a steward whose certification expired to renew it, linking to the module (English)', async () => {
    const { page, errors } = await open(browser, { state: steward, stack: gated });
    // Earned a day more than its validity ago: expired yesterday.
    const earnedAt = new Date(stack.deps.clock.now());
    earnedAt.setUTCMonth(earnedAt.getUTCMonth() - module.manifest.validityMonths);
    earnedAt.setUTCDate(earnedAt.getUTCDate() - 1);
    await certify(stack.deps, stewardId, earnedAt);

    const { status } = await pressPublish(page, 'en');
    expect(await status.textContent()).toBe(expectedText('en', 'expired'));
    const link = status.getByRole('link', { name: TITLE.en, exact: true });
    expect(await link.getAttribute('href')).toBe(trainingModuleHref('en', MODULE));
    await expectNoAxeViolations(page, 'the editor, publication refused for an expired training');
    expectNoErrors(errors, [403]);
  });

  it('publishes once the steward holds the training', async () => {
    const { page, errors } = await open(browser, { state: steward, stack: gated });
    await certify(stack.deps, stewardId, stack.deps.clock.now());

    await page.goto(`${routes.trailEdit.fr}?id=${trailId}`);
    await page.locator('[data-trail-editor][data-state="ready"]').waitFor();
    await page.getByRole('button', { name: t('fr')('trailEditor.publication.publish') }).click();
    await page
      .locator('[data-publication-status]')
      .filter({ hasText: t('fr')('trailEditor.publication.done') })
      .waitFor();
    expect(await page.locator('[data-publication-status] a').count()).toBe(0);
    expect((await getTrail(stack.deps, trailId))?.status).toBe('published');
    expectNoErrors(errors);
  });
});
