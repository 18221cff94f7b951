import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes, t } from '../../web/src/i18n/index.ts';
import { poll, signedInState } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Lending points in Chromium, on the local stack (no demo content). An admin creates a point on
 * the administration page with the keyboard-usable form: a span closing before it opens is refused
 * with the message bound to that field, then the point is saved and edited. A resident finds the
 * points page, the point with its hours in words and its closure coming up, its page and its map
 * marker, and the same marker on the projects map with its legend; in French and English. Axe
 * finds nothing on these pages.
 */

const fr = t('fr');
const en = t('en');
const token = randomUUID().slice(0, 6);
const POINT_ID = `mediatheque-e2e-${token}`;
const NAME = `Médiathèque e2e ${token}`;
const RENAMED = `Médiathèque des Capucins e2e ${token}`;
const CLOSURE_YEAR = new Date().getUTCFullYear() + 1;

let browser: Browser;
let admin: StorageState;
const { open, close: closeVisits } = visitTracker();

const openSettled = async (page: Page, path: string, root: string) => {
  await page.goto(path);
  const settled = page.locator(`${root}:not([data-state="loading"])`);
  await settled.waitFor({ state: 'attached' });
  return settled.getAttribute('data-state');
};

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await signedInState(browser, inject('lendingAdminEmail'));
}, 120_000);

afterEach(closeVisits);
afterAll(async () => {
  await browser?.close();
});

describe('lending points', () => {
  it('an admin creates a lending point, told which field is wrong first, then edits it', async () => {
    const { page, errors } = await open(browser, { state: admin });
    // Admins reach the page from the account menu.
    await page.goto(routes.lendingPoints.fr);
    await page.locator('.account__toggle').click();
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.adminLendingPoints.fr),
      page.getByRole('link', { name: fr('lendingPoints.menu.admin') }).click(),
    ]);
    await page.locator('[data-admin-points]:not([data-state="loading"])').waitFor({ state: 'attached' });
    expect(await page.locator('[data-admin-points]').getAttribute('data-state')).toBe('ready');
    await expectNoAxeViolations(page, 'lending points administration (fr)');

    const label = (key: Parameters<typeof fr>[0], values?: Record<string, string | number>) =>
      page.getByLabel(fr(key, values), { exact: true });
    await label('lendingPoints.admin.id.label').fill(POINT_ID);
    await label('lendingPoints.admin.name.label').fill(NAME);
    await label('lendingPoints.admin.address.label').fill('25 rue de Pontaniou, 29200 Brest');
    await label('lendingPoints.admin.lat.label').fill('48.3848');
    await label('lendingPoints.admin.lng.label').fill('-4.4963');
    const span = (day: string, number: number, end: 'opens' | 'closes') =>
      label(`lendingPoints.admin.span.${end}`, { day, number });
    // Tuesday: the first span closes before it opens.
    await span('Mardi', 1, 'opens').fill('12:30');
    await span('Mardi', 1, 'closes').fill('10:00');
    await span('Mardi', 2, 'opens').fill('14:00');
    await span('Mardi', 2, 'closes').fill('18:00');
    await span('Samedi', 1, 'opens').fill('10:00');
    await span('Samedi', 1, 'closes').fill('17:00');
    await label('lendingPoints.admin.closures.label').fill(
      `${CLOSURE_YEAR}-12-24, ${CLOSURE_YEAR}-12-26, Fermeture de Noël | Christmas closure`,
    );
    await label('lendingPoints.admin.email.label').fill('pret@example.test');
    await page.getByRole('button', { name: fr('lendingPoints.admin.save') }).click();
    const status = page.locator('[data-point-status]');
    await poll(() => status.textContent()).toBe(fr('lendingPoints.admin.invalid'));
    const closes = span('Mardi', 1, 'closes');
    expect(await closes.getAttribute('aria-invalid')).toBe('true');
    expect(await closes.getAttribute('aria-describedby')).toContain('point-hours-tue-1-closes-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('point-hours-tue-1-closes');
    await expectNoAxeViolations(page, 'lending points administration, a field refused (fr)');

    await span('Mardi', 1, 'opens').fill('10:00');
    await closes.fill('12:30');
    await page.getByRole('button', { name: fr('lendingPoints.admin.save') }).click();
    await poll(() => status.textContent()).toBe(fr('lendingPoints.admin.saved', { name: NAME }));
    expect(await closes.getAttribute('aria-invalid')).toBeNull();
    // The saved point is the one being edited now: its id cannot change.
    expect(await page.locator('[data-point-choice]').inputValue()).toBe(POINT_ID);
    expect(await label('lendingPoints.admin.id.label').getAttribute('readonly')).not.toBeNull();

    await label('lendingPoints.admin.name.label').fill(RENAMED);
    await page.getByRole('button', { name: fr('lendingPoints.admin.save') }).click();
    await poll(() => status.textContent()).toBe(fr('lendingPoints.admin.saved', { name: RENAMED }));
    expectNoErrors(errors, [400]);
  });

  it('a resident finds the lending points, a point’s hours in words and its page (fr and en)', async () => {
    const { page, errors } = await open(browser);
    expect(await openSettled(page, routes.lendingPoints.fr, '[data-lending-points]')).toBe('ready');
    const card = page.locator('.lending-card').filter({ hasText: RENAMED });
    await expect(card.count()).resolves.toBe(1);
    const lines = await card.locator('li').allTextContents();
    expect(lines).toContain('Mardi 10:00–12:30, 14:00–18:00');
    expect(lines).toContain('Lundi fermé');
    expect(lines).toContain(`24–26 décembre ${CLOSURE_YEAR} : Fermeture de Noël`);
    // The map shows the point with its own marker, named as a link.
    await page.locator('[data-map-canvas]:not([hidden])').waitFor();
    await expect(
      page.getByRole('link', { name: fr('lendingPoints.marker.name', { name: RENAMED }) }).count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, 'lending points (fr)');

    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.lendingPoint.fr),
      card.getByRole('link', { name: fr('lendingPoints.card.page', { name: RENAMED }) }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get('id')).toBe(POINT_ID);
    await page.locator('[data-lending-point][data-state="ready"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(RENAMED);
    expect(await page.locator('[data-address]').textContent()).toBe('25 rue de Pontaniou, 29200 Brest');
    expect(await page.locator('[data-details] li').allTextContents()).toContain('Samedi 10:00–17:00');
    await expectNoAxeViolations(page, 'lending point page (fr)');

    expect(await openSettled(page, routes.lendingPoints.en, '[data-lending-points]')).toBe('ready');
    const english = await page.locator('.lending-card').filter({ hasText: RENAMED }).locator('li').allTextContents();
    expect(english).toContain('Tuesday 10:00–12:30, 14:00–18:00');
    // English puts spaces (thin or not, by the browser's ICU) around the range's dash.
    expect(
      english.some((line) => new RegExp(`^December 24\\s?–\\s?26, ${CLOSURE_YEAR}: Christmas closure$`).test(line)),
    ).toBe(true);
    await expectNoAxeViolations(page, 'lending points (en)');

    // The projects map shows the lending points too, with their marker and the legend naming it.
    await page.goto(routes.projects.fr);
    const pointMarker = page.locator('.lending-marker__link', {
      hasText: fr('lendingPoints.marker.name', { name: RENAMED }),
    });
    await pointMarker.waitFor();
    expect(await page.locator('[data-project-map] .map-legend').textContent()).toContain(
      fr('lendingPoints.legend.point'),
    );
    await expectNoAxeViolations(page, 'projects with the lending points on the map (fr)');

    expect(await openSettled(page, `${routes.lendingPoint.en}?id=no-such-point`, '[data-lending-point]')).toBe(
      'notFound',
    );
    expect(await page.locator('[data-state-panel="notFound"] p').textContent()).toBe(en('lendingPoints.view.notFound'));
    expectNoErrors(errors, [404]);
  });
});
