import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../functions/accounts/store.ts';
import { createPointItem } from '../../functions/lending/store/points.ts';
import { transact } from '../../functions/platform/transact.ts';
import { routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { stackTable } from './lending-support.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * The lending catalogue in Chromium, on the local stack. A staff member of a lending point adds a
 * recorder kit and two units through the API; a resident finds it on the equipment page (its
 * training linked to the module), opens it, reads its rules and goes through the months of its
 * availability table with the keyboard; the staff member edits a unit and its model on the
 * catalogue editor with the keyboard, and a duplicate asset tag is shown on its field. Axe finds
 * nothing on any of these pages, in French and English.
 *
 * The lending point is written straight into the stack's table: the points' own pages and routes
 * are another part of lending. The staff address is fresh (five sign-in links per address in
 * fifteen minutes), and made staff of the point in the table too.
 */

const fr = t('fr');
const token = crypto.randomUUID().slice(0, 6);
const POINT = `point-e2e-${token}`;
/** The staff member's second point, where a unit is moved. */
const ANNEX = `annexe-e2e-${token}`;
const MODEL = `kit-e2e-${token}`;
const TAGS = [`E2E-${token.toUpperCase()}-1`, `E2E-${token.toUpperCase()}-2`];
const day = [{ opens: '10:00', closes: '18:00' }];

let browser: Browser;
let staff: StorageState;
const { open, close } = visitTracker();

const settled = async (page: Page, selector: string) => {
  const root = page.locator(`${selector}:not([data-state="loading"])`);
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

beforeAll(async () => {
  browser = await launchBrowser();
  const deps = stackTable();
  const now = new Date().toISOString();
  const point = (id: string, name: string) =>
    createPointItem(deps, {
      id,
      name,
      address: '25 rue de Pontaniou, Brest',
      lat: 48.3836,
      lng: -4.4987,
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: [] },
      closures: [],
      contact: {},
      createdAt: now,
      updatedAt: now,
    });
  await transact(deps, [point(POINT, `Médiathèque ${token}`), point(ANNEX, `Annexe ${token}`)]);
  staff = await signedInState(browser, uniqueEmail('lending-staff'));
  const { context } = await open(browser, { state: staff });
  const me = (await (await context.request.get('/api/me')).json()) as { id: string };
  await updateUser(deps, me.id, { admin: false, staffOf: [POINT, ANNEX] });
  await apiSend(context, 'POST', '/api/lending/models', {
    id: MODEL,
    category: 'audio-recorder',
    name: `Zoom H5 ${token}`,
    description: { fr: 'Un enregistreur **de terrain**.', en: 'A **field** recorder.' },
    parts: [
      { name: { fr: 'Enregistreur', en: 'Recorder' }, quantity: 1 },
      { name: { fr: 'Bonnette', en: 'Windshield' }, quantity: 1 },
    ],
    maxLoanDays: 7,
    leadDays: 1,
    pointIds: [POINT, ANNEX],
  });
  for (const assetTag of TAGS)
    await apiSend(context, 'POST', `/api/lending/models/${MODEL}/units`, { assetTag, pointId: POINT });
  await close();
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

describe('the equipment, for residents', () => {
  it('lists the model by category with its training, and its page shows a month of availability, switched with the keyboard', async () => {
    const { page, errors } = await open(browser);
    await page.goto(routes.lendingEquipment.fr);
    expect(await settled(page, '[data-lending-catalogue]')).toBe('ready');
    const card = page.locator(`[data-model="${MODEL}"]`);
    await card.waitFor();
    const trainingLink = card.locator('.lending-card__training a');
    expect(await trainingLink.getAttribute('href')).toBe('/formations/enregistrer-en-exterieur/');
    expect(await card.textContent()).toContain(`Médiathèque ${token}`);
    await expectNoAxeViolations(page);

    await card.getByRole('link', { name: `Zoom H5 ${token}` }).click();
    expect(await settled(page, '[data-lending-model]')).toBe('ready');
    expect(await page.locator('[data-model-description] strong').textContent()).toBe('de terrain');
    expect(await page.locator('[data-model-parts] li').count()).toBe(2);
    expect(await page.locator('[data-model-rules]').textContent()).toContain('7\u00a0jours au plus');
    expect(await page.locator('#reserve[data-reserve-mount]').count()).toBe(1);

    const availability = page.locator('[data-availability]');
    expect(await settled(page, '[data-availability]')).toBe('ready');
    const caption = availability.locator('caption');
    const firstMonth = await caption.textContent();
    expect(firstMonth).toContain(`Zoom H5 ${token}`);
    // Every day of the month is a cell saying what it is, in words (the colours only repeat it).
    const cells = availability.locator('td[data-day]');
    expect(await cells.count()).toBeGreaterThanOrEqual(28);
    for (const text of await availability.locator('td[data-day] .lending-day__state').allTextContents())
      expect(text).toMatch(/libres? sur 2|Fermé|Passé|Complet/);
    // The previous month is not offered; the next one is, from the keyboard.
    expect(await availability.locator('[data-month-previous]').isDisabled()).toBe(true);
    await availability.locator('[data-month-next]').focus();
    await page.keyboard.press('Enter');
    await poll(async () => await caption.textContent()).not.toBe(firstMonth);
    expect(await availability.locator('[data-availability-status]').textContent()).toContain(`Médiathèque ${token}`);
    // Sundays are closed at this point.
    const sunday = availability.locator('tbody tr td:nth-child(7)[data-day]').first();
    expect(await sunday.textContent()).toContain(fr('lendingCatalogue.availability.closed'));
    await expectNoAxeViolations(page);

    await page.goto(`${routes.lendingModel.en}?id=${MODEL}`);
    expect(await settled(page, '[data-availability]')).toBe('ready');
    expect(await page.locator('[data-model-training] a').getAttribute('href')).toBe(
      '/en/training/enregistrer-en-exterieur/',
    );
    await expectNoAxeViolations(page);
    await page.goto(routes.lendingEquipment.en);
    expect(await settled(page, '[data-lending-catalogue]')).toBe('ready');
    await expectNoAxeViolations(page);
    expectNoErrors(errors);
  });
});

describe("a model's page on a phone", () => {
  it('fits 375 px: the calendar scrolls inside a named region that takes the focus, and axe finds nothing', async () => {
    const { page, errors } = await open(browser);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${routes.lendingModel.fr}?id=${MODEL}`);
    expect(await settled(page, '[data-availability]')).toBe('ready');
    const region = page.getByRole('region', { name: fr('lendingCatalogue.availability.region') });
    expect(await region.locator('table.lending-calendar').count()).toBe(1);
    // The calendar is wider than the phone: its region scrolls, not the page.
    expect(await region.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // Reached with the keyboard, and scrolled with the arrow keys.
    await page.locator('[data-month-next]').focus();
    await page.keyboard.press('Tab');
    expect(await region.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await poll(() => region.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expectNoErrors(errors);
  });
});

describe('the catalogue editor, for staff', () => {
  it('a staff member edits a unit of their point with the keyboard; a duplicate tag is shown on its field', async () => {
    const { page, context, errors } = await open(browser, { state: staff });
    await page.goto(routes.lendingManage.fr);
    expect(await settled(page, '[data-lending-editor]')).toBe('ready');
    const section = page.locator(`section[data-model="${MODEL}"]`);
    await section.locator(`tr[data-unit="${TAGS[0]}"]`).waitFor();
    await expectNoAxeViolations(page);

    await section
      .getByRole('button', { name: fr('lendingCatalogue.editor.unit.edit', { tag: TAGS[0] ?? '' }) })
      .focus();
    await page.keyboard.press('Enter');
    const notes = section.getByLabel(fr('lendingCatalogue.editor.field.notes.label')).first();
    await notes.fill('Bonnette à remplacer');
    await notes.press('Tab');
    await page.keyboard.press('Tab');
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.unit.save') }).press('Enter');
    await poll(async () => await section.locator('[data-model-status]').textContent()).toBe(
      fr('lendingCatalogue.editor.unit.saved', { tag: TAGS[0] ?? '' }),
    );
    await poll(async () => await section.locator(`tr[data-unit="${TAGS[0]}"]`).textContent()).toContain(
      'Bonnette à remplacer',
    );
    const units = (await (await context.request.get(`/api/lending/models/${MODEL}/units`)).json()) as {
      units: { assetTag: string; notes: string | null }[];
    };
    expect(units.units.find((unit) => unit.assetTag === TAGS[0])?.notes).toBe('Bonnette à remplacer');

    // Moving the other unit to the person's second point, from the keyboard: its row says where it is.
    await section
      .getByRole('button', { name: fr('lendingCatalogue.editor.unit.edit', { tag: TAGS[1] ?? '' }) })
      .focus();
    await page.keyboard.press('Enter');
    const place = section
      .locator('[data-unit-editor]')
      .getByLabel(fr('lendingCatalogue.editor.field.point.label'), { exact: true });
    await place.focus();
    await page.keyboard.press('ArrowDown');
    expect(await place.inputValue()).toBe(ANNEX);
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.unit.save'), exact: true }).press('Enter');
    await poll(async () => await section.locator(`tr[data-unit="${TAGS[1]}"]`).textContent()).toContain(
      `Annexe ${token}`,
    );
    const moved = (await (await context.request.get(`/api/lending/models/${MODEL}/units`)).json()) as {
      units: { assetTag: string; pointId: string }[];
    };
    expect(moved.units.find((unit) => unit.assetTag === TAGS[1])?.pointId).toBe(ANNEX);

    // The model's own fields, under their fold: opened and saved from the keyboard.
    await section.locator('summary').focus();
    await page.keyboard.press('Enter');
    const longest = section.getByLabel(fr('lendingCatalogue.editor.field.maxLoanDays.label'));
    await poll(async () => await longest.inputValue()).toBe('7');
    await longest.fill('5');
    await longest.press('Enter');
    await poll(async () => await section.locator('[data-model-status]').textContent()).toBe(
      fr('lendingCatalogue.editor.model.saved', { model: `Zoom H5 ${token}` }),
    );
    const model = (await (await context.request.get(`/api/lending/models/${MODEL}`)).json()) as { maxLoanDays: number };
    expect(model.maxLoanDays).toBe(5);

    // The kit's parts checklist, with the keyboard only: a part added, one removed, an empty name
    // refused on its own field, then saved. Each row's controls are named by their row.
    const part = (key: 'nameFr' | 'nameEn' | 'quantity', n: number) =>
      section.getByLabel(fr(`lendingCatalogue.editor.parts.${key}`, { n: String(n) }), { exact: true });
    const focusedLabel = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    expect(await part('nameFr', 2).inputValue()).toBe('Bonnette');
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.parts.add') }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe(fr('lendingCatalogue.editor.parts.nameFr', { n: '3' }));
    await page.keyboard.type('Carte SD');
    await page.keyboard.press('Tab');
    await page.keyboard.type('SD card');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    expect(await part('quantity', 3).inputValue()).toBe('2');
    // Removing part 2 hands the focus to the part now in its place.
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.parts.remove', { n: '2' }) }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe(fr('lendingCatalogue.editor.parts.nameFr', { n: '2' }));
    expect(await part('nameFr', 2).inputValue()).toBe('Carte SD');
    expect(await section.locator('[data-part]').count()).toBe(2);
    // An English name left empty: refused on that field, which keeps the focus.
    await part('nameEn', 2).fill('');
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.model.save') }).press('Enter');
    await poll(async () => await part('nameEn', 2).getAttribute('aria-invalid')).toBe('true');
    expect(await focusedLabel()).toBe(fr('lendingCatalogue.editor.parts.nameEn', { n: '2' }));
    expect(await section.locator('.field__error:not([hidden])').first().textContent()).toContain(
      fr('lendingCatalogue.editor.parts.nameError'),
    );
    await expectNoAxeViolations(page);
    await page.keyboard.type('Memory card');
    await section.getByRole('button', { name: fr('lendingCatalogue.editor.model.save') }).press('Enter');
    await poll(async () => await section.locator('[data-model-status]').textContent()).toBe(
      fr('lendingCatalogue.editor.model.saved', { model: `Zoom H5 ${token}` }),
    );
    const kitSaved = (await (await context.request.get(`/api/lending/models/${MODEL}`)).json()) as { parts: unknown[] };
    expect(kitSaved.parts).toEqual([
      { name: { fr: 'Enregistreur', en: 'Recorder' }, quantity: 1 },
      { name: { fr: 'Carte SD', en: 'Memory card' }, quantity: 2 },
    ]);
    await expectNoAxeViolations(page);

    // A tag already used: the field says so, marked invalid, and keeps the focus.
    const add = section.locator('[data-add-unit]');
    const tag = add.getByLabel(fr('lendingCatalogue.editor.field.assetTag.label'));
    await tag.fill(TAGS[1] ?? '');
    await tag.press('Enter');
    await poll(async () => await tag.getAttribute('aria-invalid')).toBe('true');
    expect(await add.locator('.field__error:not([hidden])').textContent()).toContain(TAGS[1]);
    expect(await tag.evaluate((node) => node === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);

    // A new model: a kit line not of the form is shown on its field, then it is added at their point.
    const creation = page.locator('[data-new-model]');
    await creation
      .getByLabel(fr('lendingCatalogue.editor.field.name.label'), { exact: true })
      .fill(`Baladeur ${token}`);
    await creation
      .getByLabel(fr('lendingCatalogue.editor.field.category.label'), { exact: true })
      .selectOption('listening-player');
    await creation
      .getByLabel(fr('lendingCatalogue.editor.field.descriptionFr.label'), { exact: true })
      .fill('Un baladeur.');
    await creation
      .getByLabel(fr('lendingCatalogue.editor.field.descriptionEn.label'), { exact: true })
      .fill('A player.');
    await creation.getByLabel(`Médiathèque ${token}`, { exact: true }).check();
    const kit = creation.getByLabel(fr('lendingCatalogue.editor.field.parts.label'), { exact: true });
    await kit.fill('un casque');
    await creation.getByRole('button', { name: fr('lendingCatalogue.editor.new.save') }).press('Enter');
    await poll(async () => await kit.getAttribute('aria-invalid')).toBe('true');
    await kit.fill('1 | Casque | Headphones');
    await creation.getByRole('button', { name: fr('lendingCatalogue.editor.new.save') }).press('Enter');
    await page.locator(`section[data-model="baladeur-${token}"]`).waitFor();
    const added = (await (await context.request.get(`/api/lending/models/baladeur-${token}`)).json()) as {
      pointIds: string[];
      parts: unknown[];
    };
    expect(added).toMatchObject({
      pointIds: [POINT],
      parts: [{ name: { fr: 'Casque', en: 'Headphones' }, quantity: 1 }],
    });
    await expectNoAxeViolations(page);

    await page.goto(routes.lendingManage.en);
    expect(await settled(page, '[data-lending-editor]')).toBe('ready');
    await expectNoAxeViolations(page);
    // The duplicate tag's 409 is the one failed request, and expected.
    expectNoErrors(errors, [409]);
  });
});
