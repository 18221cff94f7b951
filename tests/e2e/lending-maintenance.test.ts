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
import { listTickets } from '../../functions/lending/store/tickets.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { cityDay } from '../../functions/platform/sent-once.ts';
import { transact } from '../../functions/platform/transact.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { expectNoErrors, visitTracker } from './projects-support.ts';

/**
 * The desk's maintenance page in Chromium on the local stack, keyboard only. A lending point, a
 * listening-player model with two units (laid out through the stores, as the catalogue's edits
 * would), a citizen's reservation for tomorrow on the first unit. Staff of the point open a
 * ticket for that unit by typing its tag (as a scanner does) and Enter: the reservation moves to
 * the second unit, said on the status line. Then they put it in repair and back in service with
 * the keyboard, and the ticket leaves the list. Axe on each state, in French and English.
 */

const deps = stackTable();
const at = new Date().toISOString();

const layOut = async () => {
  const point: LendingPointRecord = {
    id: `e2e-desk-${randomUUID().slice(0, 8)}`,
    name: `Médiathèque ${randomUUID().slice(0, 6)}`,
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
    name: `Baladeur ${randomUUID().slice(0, 6)}`,
    description: { fr: 'Un baladeur.', en: 'A player.' },
    parts: [],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: [point.id],
    scarce: false,
    createdAt: at,
    updatedAt: at,
  };
  const series = `MNT-${randomUUID().slice(0, 6).toUpperCase()}`;
  const units: UnitRecord[] = [1, 2].map((index) => ({
    id: randomUUID(),
    modelId: model.id,
    assetTag: `${series}-${index}`,
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
  return { point, model, units: units as [UnitRecord, UnitRecord] };
};

let browser: Browser;
const { open, close } = visitTracker();
const tomorrow = addDays(cityDay(new Date(), 'Europe/Paris'), 1);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-step') ?? null);

/** Tabs forward until the focused element matches `test` (at most 40 presses). */
const tabTo = async (page: Page, test: (page: Page) => Promise<boolean>) => {
  for (let presses = 0; presses < 40; presses++) {
    if (await test(page)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached with Tab');
};

describe('the desk’s maintenance page', () => {
  it.each(['fr', 'en'] as Locale[])(
    'staff open a ticket by asset tag, put it in repair and back in service with the keyboard (%s)',
    async (locale) => {
      const tr = t(locale);
      const { point, model, units } = await layOut();
      const [first, second] = units;
      // A citizen's reservation for tomorrow lands on the first unit (units are tried in tag order).
      const citizen = await open(browser, { state: await sessionState(deps, uniqueEmail('maintenance-borrower')) });
      const reserved = await apiSend(citizen.context, 'POST', '/api/lending/reservations', {
        modelId: model.id,
        pointId: point.id,
        pickUp: tomorrow,
        returnDay: tomorrow,
        acceptTerms: true,
      });
      expect((await getReservation(deps, String(reserved.id)))?.unitId).toBe(first.id);

      const { context, page, errors } = await open(browser, {
        state: await sessionState(deps, uniqueEmail('maintenance-staff')),
      });
      const me = await apiSend(context, 'GET', '/api/me');
      await updateUser(deps, String(me.id), { admin: false, staffOf: [point.id] });

      await page.goto(`${routes.deskMaintenance[locale]}?point=${point.id}`);
      await page.locator('[data-lending-maintenance][data-state="ready"]').waitFor();
      await page.locator('[data-tickets-empty]').waitFor();
      expect(await page.locator('[data-maintenance-point]').inputValue()).toBe(point.id);
      await expectNoAxeViolations(page, `maintenance, no ticket (${locale})`);

      // A scanner types the tag; the reason is typed; Enter from the days field sends the form.
      await page.locator('#maintenance-assetTag').focus();
      await page.keyboard.type(first.assetTag.toLowerCase());
      await page.keyboard.press('Tab');
      await page.keyboard.type('Prise casque cassée');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const status = page.locator('[data-maintenance-status]');
      await expect
        .poll(() => status.textContent())
        .toBe(tr('lendingMaintenance.opened', { tag: first.assetTag, moved: 1, cancelled: 0 }));
      const row = page.locator(`[data-ticket="${first.assetTag}"]`);
      await expect.poll(() => row.locator('[data-ticket-status]').getAttribute('data-ticket-status')).toBe('open');
      // The reservation is on the second unit now, same day; the person is not told (nothing changed for them).
      expect(await getReservation(deps, String(reserved.id))).toMatchObject({ status: 'reserved', unitId: second.id });
      await expectNoAxeViolations(page, `maintenance, one ticket (${locale})`);

      // In repair, with the keyboard: Tab to the row's button and Enter.
      await tabTo(page, async (p) => (await focused(p)) === 'in-repair');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => status.textContent())
        .toBe(tr('lendingMaintenance.changed.in-repair', { tag: first.assetTag }));
      await expect.poll(() => row.locator('[data-ticket-status]').getAttribute('data-ticket-status')).toBe('in-repair');
      // The focus is back on the list, from where the next step is a Tab away.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-maintenance-list')))
        .toBe(true);
      await tabTo(page, async (p) => (await focused(p)) === 'back-in-service');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => status.textContent())
        .toBe(tr('lendingMaintenance.changed.back-in-service', { tag: first.assetTag }));
      await page.locator('[data-tickets-empty]').waitFor();
      await expectNoAxeViolations(page, `maintenance, ticket closed (${locale})`);
      const closed = await listTickets(deps, point.id, 'back-in-service');
      expect(closed.map((ticket) => [ticket.assetTag, ticket.history.map((h) => h.status)])).toEqual([
        [first.assetTag, ['open', 'in-repair', 'back-in-service']],
      ]);
      expectNoErrors(errors);
    },
  );
});
