import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { updateUser } from '../../functions/accounts/store.ts';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { modelPointItems } from '../../functions/lending/store/point-copies.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { unitEventItem } from '../../functions/lending/store/unit-history.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { transact } from '../../functions/platform/transact.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { answerTiles, expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Labels, unit pages and listening kits at trail heads, in Chromium on the local stack. This file
 * lays out, through the stores, a lending point where the demo's media library is, holding a
 * listening player model with three units (one with a history). Staff of the point prepare its
 * labels with the keyboard; the QR code of a label, screenshotted, decodes (jsQR) to the unit's
 * page, which shows the model, the point and the state to anyone and the history to its staff
 * only. A trail whose first stop is the demo trail's shows "borrow a listening kit" there with
 * today's availability. Axe on each page.
 */

const deps = stackTable();
const baseUrl = inject('baseUrl');
const at = new Date().toISOString();
const token = randomUUID().slice(0, 6).toUpperCase();

/** The demo content's media library and the first stop of its trail "Recouvrance à l’oreille". */
const demo = (file: string) => JSON.parse(readFileSync(new URL(`../../content/demo/${file}`, import.meta.url), 'utf8'));
const demoPoint = (demo('lending.json').points as { id: string; lat: number; lng: number }[]).find(
  (point) => point.id === 'mediatheque-capucins',
);
const demoTrail = (
  demo('trails.json').trails as {
    trail: { id: string };
    stops: { title: string; text: string; lat: number; lng: number; radius: number }[];
  }[]
).find((entry) => entry.trail.id === 'recouvrance-a-l-oreille');
if (!demoPoint || !demoTrail?.stops[0]) throw new Error('the demo media library or trail is gone');
const firstStop = demoTrail.stops[0];

const point: LendingPointRecord = {
  id: `e2e-labels-${token.toLowerCase()}`,
  name: `Médiathèque ${token}`,
  address: '25 rue de Pontaniou, Brest',
  lat: demoPoint.lat,
  lng: demoPoint.lng,
  hours: openEveryDay({ opens: '00:00', closes: '23:59' }),
  closures: [],
  contact: {},
  createdAt: at,
  updatedAt: at,
};
const model: ModelRecord = {
  id: `e2e-baladeur-${token.toLowerCase()}`,
  category: 'listening-player',
  name: `Baladeur ${token}`,
  description: { fr: 'Un baladeur.', en: 'A player.' },
  parts: [],
  maxLoanDays: 3,
  leadDays: 0,
  pointIds: [point.id],
  scarce: false,
  createdAt: at,
  updatedAt: at,
};
const units: UnitRecord[] = [1, 2, 3].map((n) => ({
  id: randomUUID(),
  modelId: model.id,
  assetTag: `LEC-${token}-${n}`,
  pointId: point.id,
  status: 'in-service',
  createdAt: at,
  updatedAt: at,
}));
const unit = units[0] as UnitRecord;

let browser: Browser;
let staff: StorageState;
let otherStaff: StorageState;
const { open, close } = visitTracker();

/** A signed-in state for a person who staffs `pointId`. */
const staffState = async (pointId: string) => {
  const state = await sessionState(deps, uniqueEmail('labels-staff'));
  const { context } = await open(browser, { state });
  const me = await apiSend(context, 'GET', '/api/me');
  await updateUser(deps, String(me.id), { staffOf: [pointId] });
  return state;
};

beforeAll(async () => {
  browser = await launchBrowser();
  const stored = await transact(deps, [
    createPointItem(deps, point),
    createModelItem(deps, model),
    ...modelPointItems(deps, model.id, point),
    ...units.flatMap((u) => createUnitItems(deps, u)),
    unitEventItem(deps, { unitId: unit.id, at, kind: 'handed-over', by: 'e2e', note: 'Bon état' }),
  ]);
  if (!stored) throw new Error('catalogue not stored');
  staff = await staffState(point.id);
  otherStaff = await staffState('another-point');
  await close();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

const settled = async (page: Visit['page'], selector: string) => {
  const root = page.locator(`${selector}:not([data-state="loading"])`);
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};
type Visit = Awaited<ReturnType<typeof open>>;

describe('labels', () => {
  it('staff prepare their point’s labels with the keyboard; a label’s QR code decodes to the unit’s page', async () => {
    const tr = t('fr');
    // Four device pixels to a CSS pixel: the screenshot is what a phone's camera sees of the print.
    const context = await browser.newContext({ baseURL: baseUrl, storageState: staff, deviceScaleFactor: 4 });
    await answerTiles(context, 'grey');
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(routes.deskLabels.fr);
      expect(await settled(page, '[data-lending-labels]')).toBe('ready');
      // The person staffs one point: it is the only choice; the models are those held there.
      expect(await page.locator('[data-labels-point] option').allTextContents()).toEqual([point.name]);
      const modelSelect = page.locator('[data-labels-model]');
      await modelSelect.focus();
      await modelSelect.selectOption(model.id);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-labels-status]').textContent())
        .toBe(tr('lendingUnits.labels.ready.other', { count: 3, sheets: 1 }));
      const labels = page.locator('[data-labels-sheet="1"] [data-label]');
      expect(await labels.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-label')))).toEqual(
        units.map((u) => u.assetTag),
      );
      const first = page.locator(`[data-label="${unit.assetTag}"]`);
      expect(await first.locator('.label__text > span').allTextContents()).toEqual([
        unit.assetTag,
        model.name,
        tr('lendingUnits.labels.city', { city: 'Brest' }),
      ]);
      // At paper size: the first label's corner sits 7.25 mm and 12.9 mm from the sheet's (96 px to the inch).
      const [sheetBox, labelBox] = [
        await page.locator('[data-labels-sheet="1"]').boundingBox(),
        await first.boundingBox(),
      ];
      expect(((labelBox?.x ?? 0) - (sheetBox?.x ?? 0)) / (96 / 25.4)).toBeCloseTo(7.25, 1);
      expect(((labelBox?.y ?? 0) - (sheetBox?.y ?? 0)) / (96 / 25.4)).toBeCloseTo(12.9, 1);
      await expectNoAxeViolations(page, 'labels (fr)');

      const shot = PNG.sync.read(await first.locator('.label__qr').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
      expect(decoded?.data).toBe(`${new URL(baseUrl).origin}${routes.lendingUnit.fr}?tag=${unit.assetTag}`);

      // Printed, only the sheets show: the form and the site's frame stay on screen.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-labels-form]').isVisible()).toBe(false);
      expect(await page.locator('header').first().isVisible()).toBe(false);
      expect(await first.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a phone, the prepared sheets scroll inside a named region, never the page (en)', async () => {
    const tr = t('en');
    const { page, errors } = await open(browser, { state: staff });
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(routes.deskLabels.en);
    expect(await settled(page, '[data-lending-labels]')).toBe('ready');
    // No sheets yet: no empty region to tab to.
    expect(await page.locator('[data-labels-sheets]').isHidden()).toBe(true);
    await page.locator('[data-labels-form] button[type="submit"]').press('Enter');
    await expect
      .poll(() => page.locator('[data-labels-status]').textContent())
      .toBe(tr('lendingUnits.labels.ready.other', { count: 3, sheets: 1 }));
    const region = page.getByRole('region', { name: tr('lendingUnits.labels.sheets') });
    expect(await region.locator('[data-labels-sheet="1"]').count()).toBe(1);
    expect(await region.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The region takes the focus from the keyboard (after the print button) and scrolls with the arrows.
    await page.locator('[data-labels-print]').focus();
    await page.keyboard.press('Tab');
    expect(await region.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'labels prepared on a phone (en)');
    expectNoErrors(errors);
  });

  it('is refused to a signed-in person who staffs no point, and says so (en)', async () => {
    const state = await sessionState(deps, uniqueEmail('labels-citizen'));
    const { page } = await open(browser, { state });
    await page.goto(routes.deskLabels.en);
    expect(await settled(page, '[data-lending-labels]')).toBe('forbidden');
    await expectNoAxeViolations(page, 'labels refused (en)');
  });
});

describe('a unit’s page', () => {
  it.each(['fr', 'en'] as Locale[])('shows anyone the model, the point and the state (%s)', async (locale) => {
    const tr = t(locale);
    const { page, errors } = await open(browser);
    await page.goto(`${routes.lendingUnit[locale]}?tag=${unit.assetTag.toLowerCase()}`);
    expect(await settled(page, '[data-lending-unit]')).toBe('ready');
    expect(await page.locator('#unit-title').textContent()).toBe(
      tr('lendingUnits.unit.title', { model: model.name, tag: unit.assetTag }),
    );
    expect(await page.locator('[data-unit-point] a').textContent()).toBe(point.name);
    expect(await page.locator('[data-unit-status]').textContent()).toBe(tr('lendingUnits.unit.status.in-service'));
    expect(await page.locator('[data-unit-history]').isHidden()).toBe(true);
    await expectNoAxeViolations(page, `unit page (${locale})`);
    expectNoErrors(errors);
  });

  it('shows its history to staff of its point, not to staff of another point', async () => {
    const tr = t('fr');
    const mine = await open(browser, { state: staff });
    await mine.page.goto(`${routes.lendingUnit.fr}?tag=${unit.assetTag}`);
    expect(await settled(mine.page, '[data-lending-unit]')).toBe('ready');
    const row = mine.page.locator('[data-unit-history] tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(1).textContent()).toBe(tr('lendingUnits.history.kind.handed-over'));
    expect(await row.locator('td').nth(2).textContent()).toBe('Bon état');
    await expectNoAxeViolations(mine.page, 'unit page with its history');
    expectNoErrors(mine.errors);

    const theirs = await open(browser, { state: otherStaff });
    await theirs.page.goto(`${routes.lendingUnit.fr}?tag=${unit.assetTag}`);
    expect(await settled(theirs.page, '[data-lending-unit]')).toBe('ready');
    // Asked once the viewer is known: give it the time to (not) appear.
    await theirs.page.waitForLoadState('networkidle');
    expect(await theirs.page.locator('[data-unit-history]').isHidden()).toBe(true);
    expectNoErrors(theirs.errors);
  });

  it('says so when no unit has the tag', async () => {
    const { page } = await open(browser);
    await page.goto(`${routes.lendingUnit.fr}?tag=NOPE-${token}`);
    expect(await settled(page, '[data-lending-unit]')).toBe('not-found');
  });
});

describe('listening kits at a trail head', () => {
  it('a trail starting where the demo trail starts offers the nearby players with today’s availability', async () => {
    const tr = t('fr');
    const steward = await sessionState(deps, uniqueEmail('kit-steward'));
    const { context, page, errors } = await open(browser, { state: steward });
    const project = await apiSend(context, 'POST', '/api/projects', {
      title: `Balades ${token}`,
      summary: 'Écouter en marchant.',
    });
    const created = (await apiSend(context, 'POST', '/api/trails', {
      projectSlug: String(project.slug),
      title: `Recouvrance ${token}`,
      languages: ['fr'],
      area: 'Recouvrance',
    })) as { trail: { id: string } };
    await apiSend(context, 'POST', `/api/trails/${created.trail.id}/stops`, {
      title: firstStop.title,
      text: firstStop.text,
      lat: firstStop.lat,
      lng: firstStop.lng,
      radius: firstStop.radius,
    });
    await page.goto(`${routes.trailView.fr}?id=${created.trail.id}`);
    expect(await settled(page, '[data-trail-page]')).toBe('ready');
    const kit = page.locator(`[data-listening-kit] [data-kit="${model.id}@${point.id}"]`);
    await kit.waitFor();
    expect(await kit.locator('a').allTextContents()).toEqual([model.name, point.name]);
    expect(await kit.locator('[data-kit-today]').textContent()).toBe(tr('lendingUnits.kit.free.other', { count: 3 }));
    expect(await kit.textContent()).toMatch(/à \d+\u00a0m du premier arrêt/);
    await expectNoAxeViolations(page, 'trail page with a listening kit');
    expectNoErrors(errors);
  });
});
