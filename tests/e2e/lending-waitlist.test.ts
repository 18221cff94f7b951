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
 * The waiting list as citizens live it, in Chromium on the local stack: a listening player (no
 * training) with one unit, taken by a first person; a second joins the waiting list; the first
 * cancels, and the second finds the unit held for them in "my loans", accepts the terms and
 * claims it with the keyboard. Axe on the page in both states.
 */

const deps = stackTable();
const at = new Date().toISOString();

const layOutCatalogue = async () => {
  const point: LendingPointRecord = {
    id: `e2e-point-${randomUUID().slice(0, 8)}`,
    name: 'Maison de quartier de Recouvrance',
    address: '1 rue de la Porte, Brest',
    lat: 48.3835,
    lng: -4.5013,
    hours: openEveryDay(),
    closures: [],
    contact: {},
    createdAt: at,
    updatedAt: at,
  };
  const model: ModelRecord = {
    id: `e2e-player-${randomUUID().slice(0, 8)}`,
    category: 'listening-player',
    name: 'Baladeur d’écoute',
    description: { fr: 'Un baladeur.', en: 'A player.' },
    parts: [],
    maxLoanDays: 3,
    leadDays: 0,
    pointIds: [point.id],
    scarce: true,
    createdAt: at,
    updatedAt: at,
  };
  const unit: UnitRecord = {
    id: randomUUID(),
    modelId: model.id,
    assetTag: `E2E-${randomUUID().slice(0, 6)}`,
    pointId: point.id,
    status: 'in-service',
    createdAt: at,
    updatedAt: at,
  };
  const stored = await transact(deps, [
    createPointItem(deps, point),
    createModelItem(deps, model),
    ...modelPointItems(deps, model.id, point),
    ...createUnitItems(deps, unit),
  ]);
  if (!stored) throw new Error('catalogue not stored');
  return { point, model };
};

let browser: Browser;
const { open, close } = visitTracker();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

describe('the waiting list', () => {
  it.each(['fr', 'en'] as Locale[])(
    'a person waiting finds the unit held for them in my loans and claims it with the keyboard (%s)',
    async (locale) => {
      const tr = t(locale);
      const { point, model } = await layOutCatalogue();
      const pickUp = addDays(cityDay(new Date(), 'Europe/Paris'), 2);
      const days = { modelId: model.id, pointId: point.id, pickUp, returnDay: addDays(pickUp, 1) };
      const first = await open(browser, { state: await sessionState(deps, uniqueEmail('first')) });
      const taken = await apiSend(first.context, 'POST', '/api/lending/reservations', { ...days, acceptTerms: true });
      const { context, page, errors } = await open(browser, {
        state: await sessionState(deps, uniqueEmail('waiting')),
      });
      const entry = await apiSend(context, 'POST', '/api/lending/waitlist', days);
      expect(entry).toMatchObject({ status: 'waiting' });

      await page.goto(routes.myLoans[locale]);
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      const card = page.locator(`[data-waiting-entry="${entry.id}"]`);
      await expect.poll(() => card.getAttribute('data-status')).toBe('waiting');
      await expectNoAxeViolations(page, `my loans, waiting (${locale})`);

      await apiSend(first.context, 'POST', `/api/lending/reservations/${taken.id}/cancel`);
      // The e-mail's link lands on the entry.
      await page.goto(`${routes.myLoans[locale]}#waiting-${entry.id}`);
      // Only the fragment changed: read the page again.
      await page.reload();
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      await expect.poll(() => card.getAttribute('data-status')).toBe('offered');
      await expectNoAxeViolations(page, `my loans, a unit held (${locale})`);

      // Accept the terms and claim, from the keyboard.
      await card.locator('[data-claim-terms]').focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-loans-status]').textContent())
        .toBe(tr('lendingWaitlist.mine.claimed', { model: model.name }));
      await page.locator('[data-loans="upcoming"] [data-loan]').first().waitFor();
      expect(await page.locator(`[data-waiting-entry="${entry.id}"]`).count()).toBe(0);
      expectNoErrors(errors);
    },
  );
});
