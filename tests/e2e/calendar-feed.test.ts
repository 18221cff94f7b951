import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../functions/lending/opening-days.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { modelPointItems } from '../../functions/lending/store/point-copies.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { cityDay } from '../../functions/platform/sent-once.ts';
import { transact } from '../../functions/platform/transact.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { expectNoErrors, visitTracker } from './projects-support.ts';

/**
 * The "my calendar" block of my loans and my training, in Chromium on the local stack: a citizen
 * with a loan makes their private calendar address with the keyboard, a calendar application
 * (a request without the session) reads the loan from it, then the citizen deletes it with the
 * keyboard and the address stops answering. Axe on each page.
 */

const deps = stackTable();
const at = new Date().toISOString();

/** A point open every day with a listening player (no training needed), one unit. */
const layOut = async () => {
  const point: LendingPointRecord = {
    id: `e2e-point-${randomUUID().slice(0, 8)}`,
    name: 'Maison de quartier de Bellevue',
    address: '1 place Napoléon III, Brest',
    lat: 48.4,
    lng: -4.5,
    hours: openEveryDay(),
    closures: [],
    contact: {},
    createdAt: at,
    updatedAt: at,
  };
  const model: ModelRecord = {
    id: `e2e-player-${randomUUID().slice(0, 8)}`,
    category: 'listening-player',
    name: `Baladeur ${randomUUID().slice(0, 4)}`,
    description: { fr: 'Un baladeur.', en: 'A player.' },
    parts: [],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: [point.id],
    scarce: false,
    createdAt: at,
    updatedAt: at,
  };
  const units: UnitRecord[] = [1, 2].map((index) => ({
    id: randomUUID(),
    modelId: model.id,
    assetTag: `E2E-${randomUUID().slice(0, 6)}-${index}`,
    pointId: point.id,
    status: 'in-service',
    createdAt: at,
    updatedAt: at,
  }));
  const stored = await transact(deps, [
    createPointItem(deps, point),
    createModelItem(deps, model),
    ...modelPointItems(deps, model.id, point),
    ...units.flatMap((unit) => createUnitItems(deps, unit)),
  ]);
  if (!stored) throw new Error('catalogue not stored');
  return { point, model };
};

let browser: Browser;
let catalogue: Awaited<ReturnType<typeof layOut>>;
const { open, close } = visitTracker();
const tomorrow = addDays(cityDay(new Date(), 'Europe/Paris'), 1);

beforeAll(async () => {
  browser = await launchBrowser();
  catalogue = await layOut();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

describe('my calendar address', () => {
  it.each(['fr', 'en'] as Locale[])(
    'is made, read by a calendar and deleted with the keyboard from my loans (%s)',
    async (locale) => {
      const tr = t(locale);
      const state = await sessionState(deps, uniqueEmail('calendar'));
      const { context, page, errors } = await open(browser, { state });
      const loan = await apiSend(context, 'POST', '/api/lending/reservations', {
        modelId: catalogue.model.id,
        pointId: catalogue.point.id,
        pickUp: tomorrow,
        returnDay: tomorrow,
        acceptTerms: true,
      });

      await page.goto(routes.myLoans[locale]);
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      const block = page.locator('[data-calendar-feed]');
      await block.waitFor();
      await expect.poll(() => block.locator('[data-feed-state]').textContent()).toBe(tr('calendarFeed.none'));
      await expectNoAxeViolations(page, `my loans' calendar block (${locale})`);

      await block.getByRole('button', { name: tr('calendarFeed.create') }).focus();
      await page.keyboard.press('Enter');
      const address = block.getByLabel(tr('calendarFeed.address.label'));
      await expect.poll(() => address.inputValue()).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calendar-feed-url');
      await expect.poll(() => block.locator('[data-feed-status]').textContent()).toBe(tr('calendarFeed.created'));
      await expectNoAxeViolations(page, `my loans' calendar address shown (${locale})`);

      // What a calendar application does: a GET of the address, without the session.
      const path = new URL(await address.inputValue()).pathname;
      const reader = await browser.newContext({ baseURL: new URL(page.url()).origin });
      const read = await reader.request.get(path);
      expect(read.status()).toBe(200);
      expect(read.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      expect((await read.text()).replace(/\r\n /g, '')).toContain(`UID:loan-${String(loan.id)}-pick-up@`);

      // Deleted, asked twice, with the keyboard only.
      await block.getByRole('button', { name: tr('calendarFeed.revoke') }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-feed-revoke-yes')))
        .toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => block.locator('[data-feed-status]').textContent()).toBe(tr('calendarFeed.revoked'));
      expect(await address.isHidden()).toBe(true);
      expect((await reader.request.get(path)).status()).toBe(404);
      await reader.close();
      expectNoErrors(errors);
    },
  );

  it('is on my training too', async () => {
    const state = await sessionState(deps, uniqueEmail('calendar-training'));
    const { page, errors } = await open(browser, { state });
    await page.goto(routes.myTraining.en);
    const block = page.locator('[data-calendar-feed]');
    await block.waitFor();
    await expect.poll(() => block.locator('h2').textContent()).toBe(t('en')('calendarFeed.title'));
    await expectNoAxeViolations(page, 'my training with its calendar block');
    expectNoErrors(errors);
  });
});
