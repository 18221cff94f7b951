import { createHash, randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../functions/lending/opening-days.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { createDocumentClient } from '../../functions/platform/clients.ts';
import { cityDay } from '../../functions/platform/sent-once.ts';
import { transact } from '../../functions/platform/transact.ts';
import { findModule } from '../../functions/training/catalogue.ts';
import { newCertification } from '../../functions/training/certification-rules.ts';
import { requiredTrainingFor } from '../../functions/training/public.ts';
import { certifyItems } from '../../functions/training/store/certifications.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_TABLE_NAME } from '../../infra/local/local-aws.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Reservations as citizens live them, in Chromium on the local stack. The catalogue's pages and
 * routes are another part's: this file lays out a lending point and a recorder model (with two
 * units) in the stack's table through the stores, as an admin's edits would. A certified citizen
 * reserves through the API and finds the loan on "my loans", then cancels it with the keyboard;
 * an uncertified one is refused with the module's page to take, which exists. Axe on each page.
 */

const deps = {
  db: createDocumentClient({
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    dynamoEndpoint: inject('dynamoEndpoint'),
    budget: 'job',
  }),
  tableName: LOCAL_TABLE_NAME,
};
const at = new Date().toISOString();
const everyDay = [{ opens: '09:00', closes: '19:00' }];

const layOutCatalogue = async () => {
  const point: LendingPointRecord = {
    id: `e2e-point-${randomUUID().slice(0, 8)}`,
    name: 'Médiathèque des Capucins',
    address: '25 rue de Pontaniou, Brest',
    lat: 48.3868,
    lng: -4.5004,
    hours: { mon: everyDay, tue: everyDay, wed: everyDay, thu: everyDay, fri: everyDay, sat: everyDay, sun: everyDay },
    closures: [],
    contact: {},
    createdAt: at,
    updatedAt: at,
  };
  const model: ModelRecord = {
    id: `e2e-zoom-${randomUUID().slice(0, 8)}`,
    category: 'audio-recorder',
    name: 'Zoom H5 field recording kit',
    description: { fr: 'Un kit.', en: 'A kit.' },
    parts: [],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: [point.id],
    scarce: false,
    createdAt: at,
    updatedAt: at,
  };
  const units: UnitRecord[] = [1, 2].map((n) => ({
    id: randomUUID(),
    modelId: model.id,
    assetTag: `E2E-${randomUUID().slice(0, 6)}-${n}`,
    pointId: point.id,
    status: 'in-service',
    createdAt: at,
    updatedAt: at,
  }));
  const stored = await transact(deps, [
    createPointItem(deps, point),
    createModelItem(deps, model),
    ...units.flatMap((unit) => createUnitItems(deps, unit)),
  ]);
  if (!stored) throw new Error('catalogue not stored');
  return { point, model };
};

/** Gives the person the certification the recorders need, as passing the quiz would. */
const certify = async (userId: string) => {
  const module = findModule(requiredTrainingFor('audio-recorder')?.id ?? '');
  if (!module) throw new Error('no module unlocks audio-recorder');
  const now = new Date();
  const items = certifyItems(deps, newCertification({ userId, module, how: 'quiz', now }), {
    userId,
    moduleId: module.id,
    id: randomUUID(),
    at: now.toISOString(),
    act: 'earned',
    by: userId,
  });
  if (!(await transact(deps, items))) throw new Error('certification not stored');
};

let browser: Browser;
let catalogue: Awaited<ReturnType<typeof layOutCatalogue>>;
const { open, close } = visitTracker();
const tomorrow = addDays(cityDay(new Date(), 'Europe/Paris'), 1);

beforeAll(async () => {
  browser = await launchBrowser();
  catalogue = await layOutCatalogue();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

const reservation = () => ({
  modelId: catalogue.model.id,
  pointId: catalogue.point.id,
  pickUp: tomorrow,
  returnDay: addDays(tomorrow, 1),
  acceptTerms: true,
});

describe('reserving equipment', () => {
  it.each(['fr', 'en'] as Locale[])(
    'a certified citizen reserves a recorder, finds it in my loans and cancels it with the keyboard (%s)',
    async (locale) => {
      const tr = t(locale);
      const state: StorageState = await signedInState(browser, uniqueEmail('borrower'));
      const { context, page, errors } = await open(browser, { state });
      const me = await apiSend(context, 'GET', '/api/me');
      await certify(String(me.id));
      const reserved = await apiSend(context, 'POST', '/api/lending/reservations', reservation());
      expect(reserved).toMatchObject({ status: 'reserved', phase: 'upcoming' });

      await page.goto(routes.myLoans[locale]);
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      const card = page.locator(`[data-loans="upcoming"] [data-loan="${reserved.id}"]`);
      await expect.poll(() => card.locator('h3').textContent()).toBe(catalogue.model.name);
      await expectNoAxeViolations(page, `my loans (${locale})`);

      // Cancel, asked twice, with the keyboard only.
      await card.getByRole('button', { name: tr('lending.mine.cancel') }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-cancel-yes'))).toBe(true);
      await page.keyboard.press('Enter');
      const cancelled = page.locator(`[data-loans="past"] [data-loan="${reserved.id}"][data-status="cancelled"]`);
      await cancelled.waitFor();
      await expect
        .poll(() => page.locator('[data-loans-status]').textContent())
        .toBe(tr('lending.mine.cancelled', { model: catalogue.model.name }));
      await expectNoAxeViolations(page, `my loans after cancelling (${locale})`);
      expectNoErrors(errors);
    },
  );

  it('an uncertified citizen is refused and sent to the training that unlocks the recorders', async () => {
    const state = await signedInState(browser, uniqueEmail('untrained'));
    const { context, page } = await open(browser, { state });
    const body = JSON.stringify(reservation());
    const refused = await context.request.fetch('/api/lending/reservations', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-communs-client': 'e2e',
        'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
      },
      data: body,
    });
    expect(refused.status()).toBe(403);
    const problem = (await refused.json()) as {
      link: string;
      requiredTraining: { moduleId: string; title: { fr: string } };
    };
    expect(problem.requiredTraining.moduleId).toBe(requiredTrainingFor('audio-recorder')?.id);
    const training = await page.goto(problem.link);
    expect(training?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toContain(problem.requiredTraining.title.fr);
  });
});
