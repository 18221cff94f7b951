import { createHash, randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../functions/lending/opening-days.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { modelPointItems } from '../../functions/lending/store/point-copies.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { HOLD_HOURS } from '../../functions/lending/waitlist/waiting-order.ts';
import { cityDay } from '../../functions/platform/sent-once.ts';
import { transact } from '../../functions/platform/transact.ts';
import { findModule } from '../../functions/training/catalogue.ts';
import { newCertification } from '../../functions/training/certification-rules.ts';
import { requiredTrainingFor } from '../../functions/training/public.ts';
import { certifyItems } from '../../functions/training/store/certifications.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Reservations as citizens live them, in Chromium on the local stack. The catalogue's pages and
 * routes are another part's: this file lays out a lending point and a recorder model (with two
 * units) in the stack's table through the stores, as an admin's edits would. A certified citizen
 * reserves through the API and finds the loan on "my loans", then cancels it with the keyboard;
 * an uncertified one is refused with the module's page to take, which exists. From the model
 * page, a certified citizen reserves with the keyboard, or, when the only unit is taken, is told
 * the next free dates and joins the waiting list from the refusal. Axe on each page.
 */

const deps = stackTable();
const at = new Date().toISOString();

/** A lending point open every day. */
const pointRecord = (name: string): LendingPointRecord => ({
  id: `e2e-point-${randomUUID().slice(0, 8)}`,
  name,
  address: '25 rue de Pontaniou, Brest',
  lat: 48.3868,
  lng: -4.5004,
  hours: openEveryDay(),
  closures: [],
  contact: {},
  createdAt: at,
  updatedAt: at,
});

/**
 * A recorder model with `units` units at the last of its points (by default one point, two
 * units); `name` apart from the other files' models, which the catalogue lists too.
 */
const layOutCatalogue = async (options: { points?: number; units?: number; name?: string } = {}) => {
  const points = Array.from({ length: options.points ?? 1 }, (_, index) =>
    pointRecord(index === 0 ? 'Médiathèque des Capucins' : `Maison de quartier ${randomUUID().slice(0, 6)}`),
  );
  const point = points.at(-1) as LendingPointRecord;
  const model: ModelRecord = {
    id: `e2e-zoom-${randomUUID().slice(0, 8)}`,
    category: 'audio-recorder',
    name: options.name ?? 'Zoom H5 field recording kit',
    description: { fr: 'Un kit.', en: 'A kit.' },
    parts: [],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: points.map((p) => p.id),
    scarce: false,
    createdAt: at,
    updatedAt: at,
  };
  const units: UnitRecord[] = Array.from({ length: options.units ?? 2 }, (_, index) => ({
    id: randomUUID(),
    modelId: model.id,
    assetTag: `E2E-${randomUUID().slice(0, 6)}-${index + 1}`,
    pointId: point.id,
    status: 'in-service',
    createdAt: at,
    updatedAt: at,
  }));
  const stored = await transact(deps, [
    ...points.map((p) => createPointItem(deps, p)),
    createModelItem(deps, model),
    ...points.flatMap((p) => modelPointItems(deps, model.id, p)),
    ...units.flatMap((unit) => createUnitItems(deps, unit)),
  ]);
  if (!stored) throw new Error('catalogue not stored');
  return { point, points, model };
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
      const state: StorageState = await sessionState(deps, uniqueEmail('borrower'));
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
    const state = await sessionState(deps, uniqueEmail('untrained'));
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

/** Types a day into a date field from the keyboard, its parts in the order the browser shows them. */
const typeDay = async (page: Page, field: Locator, day: string) => {
  const [year, month, date] = day.split('-') as [string, string, string];
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(Date.UTC(2026, 10, 22)))
      .map((part) => part.type)
      .filter((type) => type === 'year' || type === 'month' || type === 'day'),
  );
  await field.focus();
  for (const part of order) await page.keyboard.type(part === 'year' ? year : part === 'month' ? month : date);
  await expect.poll(() => field.inputValue()).toBe(day);
};

const settled = async (page: Page, selector: string) => {
  const root = page.locator(`${selector}:not([data-state="loading"])`);
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

/** From the catalogue to the model's page, as a resident goes. */
const openModelFromCatalogue = async (page: Page, locale: Locale, model: { id: string; name: string }) => {
  await page.goto(routes.lendingEquipment[locale]);
  expect(await settled(page, '[data-lending-catalogue]')).toBe('ready');
  await page.locator(`[data-model="${model.id}"]`).getByRole('link', { name: model.name }).click();
  expect(await settled(page, '[data-lending-model]')).toBe('ready');
  expect(await settled(page, '[data-availability]')).toBe('ready');
};

/** The form of the model page, filled and confirmed from the keyboard; `pointSteps` presses of ↓ on its point. */
const reserveFromTheForm = async (
  page: Page,
  locale: Locale,
  days: { pickUp: string; returnDay: string },
  pointSteps: number,
) => {
  const tr = t(locale);
  const form = page.locator('#reserve [data-reserve-form]');
  await form.locator('[data-field="pointId"]').focus();
  for (let step = 0; step < pointSteps; step++) await page.keyboard.press('ArrowDown');
  await typeDay(page, form.locator('[data-field="pickUp"]'), days.pickUp);
  await typeDay(page, form.locator('[data-field="returnDay"]'), days.returnDay);
  await form.getByRole('button', { name: tr('lending.reserve.review') }).focus();
  await page.keyboard.press('Enter');
  // The summary takes the focus; the terms are ticked with the space bar, the confirmation sent with Enter.
  await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-summary-title'))).toBe(true);
  await expectNoAxeViolations(page, `the reservation's summary (${locale})`);
  await form.locator('[data-field="acceptTerms"]').focus();
  await page.keyboard.press('Space');
  await form.getByRole('button', { name: tr('lending.reserve.confirm') }).focus();
  await page.keyboard.press('Enter');
  return form;
};

describe('reserving from the model page', () => {
  it.each(['fr', 'en'] as Locale[])(
    'a certified citizen picks a point and days with the keyboard, confirms, sees the days taken and the loan in my loans (%s)',
    async (locale) => {
      const tr = t(locale);
      const laid = await layOutCatalogue({ points: 2, units: 1, name: `Zoom H5 ${randomUUID().slice(0, 6)}` });
      const state = await sessionState(deps, uniqueEmail(`reserver-${locale}`));
      const { context, page, errors } = await open(browser, { state });
      await certify(String((await apiSend(context, 'GET', '/api/me')).id));

      await openModelFromCatalogue(page, locale, laid.model);
      await expectNoAxeViolations(page, `the model page with its form (${locale})`);
      const days = { pickUp: tomorrow, returnDay: addDays(tomorrow, 1) };
      // The unit is at the second point: one press of ↓ on the form's point.
      const form = await reserveFromTheForm(page, locale, days, 1);
      const status = form.locator('[data-reserve-status]');
      await expect.poll(() => status.textContent()).toBe(tr('lending.reserve.done'));
      expect(await status.getAttribute('data-tone')).toBe('success');

      // The table comes back at the point and month of the reservation, read fresh: both days taken.
      const availability = page.locator('[data-availability]');
      await expect.poll(() => availability.locator('[data-availability-point]').inputValue()).toBe(laid.point.id);
      for (const day of [days.pickUp, days.returnDay]) {
        await expect
          .poll(() => availability.locator(`td[data-day="${day}"] .lending-day__state`).textContent())
          .toBe(tr('lendingCatalogue.availability.full'));
      }
      await expectNoAxeViolations(page, `the model page after reserving (${locale})`);

      await form.locator('[data-my-loans-link]').click();
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      const card = page.locator('[data-loans="upcoming"] [data-loan]').filter({ hasText: laid.model.name });
      await expect.poll(() => card.count()).toBe(1);
      await expectNoAxeViolations(page, `my loans after reserving (${locale})`);
      expectNoErrors(errors);
    },
  );

  it('an uncertified citizen trying to reserve a recorder is told which training and given its link', async () => {
    const fr = t('fr');
    const laid = await layOutCatalogue({ units: 1, name: `Tascam ${randomUUID().slice(0, 6)}` });
    const state = await sessionState(deps, uniqueEmail('untrained-form'));
    const { page } = await open(browser, { state });
    await openModelFromCatalogue(page, 'fr', laid.model);
    const module = findModule(requiredTrainingFor('audio-recorder')?.id ?? '');
    if (!module) throw new Error('no module unlocks audio-recorder');
    const form = await reserveFromTheForm(page, 'fr', { pickUp: tomorrow, returnDay: tomorrow }, 0);
    await expect
      .poll(() => form.locator('[data-reserve-status]').textContent())
      .toBe(fr('lending.reserve.training', { module: module.manifest.title.fr }));
    const link = form.locator('[data-training-link]');
    expect(await link.getAttribute('href')).toBe(`/formations/${module.id}/`);
    await expectNoAxeViolations(page, 'the refusal naming the training');
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(module.manifest.title.fr);
  });

  it.each(['fr', 'en'] as Locale[])(
    'a certified citizen finds the only unit taken, is offered the waiting list and joins it with the keyboard (%s)',
    async (locale) => {
      const tr = t(locale);
      const laid = await layOutCatalogue({ units: 1, name: `Zoom H5 ${randomUUID().slice(0, 6)}` });
      const days = { pickUp: tomorrow, returnDay: addDays(tomorrow, 1) };
      // Someone else took the only unit for those days first.
      const first = await open(browser, { state: await sessionState(deps, uniqueEmail(`first-${locale}`)) });
      await certify(String((await apiSend(first.context, 'GET', '/api/me')).id));
      await apiSend(first.context, 'POST', '/api/lending/reservations', {
        modelId: laid.model.id,
        pointId: laid.point.id,
        ...days,
        acceptTerms: true,
      });

      const state = await sessionState(deps, uniqueEmail(`waiter-${locale}`));
      const { context, page, errors } = await open(browser, { state });
      await certify(String((await apiSend(context, 'GET', '/api/me')).id));
      await openModelFromCatalogue(page, locale, laid.model);
      // The fairness rules, in plain words: the hold's length, first come first served (not scarce).
      const fairness = page.locator('[data-model-fairness]');
      await expect
        .poll(() => fairness.locator('[data-fairness-rules] li').allTextContents())
        .toEqual([
          tr('lendingWaitlist.fairness.waiting', { hours: String(HOLD_HOURS) }),
          tr('lendingWaitlist.fairness.order'),
          tr('lendingWaitlist.fairness.same'),
        ]);
      expect(await fairness.locator('[data-fairness-outcomes]').getAttribute('href')).toMatch(
        /^\/api\/lending\/outcomes\?month=\d{4}-\d{2}$/,
      );
      await expectNoAxeViolations(page, `the model page's fairness section (${locale})`);

      const form = await reserveFromTheForm(page, locale, days, 0);
      const status = form.locator('[data-reserve-status]');
      await expect.poll(() => status.textContent()).toBe(tr('lending.reserve.taken'));
      expect(await status.getAttribute('data-tone')).toBe('error');
      // The next free dates, as buttons: the same length, after the days taken.
      const nextFree = form.locator('[data-next-free]');
      await expect.poll(() => nextFree.count()).toBeGreaterThan(0);
      for (const day of await nextFree.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-next-free'))))
        expect(String(day) > days.returnDay).toBe(true);
      const join = form.getByRole('button', { name: tr('lendingWaitlist.join.button') });
      expect(await join.count()).toBe(1);
      await expectNoAxeViolations(page, `the refusal with the waiting list offered (${locale})`);

      // Join from the keyboard; the offer's status line (role="status") says it is done and, the
      // button gone, holds the focus.
      await join.focus();
      await page.keyboard.press('Enter');
      const joined = form.locator('[data-waitlist-status]');
      await expect.poll(() => joined.textContent()).toBe(tr('lendingWaitlist.join.done'));
      expect(await joined.getAttribute('role')).toBe('status');
      expect(await joined.getAttribute('data-tone')).toBe('success');
      expect(await join.isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-waitlist-status'))).toBe(true);
      await expectNoAxeViolations(page, `the waiting list joined (${locale})`);

      await page.goto(routes.myLoans[locale]);
      await page.locator('[data-my-loans][data-state="ready"]').waitFor();
      const entry = page.locator('[data-waiting] [data-waiting-entry]').filter({ hasText: laid.model.name });
      await expect.poll(() => entry.count()).toBe(1);
      expect(await entry.getAttribute('data-status')).toBe('waiting');
      expect(await entry.textContent()).toContain(laid.point.name);
      await expectNoAxeViolations(page, `my loans with the entry waiting (${locale})`);
      // The one refusal asked for: the reservation's 409.
      expectNoErrors(errors, [409]);
    },
  );
});
