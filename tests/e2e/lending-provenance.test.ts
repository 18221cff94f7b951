import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../functions/lending/records.ts';
import { createModelItem } from '../../functions/lending/store/models.ts';
import { modelPointItems } from '../../functions/lending/store/point-copies.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { createUnitItems } from '../../functions/lending/store/units.ts';
import { transact } from '../../functions/platform/transact.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { loanFixture } from '../api/lending/provenance-support.ts';
import { apiSend, sessionState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { openEveryDay, stackTable } from './lending-support.ts';
import { fillAndSend, readyMediaId, settledMediaState } from './media-support.ts';
import { expectNoErrors, visitTracker } from './projects-support.ts';

/**
 * What the equipment made, in Chromium on the local stack: a citizen with a loan out (laid out in
 * the stack's table through lending's stores, as the desk's hand-over leaves it) uploads a
 * recording "recorded with" it from the upload page's choice; the medium's page names the city's
 * kit, and the model's page counts and lists it. Axe on each page.
 */

const deps = stackTable();
const at = new Date().toISOString();

/** The Médiathèque des Capucins (under an id of this file's) holding one Zoom H5. */
const layOutKit = async () => {
  const point: LendingPointRecord = {
    id: `e2e-prov-${randomUUID().slice(0, 8)}`,
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
    id: `e2e-h5-${randomUUID().slice(0, 8)}`,
    category: 'audio-recorder',
    name: 'Zoom H5',
    description: { fr: 'Un kit.', en: 'A kit.' },
    parts: [],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: [point.id],
    scarce: false,
    createdAt: at,
    updatedAt: at,
  };
  const unit: UnitRecord = {
    id: randomUUID(),
    modelId: model.id,
    assetTag: `AUD-${randomUUID().slice(0, 4).toUpperCase()}`,
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
  if (!stored) throw new Error('kit not stored');
  return { point, model, unit };
};

let browser: Browser;
let kit: Awaited<ReturnType<typeof layOutKit>>;
const { open, close } = visitTracker();

beforeAll(async () => {
  browser = await launchBrowser();
  kit = await layOutKit();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

describe('what the equipment made', () => {
  it('a citizen with a loan out uploads a recording made with it; the medium and model pages show it', async () => {
    const fr = t('fr');
    const en = t('en');
    const state = await sessionState(deps, uniqueEmail('recorder'));
    const { context, page, errors } = await open(browser, { state });
    const me = await apiSend(context, 'GET', '/api/me');
    const loan = await loanFixture(deps, {
      userId: String(me.id),
      modelId: kit.model.id,
      unitId: kit.unit.id,
      pointId: kit.point.id,
      status: 'out',
    });

    // The upload page offers the loan (and "none", chosen until the person picks it).
    await page.goto(routes.upload.fr);
    expect(await settledMediaState(page, '[data-upload]')).toBe('ready');
    const choice = page.getByLabel(fr('media.upload.recordedWith.label'));
    await page.locator('[data-recorded-with-part]:not([hidden])').waitFor();
    await expect
      .poll(() => choice.locator('option').allTextContents())
      .toEqual([
        fr('media.upload.recordedWith.none'),
        fr('media.upload.recordedWith.out', { model: 'Zoom H5', tag: kit.unit.assetTag, point: kit.point.name }),
      ]);
    await expectNoAxeViolations(page, 'upload page with the recorded-with choice');
    await choice.focus();
    await choice.selectOption(loan.id);
    const title = `Les grues du port ${randomUUID().slice(0, 6)}`;
    await fillAndSend(page, { file: 'speech.mp3', title, licence: 'CC-BY-SA-4.0' });
    await page.locator('[data-next-steps]:not([hidden])').waitFor({ timeout: 30_000 });
    const mediaId = await readyMediaId(context, title);

    // The medium's page names the city's kit, in both languages, and links to the model's page.
    const sentence = {
      fr: fr('media.view.recordedWith', { model: 'Zoom H5', tag: kit.unit.assetTag, point: kit.point.name }),
      en: en('media.view.recordedWith', { model: 'Zoom H5', tag: kit.unit.assetTag, point: kit.point.name }),
    };
    expect(sentence.fr).toBe(
      `Enregistré avec du matériel prêté par la ville : Zoom H5 (${kit.unit.assetTag}), du lieu de prêt Médiathèque des Capucins`,
    );
    expect(sentence.en).toBe(
      `Recorded with equipment lent by the city: Zoom H5 (${kit.unit.assetTag}), from the lending point Médiathèque des Capucins`,
    );
    for (const locale of ['fr', 'en'] as Locale[]) {
      await page.goto(`${routes.mediaView[locale]}?id=${mediaId}`);
      expect(await settledMediaState(page, '[data-media-view]')).toBe('ready');
      const line = page.locator('[data-recorded-with]');
      await expect.poll(() => line.textContent()).toBe(sentence[locale]);
      expect(await line.getByRole('link', { name: 'Zoom H5' }).getAttribute('href')).toBe(
        `${routes.lendingModel[locale]}?id=${kit.model.id}`,
      );
      await expectNoAxeViolations(page, `medium page recorded with a kit (${locale})`);
    }

    // The model's page (reached from the medium's) counts and lists it.
    await page.locator('[data-recorded-with] a').click();
    await page.waitForURL(`**${routes.lendingModel.en}?id=${kit.model.id}`);
    const made = page.locator('[data-model-made]');
    await expect
      .poll(() => made.locator('[data-model-made-status]').textContent())
      .toBe(en('lendingCatalogue.model.made.one', { count: 1 }));
    const item = made.getByRole('link', {
      name: en('lendingCatalogue.model.made.item', { title, credit: String(me.attributionName) }),
    });
    expect(await item.getAttribute('href')).toBe(`${routes.mediaView.en}?id=${mediaId}`);
    await expectNoAxeViolations(page, 'model page with what it recorded (en)');
    await page.goto(`${routes.lendingModel.fr}?id=${kit.model.id}`);
    await expect
      .poll(() => page.locator('[data-model-made-status]').textContent())
      .toBe(fr('lendingCatalogue.model.made.one', { count: 1 }));
    await expectNoAxeViolations(page, 'model page with what it recorded (fr)');
    expectNoErrors(errors);
  });
});
