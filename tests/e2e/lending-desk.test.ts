import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../functions/accounts/store.ts';
import { addDays } from '../../functions/lending/opening-days.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { modelPointItems } from '../../functions/lending/store/point-copies.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { getReservation } from '../../functions/lending/store/reservations.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { cityDay } from '../../functions/platform/sent-once.ts';
import { transact } from '../../functions/platform/transact.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { expectNoErrors, visitTracker } from './projects-support.ts';

/**
 * The desk as staff work it, in Chromium on the local stack: a lending point open every day, a
 * listening kit of two parts with two units, a citizen's reservation for today (made through the
 * API). Staff scan the tag into the desk's search (typed, then Enter, as a handheld scanner
 * does), open the loan, hand it over and take it back ticking the checklist, all from the
 * keyboard; the borrower reads the receipt on their loan page. Axe on each page.
 */

const deps = stackTable();
const at = new Date().toISOString();
const today = cityDay(new Date(), 'Europe/Paris');

const layOut = async () => {
  const point: LendingPointRecord = {
    id: `e2e-desk-${randomUUID().slice(0, 8)}`,
    name: 'Médiathèque des Capucins',
    address: '25 rue de Pontaniou, Brest',
    lat: 48.3868,
    lng: -4.5004,
    hours: openEveryDay(),
    closures: [],
    contact: {},
    createdAt: at,
    updatedAt: at,
  };
  const model: ModelRecord = {
    id: `e2e-player-${randomUUID().slice(0, 8)}`,
    category: 'listening-player',
    name: 'Listening kit',
    description: { fr: 'Un baladeur.', en: 'A player.' },
    parts: [
      { name: { fr: 'Baladeur', en: 'Player' }, quantity: 1 },
      { name: { fr: 'Casque', en: 'Headphones' }, quantity: 1 },
    ],
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
    assetTag: `DSK-${randomUUID().slice(0, 6).toUpperCase()}-${index}`,
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
  if (!stored) throw new Error('desk catalogue not stored');
  return { point, model, units };
};

let browser: Browser;
let scene: Awaited<ReturnType<typeof layOut>>;
const { open, close } = visitTracker();

beforeAll(async () => {
  browser = await launchBrowser();
  scene = await layOut();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const statusOf = (page: Page) => page.locator('[data-loan-status]').textContent();

describe('the lending desk', () => {
  it('staff hand over and take back a kit with the checklist using only the keyboard; the borrower reads the receipt', async () => {
    const tr = t('fr');
    const borrowerState = await sessionState(deps, uniqueEmail('desk-borrower'));
    const borrower = await open(browser, { state: borrowerState });
    const reserved = await apiSend(borrower.context, 'POST', '/api/lending/reservations', {
      modelId: scene.model.id,
      pointId: scene.point.id,
      pickUp: today,
      returnDay: addDays(today, 2),
      acceptTerms: true,
    });
    expect(reserved).toMatchObject({ status: 'reserved' });
    const reservationId = String(reserved.id);
    const stored = await getReservation(deps, reservationId);
    const tag = scene.units.find((unit) => unit.id === stored?.unitId)?.assetTag ?? '';

    const staffState = await sessionState(deps, uniqueEmail('desk-staff'));
    const { context, page, errors } = await open(browser, { state: staffState });
    const me = await apiSend(context, 'GET', '/api/me');
    await updateUser(deps, String(me.id), { staffOf: [scene.point.id] });

    // The desk: today's pick-up listed; the scanner types the tag into the search, then Enter.
    await page.goto(`${routes.desk.fr}?point=${scene.point.id}`);
    await page.locator('[data-desk][data-state="ready"]').waitFor();
    await expect
      .poll(() => page.locator(`[data-desk-list="pickUps"] [data-desk-entry="${reservationId}"]`).count())
      .toBe(1);
    await expectNoAxeViolations(page, 'the desk');
    await page.locator('#desk-search').focus();
    await page.keyboard.type(tag.toLowerCase());
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-desk-entry')))
      .toBe(reservationId);
    await page.keyboard.press('Enter');

    // The loan: the tag field has focus; scan, then the checklist, condition, notes, confirmation.
    await page.locator('[data-desk-loan][data-state="ready"]').waitFor();
    await expect.poll(() => focusedId(page)).toBe('hand-over-tag');
    await expectNoAxeViolations(page, 'the hand-over form');
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('hand-over-part-0');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // condition: good
    await page.keyboard.press('Tab'); // notes
    await page.keyboard.type('Housse incluse');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('hand-over-confirm');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page)).toBe(tr('lendingDesk.handedOver', { tag }));
    await expect.poll(() => page.locator('[data-receipt]').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('[data-receipt]').textContent())
      .toContain(tr('media.upload.consent.confirmed.label'));
    await expectNoAxeViolations(page, 'the receipt at the desk');
    const out = await getReservation(deps, reservationId);
    expect(out).toMatchObject({
      status: 'out',
      handOver: { condition: 'good', notes: 'Housse incluse', parts: [{ present: true }, { present: true }] },
    });

    // The borrower's loan page: its state and the receipt.
    await borrower.page.goto(`${routes.myLoan.en}?id=${reservationId}`);
    await borrower.page.locator('[data-my-loan][data-state="ready"]').waitFor();
    await expect.poll(() => borrower.page.locator('[data-receipt-return]').textContent()).toContain('To return by');
    await expect.poll(() => borrower.page.locator('[data-receipt-parts] li').count()).toBe(2);
    await expectNoAxeViolations(borrower.page, 'my loan (en)');

    // Take-back, the page opened again: scan, tick both parts back, recordings, card wiped.
    await page.reload();
    await page.locator('[data-desk-loan][data-state="ready"]').waitFor();
    await expect.poll(() => focusedId(page)).toBe('take-back-tag');
    await expectNoAxeViolations(page, 'the take-back form');
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('take-back-part-0');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // part 0 damaged: no
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // part 1 damaged: no
    await page.keyboard.press('Tab'); // condition
    await page.keyboard.press('Tab'); // notes
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('take-back-recordings-handed-over');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('take-back-wiped');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page)).toBe(tr('lendingDesk.takenBack', { tag }));
    await expectNoAxeViolations(page, 'the loan taken back');
    expect(await getReservation(deps, reservationId)).toMatchObject({
      status: 'returned',
      takeBack: {
        recordings: 'handed-over',
        cardWiped: true,
        lateDays: 0,
        parts: [{ present: true }, { present: true }],
      },
    });
    expectNoErrors(errors);
    expectNoErrors(borrower.errors);
  });

  it('a desk asked for in the URL that is not the person’s says so and shows theirs; its links carry the point (fr)', async () => {
    const tr = t('fr');
    const { context, page, errors } = await open(browser, {
      state: await sessionState(deps, uniqueEmail('desk-not-theirs')),
    });
    const me = await apiSend(context, 'GET', '/api/me');
    await updateUser(deps, String(me.id), { staffOf: [scene.point.id] });
    await page.goto(`${routes.desk.fr}?point=e2e-not-mine`);
    await page.locator('[data-desk][data-state="ready"]').waitFor();
    await expect
      .poll(() => page.locator('[data-desk-not-theirs]').textContent())
      .toBe(tr('lendingDesk.point.notTheirs', { asked: 'e2e-not-mine', point: scene.point.name }));
    expect(await page.locator('#desk-point').inputValue()).toBe(scene.point.id);
    expect(new URL(page.url()).searchParams.get('point')).toBe(scene.point.id);
    expect(await page.locator('[data-desk-labels]').getAttribute('href')).toBe(
      `${routes.deskLabels.fr}?point=${scene.point.id}`,
    );
    await expectNoAxeViolations(page, 'a desk not theirs (fr)');
    expectNoErrors(errors);
  });

  it('a reservation whose pick-up day is to come says from which day it is handed over, without the form (en)', async () => {
    const tr = t('en');
    const borrower = await open(browser, { state: await sessionState(deps, uniqueEmail('desk-early')) });
    const pickUp = addDays(today, 1);
    const reserved = await apiSend(borrower.context, 'POST', '/api/lending/reservations', {
      modelId: scene.model.id,
      pointId: scene.point.id,
      pickUp,
      returnDay: pickUp,
      acceptTerms: true,
    });
    expect(reserved).toMatchObject({ status: 'reserved' });
    const { context, page, errors } = await open(browser, {
      state: await sessionState(deps, uniqueEmail('desk-early-staff')),
    });
    const me = await apiSend(context, 'GET', '/api/me');
    await updateUser(deps, String(me.id), { staffOf: [scene.point.id] });
    await page.goto(`${routes.deskLoan.en}?${new URLSearchParams({ point: scene.point.id, id: String(reserved.id) })}`);
    await page.locator('[data-desk-loan][data-state="ready"]').waitFor();
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${pickUp}T00:00:00Z`),
    );
    await expect
      .poll(() => page.locator('[data-hand-over-early]').textContent())
      .toBe(tr('lendingDesk.refused.beforePickUp', { day }));
    expect(await page.locator('[data-hand-over]').isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'a reservation to come (en)');
    expectNoErrors(errors);
  });

  it.each(['fr', 'en'] as Locale[])('the walk-in page opens for staff, axe clean (%s)', async (locale) => {
    const staffState = await sessionState(deps, uniqueEmail('desk-walk-in'));
    const { context, page, errors } = await open(browser, { state: staffState });
    const me = await apiSend(context, 'GET', '/api/me');
    await updateUser(deps, String(me.id), { staffOf: [scene.point.id] });
    await page.goto(`${routes.deskWalkIn[locale]}?point=${scene.point.id}`);
    await page.locator('[data-desk-walk-in][data-state="ready"]').waitFor();
    await page.keyboard.type(scene.units[1]?.assetTag ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-checklist] input').count()).toBe(2);
    await expectNoAxeViolations(page, `walk-in (${locale})`);
    // An unknown tag scanned next: the previous kit's parts are gone.
    await page.locator('#walk-in-tag').fill('NO-SUCH-TAG');
    await page.locator('#walk-in-tag').press('Enter');
    await expect
      .poll(() => page.locator('[data-tag-note]').textContent())
      .toBe(t(locale)('lendingDesk.refused.notFound'));
    expect(await page.locator('[data-checklist] input').count()).toBe(0);
    expectNoErrors(errors);
  });
});
