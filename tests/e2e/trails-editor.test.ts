import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { readyMediaId, uploadThroughPage } from './media-support.ts';
import { expectNoErrors, openProject, type StorageState, visit, visitTracker } from './projects-support.ts';
import { unpublishAndClose, uploadRecording } from './trails-support.ts';

/**
 * The stewards' and contributors' side of trails in Chromium, on the local stack. A steward (one
 * sign-in) uploads two recordings with transcripts, starts a trail from the project page, adds two
 * stops with one recording each (one placed by typing, one by clicking the map), is warned about a
 * 10 m radius, reorders with the keyboard, sees the checklist satisfied and publishes. A citizen
 * (a second sign-in) proposes a stop: refused under a licence outside the policy, with the allowed
 * licences named, then proposed for review; the steward accepts it. The steward also uploads a
 * photo and makes it the trail's cover, which residents then see; an administrator (a third
 * sign-in), who does not steward the trail, features it on the home page and back. Axe finds
 * nothing on the editor, signed in and out.
 */

const fr = t('fr');
const en = t('en');
const token = randomUUID().slice(0, 6);
const stewardEmail = uniqueEmail('trail-editor');
const citizenEmail = uniqueEmail('trail-citizen');
const trailTitle = `Les cales à l’oreille ${token}`;
const RECORDINGS = [`Voix de la cale ${token}`, `Cloches du port ${token}`];
const FIRST_STOP = { title: `La cale ${token}`, lat: '48,3829', lng: '-4.4966' };
const SECOND_STOP = { title: `Le pont ${token}`, lat: '48.3848', lng: '-4.4944' };
const PHOTO = { title: `La cale au soleil ${token}`, alt: 'Une cale de pierre qui descend dans la mer, au soleil.' };

let browser: Browser;
let steward: StorageState;
let citizen: StorageState | undefined;
let projectSlug = '';
let trailId = '';
const mediaIds: string[] = [];
let photoId = '';
const { open, close: closeVisits } = visitTracker();

const editorPath = (locale: 'fr' | 'en' = 'fr') => `${routes.trailEdit[locale]}?id=${trailId}`;

/** Opens the editor and waits until it has left its loading state; returns that state. */
const openEditor = async (page: Page, locale: 'fr' | 'en' = 'fr') => {
  await page.goto(editorPath(locale));
  const root = page.locator('[data-trail-editor]:not([data-state="loading"])');
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

const stops = (page: Page) => page.locator('[data-stops] > li');

beforeAll(async () => {
  browser = await launchBrowser();
  steward = await signedInState(browser, stewardEmail);
  const { context, page } = await visit(browser, { state: steward });
  try {
    for (const title of RECORDINGS) {
      await uploadRecording(page, title);
    }
    await uploadThroughPage(page, 'fr', {
      file: 'photo.png',
      title: PHOTO.title,
      licence: 'CC-BY-4.0',
      alt: PHOTO.alt,
    });
    for (const title of RECORDINGS) mediaIds.push(await readyMediaId(context, title));
    photoId = await readyMediaId(context, PHOTO.title);
    const project = await apiSend(context, 'POST', '/api/projects', {
      title: `Les cales ${token}`,
      summary: 'Enregistrer les cales et les quais, pour les écouter en marchant.',
      place: { lat: 48.383, lng: -4.496 },
    });
    projectSlug = String(project.slug);
  } finally {
    await context.close();
  }
}, 120_000);

afterEach(closeVisits);

afterAll(async () => {
  await closeVisits();
  await unpublishAndClose(browser, steward, trailId);
});

describe('a steward builds a trail and publishes it', () => {
  it('starts a trail from the project page', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openProject(page, projectSlug)).toBe('ready');
    const tool = page.locator('[data-project-trails]');
    await page.locator('[data-steward-tools]:not([hidden])').waitFor();
    await tool.locator('[data-project-trails-status]:not(:empty)').waitFor();
    expect(await tool.locator('[data-project-trails-status]').textContent()).toBe(
      fr('trailEditor.projectTrails.empty'),
    );
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.trailNew.fr),
      tool.getByRole('link', { name: fr('trailEditor.projectTrails.new') }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get('projet')).toBe(projectSlug);
    await page.locator('[data-trail-new][data-state="ready"]').waitFor();
    expect(await page.locator('[data-for-project] a').textContent()).toBe(`Les cales ${token}`);

    // French is ticked (the page's language) and the policy is "CC BY-SA or more open" by default.
    expect(await page.isChecked('#trail-language-fr')).toBe(true);
    expect(await page.isChecked('[id="trail-licence-CC-BY-NC-4.0"]')).toBe(false);
    // A title too short is said on its field, and focused.
    await page.fill('#trail-title', 'Ab');
    await page.getByRole('button', { name: fr('trailEditor.new.submit') }).click();
    expect(await page.getAttribute('#trail-title', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('trail-title');
    expect(await page.getAttribute('#trail-title', 'aria-describedby')).toContain('trail-title-error');

    await page.fill('#trail-title', trailTitle);
    await page.fill('#trail-description', 'Une **balade** le long des cales.');
    await page.fill('#trail-area', 'Recouvrance');
    await page.check('#trail-language-br');
    await page.check('#trail-contributionMode-citizens');
    expect(await page.isChecked('#trail-moderationMode-review-first')).toBe(true);
    await page.getByRole('button', { name: fr('trailEditor.fields.presets.all') }).click();
    expect(await page.isChecked('[id="trail-licence-CC-BY-NC-ND-4.0"]')).toBe(true);
    await page.getByRole('button', { name: fr('trailEditor.fields.presets.bySa') }).click();
    expect(await page.locator('[data-preset-status]').textContent()).toBe(
      fr('trailEditor.fields.presets.applied', { list: 'CC0 1.0, CC BY 4.0, CC BY-SA 4.0' }),
    );
    expect(await page.isChecked('[id="trail-licence-CC-BY-NC-ND-4.0"]')).toBe(false);

    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.trailEdit.fr),
      page.getByRole('button', { name: fr('trailEditor.new.submit') }).click(),
    ]);
    trailId = new URL(page.url()).searchParams.get('id') ?? '';
    expect(trailId).toMatch(/^les-cales-a-l-oreille-/);
    await page.locator('[data-trail-editor][data-state="ready"]').waitFor();
    expect(await page.locator('#editor-title').textContent()).toBe(trailTitle);
    expect(await page.locator('[data-trail-status]').textContent()).toBe(fr('trailEditor.status.draft'));
    expect(await page.locator('[data-checklist] > li[data-rule="stops"]').getAttribute('data-done')).toBe('false');
    expect(await page.locator('[data-stops-empty]').isVisible()).toBe(true);
    // The trail's details come back filled in.
    expect(await page.inputValue('#details-area')).toBe('Recouvrance');
    expect(await page.isChecked('#details-contributionMode-citizens')).toBe(true);
    expectNoErrors(errors);
  });

  it('adds two stops with a recording each, warned about a 10 m radius, and reorders them', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openEditor(page)).toBe('ready');
    expect(await page.locator('#stop-form-title').textContent()).toBe(fr('trailEditor.stop.addTitle'));
    await page.locator(`#stop-media-${mediaIds[0]}`).waitFor();
    await expectNoAxeViolations(page, 'the editor of an empty trail (steward)');

    // The first stop, placed by typing (a decimal comma is fine), with a radius too small at first.
    await page.fill('#stop-title', FIRST_STOP.title);
    await page.fill('#stop-text', 'Ici accostaient les bacs.');
    await page.fill('#stop-lat', FIRST_STOP.lat);
    await page.fill('#stop-lng', FIRST_STOP.lng);
    const warning = page.locator('#stop-radius-warning');
    expect(await page.inputValue('#stop-radius')).toBe('30');
    expect(await warning.isHidden()).toBe(true);
    await page.fill('#stop-radius', '10');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(fr('trailEditor.stop.radius.tooSmall'));
    expect(await page.getAttribute('#stop-radius', 'aria-describedby')).toContain('stop-radius-warning');
    await page.fill('#stop-radius', '150');
    expect(await warning.textContent()).toBe(fr('trailEditor.stop.radius.tooLarge'));
    await page.fill('#stop-radius', '40');
    expect(await warning.isHidden()).toBe(true);
    expect(await page.getAttribute('#stop-radius', 'aria-describedby')).not.toContain('stop-radius-warning');
    await page.check(`#stop-media-${mediaIds[0]}`);
    await page.getByRole('button', { name: fr('trailEditor.stop.add') }).click();
    await page
      .locator('[data-stop-form] [data-form-status]')
      .filter({ hasText: fr('trailEditor.stop.added', { title: FIRST_STOP.title }) })
      .waitFor();
    expect(await stops(page).count()).toBe(1);
    // The form is ready for the next stop.
    expect(await page.inputValue('#stop-title')).toBe('');
    expect(await page.inputValue('#stop-radius')).toBe('30');

    // The second stop, placed by a click on the map, then adjusted by typing.
    const map = page.locator('[data-editor-map]');
    await map.waitFor();
    expect(await page.locator('[data-map-mode]').textContent()).toBe(fr('trailEditor.map.mode.stop'));
    await map.click({ position: { x: 120, y: 90 } });
    expect(await page.inputValue('#stop-lat')).toMatch(/^-?\d+(\.\d+)?$/);
    expect(await page.inputValue('#stop-lng')).toMatch(/^-?\d+(\.\d+)?$/);
    expect(await page.locator('[data-place-status]').getAttribute('data-tone')).toBe('success');
    await page.fill('#stop-title', SECOND_STOP.title);
    await page.fill('#stop-lat', SECOND_STOP.lat);
    await page.fill('#stop-lng', SECOND_STOP.lng);
    await page.check(`#stop-media-${mediaIds[1]}`);
    await page.getByRole('button', { name: fr('trailEditor.stop.add') }).click();
    await stops(page).nth(1).waitFor();
    expect(await stops(page).locator('h3').allTextContents()).toEqual([
      `1. ${FIRST_STOP.title}`,
      `2. ${SECOND_STOP.title}`,
    ]);
    expect(await stops(page).first().locator('.trail-stop__medium a').textContent()).toBe(RECORDINGS[0]);

    // The checklist is satisfied; the route joins the stops, with its distance and walking time.
    expect(await page.locator('[data-checklist] > li[data-done="true"]').count()).toBe(4);
    expect(await page.locator('[data-checklist-summary]').textContent()).toBe(fr('trailEditor.checklist.ready'));
    expect(await page.locator('[data-route-summary]').textContent()).toContain(fr('trailEditor.route.stops'));
    expect(await page.locator('[data-route-summary]').textContent()).toMatch(
      /\d+\s*m, environ \d+\s*minutes? de marche/,
    );

    // Keyboard reordering: the moved stop keeps the focus, and the order is said.
    const down = stops(page)
      .first()
      .getByRole('button', {
        name: `${fr('trailEditor.stops.down')} ${fr('trailEditor.stops.of', { title: FIRST_STOP.title })}`,
      });
    await down.focus();
    await page.keyboard.press('Enter');
    await page
      .locator('[data-stops-status]')
      .filter({ hasText: fr('trailEditor.stops.moved', { title: FIRST_STOP.title, position: 2 }) })
      .waitFor();
    expect(await stops(page).locator('h3').allTextContents()).toEqual([
      `1. ${SECOND_STOP.title}`,
      `2. ${FIRST_STOP.title}`,
    ]);
    // "Move down" is disabled on the last stop: focus went to its next control, "Edit" or "Move up".
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.id);
    expect(focused).toBe(`stop-${await stops(page).nth(1).getAttribute('data-stop-id')}`);
    await stops(page)
      .nth(1)
      .getByRole('button', {
        name: `${fr('trailEditor.stops.up')} ${fr('trailEditor.stops.of', { title: FIRST_STOP.title })}`,
      })
      .click();
    await page
      .locator('[data-stops-status]')
      .filter({ hasText: fr('trailEditor.stops.moved', { title: FIRST_STOP.title, position: 1 }) })
      .waitFor();
    expect(await stops(page).first().locator('h3').textContent()).toBe(`1. ${FIRST_STOP.title}`);

    await expectNoAxeViolations(page, 'the editor of a trail with two stops (steward)');
    expectNoErrors(errors);
  });

  it('refuses to publish a stop without media, edits and removes that stop, draws and clears a route', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openEditor(page)).toBe('ready');
    await page.locator(`#stop-media-${mediaIds[0]}`).waitFor();
    const extra = `Sans son ${token}`;
    await page.fill('#stop-title', extra);
    await page.fill('#stop-lat', '48.3840');
    await page.fill('#stop-lng', '-4.4950');
    await page.getByRole('button', { name: fr('trailEditor.stop.add') }).click();
    await stops(page).nth(2).waitFor();
    const extraId = (await stops(page).nth(2).getAttribute('data-stop-id')) ?? '';

    // The checklist names the stop and links to where a medium is added; publishing is refused.
    const mediaRule = page.locator('[data-checklist] > li[data-rule="media"]');
    expect(await mediaRule.getAttribute('data-done')).toBe('false');
    expect(await mediaRule.locator('a').getAttribute('href')).toBe(`#stop-${extraId}`);
    expect(await page.locator('[data-checklist-summary]').textContent()).toBe(
      fr('trailEditor.checklist.left.one', { count: 1 }),
    );
    await page.getByRole('button', { name: fr('trailEditor.publication.publish') }).click();
    await page
      .locator('[data-publication-status]')
      .filter({ hasText: fr('trailEditor.publication.refused') })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publication-title');

    // Editing the stop: the form takes its values; saving brings the focus back to the stop.
    const ofExtra = (title: string) => fr('trailEditor.stops.of', { title });
    await stops(page)
      .nth(2)
      .getByRole('button', { name: `${fr('trailEditor.stops.edit')} ${ofExtra(extra)}` })
      .click();
    expect(await page.locator('#stop-form-title').textContent()).toBe(
      fr('trailEditor.stop.editTitle', { title: extra }),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stop-form-title');
    expect(await page.inputValue('#stop-lat')).toBe('48.384');
    expect(await page.locator('[data-stop-media]').isHidden()).toBe(true);
    await page.fill('#stop-title', `${extra} bis`);
    await page.getByRole('button', { name: fr('trailEditor.stop.save') }).click();
    await page
      .locator('[data-editor-status]')
      .filter({ hasText: fr('trailEditor.stop.saved', { title: `${extra} bis` }) })
      .waitFor();
    expect(await stops(page).nth(2).locator('h3').textContent()).toBe(`3. ${extra} bis`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('edit');
    expect(await page.locator('#stop-form-title').textContent()).toBe(fr('trailEditor.stop.addTitle'));

    // Removing it, after the confirmation dialog.
    await stops(page)
      .nth(2)
      .getByRole('button', { name: `${fr('trailEditor.stops.remove')} ${ofExtra(`${extra} bis`)}` })
      .click();
    const dialog = page.locator('[data-remove-stop-dialog] dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe(
      fr('trailEditor.stops.remove.title', { title: `${extra} bis` }),
    );
    await expectNoAxeViolations(page, 'the editor with the remove dialog open');
    await dialog.getByRole('button', { name: fr('trailEditor.stops.remove.confirm') }).click();
    await page
      .locator('[data-stops-status]')
      .filter({ hasText: fr('trailEditor.stops.removed', { title: `${extra} bis` }) })
      .waitFor();
    expect(await stops(page).count()).toBe(2);
    expect(await page.locator('[data-checklist] > li[data-done="true"]').count()).toBe(4);

    // Drawing the route: a typed point, two clicks on the map, one undone; then back to the stops.
    await page.getByRole('button', { name: fr('trailEditor.route.draw') }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('route-lat');
    expect(await page.locator('[data-map-mode]').textContent()).toBe(fr('trailEditor.map.mode.route'));
    await page.fill('#route-lat', FIRST_STOP.lat);
    await page.fill('#route-lng', FIRST_STOP.lng);
    await page.keyboard.press('Enter');
    const map = page.locator('[data-editor-map]');
    await map.click({ position: { x: 200, y: 150 } });
    await map.click({ position: { x: 240, y: 110 } });
    const points = page.locator('[data-route-points]');
    expect(await points.textContent()).toContain(fr('trailEditor.route.points.other', { count: 3 }));
    await page.getByRole('button', { name: fr('trailEditor.route.undo') }).click();
    expect(await points.textContent()).toContain(fr('trailEditor.route.points.other', { count: 2 }));
    await page.getByRole('button', { name: fr('trailEditor.route.save') }).click();
    await page
      .locator('[data-route-status]')
      .filter({ hasText: fr('trailEditor.route.saved') })
      .waitFor();
    expect(await page.locator('[data-route-summary]').textContent()).toContain(fr('trailEditor.route.drawn'));
    const drawn = (await (await page.request.get(`/api/trails/${trailId}`)).json()) as {
      routeSource: string;
      route: { coordinates: number[][] };
    };
    expect(drawn.routeSource).toBe('drawn');
    expect(drawn.route.coordinates).toHaveLength(2);
    expect(drawn.route.coordinates[0]).toEqual([-4.4966, 48.3829]);
    await page.getByRole('button', { name: fr('trailEditor.route.clear') }).click();
    await page
      .locator('[data-route-status]')
      .filter({ hasText: fr('trailEditor.route.cleared') })
      .waitFor();
    expect(await page.locator('[data-route-summary]').textContent()).toContain(fr('trailEditor.route.stops'));
    expectNoErrors(errors, [409]);
  });

  it('publishes it: the trail becomes public', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openEditor(page)).toBe('ready');
    await page.getByRole('button', { name: fr('trailEditor.publication.publish') }).click();
    await page
      .locator('[data-publication-status]')
      .filter({ hasText: fr('trailEditor.publication.done') })
      .waitFor();
    expect(await page.locator('[data-trail-status]').textContent()).toBe(fr('trailEditor.status.published'));
    expect(await page.locator('[data-unpublish]').isVisible()).toBe(true);
    expect(await page.locator('[data-trail-view] a').getAttribute('href')).toBe(`${routes.trailView.fr}?id=${trailId}`);

    // The project page lists it among the stewards' tools, with a link to its editor.
    expect(await openProject(page, projectSlug)).toBe('ready');
    const listed = page.locator('[data-project-trails-list] li');
    await listed.first().waitFor();
    expect(await listed.locator('a').getAttribute('href')).toBe(editorPath());
    expect(await listed.locator('.badge').textContent()).toBe(fr('trailEditor.status.published'));

    // Anyone, signed out, now reads it.
    const { context: resident } = await open(browser);
    const answer = await resident.request.get(`/api/trails/${trailId}`);
    expect(answer.status()).toBe(200);
    const detail = (await answer.json()) as { status: string; stops: { title: string }[] };
    expect(detail.status).toBe('published');
    expect(detail.stops.map((stop) => stop.title)).toEqual([FIRST_STOP.title, SECOND_STOP.title]);
    expectNoErrors(errors);
  });

  it('chooses one of their images as the cover, which residents then see', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openEditor(page)).toBe('ready');
    // Not an administrator: no featuring control.
    expect(await page.locator('[data-featured-section]').isHidden()).toBe(true);
    const select = page.locator('#cover-media');
    await select.waitFor();
    const current = page.locator('[data-cover-current]');
    expect(await current.textContent()).toBe(fr('trailEditor.cover.currentNone'));
    // Only their images are offered (not their recordings), after "No cover".
    expect(await select.locator('option').allTextContents()).toEqual([fr('trailEditor.cover.none'), PHOTO.title]);
    expect(await select.inputValue()).toBe('');
    expect(await page.locator('[data-cover-preview]').isHidden()).toBe(true);
    expect(await page.locator('[data-cover-none]').isHidden()).toBe(true);

    await select.selectOption(photoId);
    const preview = page.locator('[data-cover-preview-image]');
    await preview.waitFor();
    expect(await preview.getAttribute('alt')).toBe(PHOTO.alt);
    expect(await page.locator('[data-cover-preview-caption]').textContent()).toBe(
      fr('trailEditor.cover.preview', { title: PHOTO.title }),
    );
    await expectNoAxeViolations(page, 'the editor with a cover chosen (steward)');
    await page.getByRole('button', { name: fr('trailEditor.cover.submit') }).click();
    await page
      .locator('[data-cover-status]')
      .filter({ hasText: fr('trailEditor.cover.saved') })
      .waitFor();
    expect(await current.textContent()).toBe(fr('trailEditor.cover.current', { title: PHOTO.title }));
    // Saving it again changes nothing.
    await page.getByRole('button', { name: fr('trailEditor.cover.submit') }).click();
    await page
      .locator('[data-cover-status]')
      .filter({ hasText: fr('trailEditor.cover.unchanged') })
      .waitFor();

    // The public trail has the cover, and its page shows it (decorative: the title is beside it).
    const { page: residentPage, errors: residentErrors } = await open(browser);
    const detail = (await (await residentPage.request.get(`/api/trails/${trailId}`)).json()) as { coverUrl?: string };
    const photo = (await (await page.request.get(`/api/media/${photoId}`)).json()) as { url: string };
    expect(detail.coverUrl).toBeTruthy();
    expect(detail.coverUrl).toBe(photo.url);
    await residentPage.goto(`${routes.trailView.fr}?id=${trailId}`);
    await residentPage.locator('[data-trail-page][data-state="ready"]').waitFor();
    const cover = residentPage.locator('[data-cover]');
    // Shown, and the image itself loaded.
    await cover.waitFor({ state: 'visible' });
    expect(await cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await cover.getAttribute('src')).toBe(detail.coverUrl);
    expect(await cover.getAttribute('alt')).toBe('');
    expectNoErrors(errors);
    expectNoErrors(residentErrors);
  });
});

describe('a citizen contributes under the trail’s licence policy', () => {
  it('is refused a recording under a licence outside the policy, then proposes a stop for review', async () => {
    citizen = await signedInState(browser, citizenEmail);
    const { context, page, errors } = await open(browser, { state: citizen });
    const outside = `Ressac ${token}`;
    const inside = `Goélands ${token}`;
    await uploadRecording(page, outside, 'CC-BY-NC-4.0');
    await uploadRecording(page, inside, 'CC-BY-4.0');
    const outsideId = await readyMediaId(context, outside);
    const insideId = await readyMediaId(context, inside);

    expect(await openEditor(page, 'en')).toBe('ready');
    expect(await page.locator('[data-role-text]').textContent()).toBe(en('trailEditor.role.contributor'));
    expect(await page.locator('[data-role-licences]').textContent()).toBe(
      en('trailEditor.role.licences', { list: 'CC0 1.0, CC BY 4.0, CC BY-SA 4.0' }),
    );
    expect(await page.locator('[data-steward-only]:not([hidden])').count()).toBe(0);
    expect(await page.locator('#stop-form-title').textContent()).toBe(en('trailEditor.stop.proposeTitle'));
    await page.locator(`#stop-media-${outsideId}`).waitFor();
    expect(await page.locator(`#stop-media-${outsideId}-hint`).textContent()).toBe(
      en('trailEditor.media.outsidePolicy'),
    );

    await page.fill('#stop-title', `Le ressac ${token}`);
    await page.fill('#stop-lat', '48.3836');
    await page.fill('#stop-lng', '-4.4957');
    await page.check(`#stop-media-${outsideId}`);
    await page.getByRole('button', { name: en('trailEditor.stop.propose') }).click();
    const status = page.locator('[data-stop-form] [data-form-status]');
    const refusal = en('trailEditor.refusal.licence', {
      allowed: 'CC0 1.0, CC BY 4.0, CC BY-SA 4.0',
      title: outside,
      licence: 'CC BY-NC 4.0',
    });
    await status.filter({ hasText: refusal }).waitFor();
    expect(await page.getAttribute('#stop-media', 'aria-describedby')).toContain('stop-media-error');
    expect(await page.locator('#stop-media-error').textContent()).toContain(refusal);
    await expectNoAxeViolations(page, 'the editor of a published trail (contributor, refused)');

    await page.uncheck(`#stop-media-${outsideId}`);
    await page.check(`#stop-media-${insideId}`);
    await page.getByRole('button', { name: en('trailEditor.stop.propose') }).click();
    await status.filter({ hasText: en('trailEditor.stop.proposed', { title: `Le ressac ${token}` }) }).waitFor();
    // Proposed, not published: the trail still has its two stops.
    expect(await stops(page).count()).toBe(2);
    expectNoErrors(errors, [409]);
  });

  it('the steward accepts the proposal: the stop joins the trail', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openEditor(page)).toBe('ready');
    const proposal = page.locator('[data-proposals] > li');
    expect(await proposal.count()).toBe(1);
    const what = fr('trailEditor.proposals.stop', { title: `Le ressac ${token}` });
    expect(await proposal.locator('h3').textContent()).toBe(what);
    await proposal.getByRole('button', { name: `${fr('trailEditor.proposals.accept')} ${what}` }).click();
    await page
      .locator('[data-proposals-status]')
      .filter({ hasText: fr('trailEditor.proposals.accepted', { what }) })
      .waitFor();
    expect(await stops(page).count()).toBe(3);
    expect(await stops(page).nth(2).locator('h3').textContent()).toBe(`3. Le ressac ${token}`);
    expect(await page.locator('[data-proposals-empty]').isVisible()).toBe(true);
    expectNoErrors(errors);
  });
});

describe('an administrator who does not steward the trail', () => {
  it('features it on the home page, and back, with nothing else of the stewards’ tools', async () => {
    const admin = await signedInState(browser, inject('adminEmail'));
    const { context, page, errors } = await open(browser, { state: admin });
    expect(await openEditor(page, 'en')).toBe('ready');
    const section = page.locator('[data-featured-section]');
    await section.waitFor();
    expect(await page.locator('[data-steward-only]:not([hidden])').count()).toBe(0);
    expect(await page.locator('#cover-media').isVisible()).toBe(false);
    const box = page.getByRole('checkbox', { name: en('trailEditor.featured.label') });
    expect(await box.isChecked()).toBe(false);
    expect(await section.locator('[data-featured-state]').textContent()).toBe(en('trailEditor.featured.off'));
    await expectNoAxeViolations(page, 'the editor of a published trail (administrator)');

    await box.check();
    const status = section.locator('[data-featured-status]');
    await status.filter({ hasText: en('trailEditor.featured.featured') }).waitFor();
    expect(await section.locator('[data-featured-state]').textContent()).toBe(en('trailEditor.featured.on'));
    const read = async () =>
      ((await (await context.request.get(`/api/trails/${trailId}`)).json()) as { featured: boolean }).featured;
    expect(await read()).toBe(true);

    await box.uncheck();
    await status.filter({ hasText: en('trailEditor.featured.unfeatured') }).waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await read()).toBe(false);
    expectNoErrors(errors);
  });
});

describe('signed out', () => {
  it.each(['fr', 'en'] as const)('the editor explains and links to sign in, coming back (%s)', async (locale) => {
    const { page, errors } = await open(browser);
    expect(await openEditor(page, locale)).toBe('signed-out');
    const link = page.locator('[data-state-panel="signed-out"] a');
    expect(await link.textContent()).toBe(t(locale)('account.signIn'));
    const href = new URL((await link.getAttribute('href')) ?? '', 'http://localhost');
    expect(href.pathname).toBe(routes.signIn[locale]);
    expect(href.searchParams.get('next')).toBe(editorPath(locale));
    // The language switcher leads to the same trail.
    expect(await page.locator('header a[hreflang]').getAttribute('href')).toBe(
      editorPath(locale === 'fr' ? 'en' : 'fr'),
    );
    await expectNoAxeViolations(page, `the editor signed out (${locale})`);
    expectNoErrors(errors);
  });
});
