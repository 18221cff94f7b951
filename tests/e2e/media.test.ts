import { writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { moreOpenLicences } from '../../functions/licences/licence-rules.ts';
import { LICENCES } from '../../functions/licences/licences.ts';
import { type Locale, routes, t } from '../../web/src/i18n/index.ts';
import { collectErrors, newContext, poll, settledState, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser, VIEWPORTS, type ViewportName } from './browser.ts';
import { expectReflow, idOf, type MediaPageRoot, settledMediaState, uploadThroughPage } from './media-support.ts';

/**
 * Media hosting in Chromium on the local stack: a citizen uploads through the page (straight to
 * storage, with progress), follows the processing, listens to the published sound with its
 * transcript and attribution, manages "My media"; a resident reports it and an admin hides it from
 * the moderation queue. Two sign-ins in all (one context per person, kept across the tests).
 * The tests share one story, so they run in order and build on each other.
 */

const fr = t('fr');
const en = t('en');
const TITLE = 'Le port sous la pluie';
const TRANSCRIPT = 'Bienvenue au port de Brest, sous la pluie.';
const HIDE_REASON = 'Enregistrement fait sans l’accord des personnes.';

let browser: Browser;
let citizen: BrowserContext;
let admin: BrowserContext;
let citizenPage: Page;
let citizenErrors: string[];
const residents: BrowserContext[] = [];
/** The story so far. */
const story = { mediaId: '', refusedId: '', title: TITLE, attributionName: '', contributorId: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  const [citizenState, adminState] = [
    await signedInState(browser, uniqueEmail('media')),
    await signedInState(browser, inject('adminEmail')),
  ];
  citizen = await newContext(browser, { state: citizenState });
  await citizen.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  admin = await newContext(browser, { state: adminState });
  citizenPage = await citizen.newPage();
  citizenErrors = collectErrors(citizenPage);
});
afterAll(async () => {
  for (const context of residents) await context.close();
  await browser?.close();
});

const resident = async () => {
  const context = await newContext(browser);
  residents.push(context);
  return context.newPage();
};

/** axe at both sizes, back to desktop after. */
const expectAccessible = async (page: Page, label: string) => {
  for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await expectNoAxeViolations(page, `${label} at ${viewport} size`);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
};

const screenshot = async (page: Page, name: string) => {
  for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await writeFile(`/tmp/communs-media-${name}-${viewport}.png`, await page.screenshot({ fullPage: true }));
  }
  await page.setViewportSize(VIEWPORTS.desktop);
};

const openAs = async (page: Page, path: string, root: MediaPageRoot) => {
  await page.goto(path);
  return settledMediaState(page, root);
};

describe('uploading', () => {
  it('offers the upload and my media in the account menu, moderation only to staff and admins', async () => {
    const page = citizenPage;
    await page.goto(routes.home.fr);
    await page.locator('.account__toggle').click();
    expect(await page.locator('#account-panel a').allTextContents()).toEqual(
      expect.arrayContaining([fr('account.menu.upload'), fr('account.menu.myMedia')]),
    );
    expect(await page.locator('[data-account-moderation]').isHidden()).toBe(true);

    const adminPage = await admin.newPage();
    await adminPage.goto(routes.home.en);
    await adminPage.locator('.account__toggle').click();
    expect(await adminPage.getByRole('link', { name: en('account.menu.moderation') }).isVisible()).toBe(true);
    await adminPage.close();
  });

  it('asks residents to sign in, coming back to the upload page', async () => {
    const page = await resident();
    expect(await openAs(page, routes.upload.en, '[data-upload]')).toBe('signed-out');
    const next = new URL((await page.locator('[data-sign-in-link]').getAttribute('href')) ?? '', 'http://x');
    expect(next.searchParams.get('next')).toBe(routes.upload.en);
    await expectAccessible(page, 'upload, signed out');
  });

  it('sends a sound straight to storage with its licence and transcript, then follows it until published', async () => {
    const page = citizenPage;
    // A public profile, so the credit links to the contributor's page.
    await page.goto(routes.profile.fr);
    expect(await settledState(page, '[data-profile]')).toBe('ready');
    await page.locator('#profile-public').check();
    await page.getByRole('button', { name: fr('profile.save'), exact: true }).click();
    await poll(() => page.locator('#profile-form [data-form-status]').textContent()).toBe(fr('profile.saved'));

    expect(await openAs(page, routes.upload.fr, '[data-upload]')).toBe('ready');
    story.attributionName = await page.locator('#upload-attribution-name').inputValue();
    expect(story.attributionName).not.toBe('');
    // The licence is the person's choice: none is preselected.
    expect(await page.locator('#upload-licence input:checked').count()).toBe(0);

    // Sending an empty form says what is missing, on each field, and moves focus to the first.
    await page.locator('[data-upload-form] button[type="submit"]').click();
    expect(await page.locator('#upload-file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-file');
    expect(await page.locator('#upload-licence-error').isVisible()).toBe(true);
    expect(await page.locator('#upload-licence').getAttribute('aria-describedby')).toContain('upload-licence-error');
    expect(await page.locator('[data-upload-form] [data-form-status]').textContent()).toBe(fr('form.invalid'));
    await expectAccessible(page, 'upload form with errors');
    await screenshot(page, 'upload-errors');

    await page.locator('#upload-file').setInputFiles(`${import.meta.dirname}/../fixtures/media/speech.mp3`);
    expect(await page.locator('[data-file-summary]').textContent()).toContain('speech.mp3');
    await page.locator('#upload-title').fill(TITLE);
    await page.locator('#upload-transcript').fill(TRANSCRIPT);
    await page.locator('#upload-licence-CC-BY-SA-4\\.0').check();
    await page.locator('[data-upload-form] button[type="submit"]').click();

    await page.locator('[data-upload][data-state="sending"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-progress-title');
    await poll(() => page.locator('#upload-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(100);
    await poll(() => page.locator('[data-progress-status]').textContent()).toBe(
      fr('media.upload.progress.percent', { percent: 100 }),
    );
    await expect
      .poll(() => page.locator('[data-processing-text]').textContent(), { timeout: 30_000 })
      .toBe(fr('media.upload.processing.ready'));
    await expectAccessible(page, 'upload done');
    await screenshot(page, 'upload-done');

    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.mediaView.fr),
      page.getByRole('link', { name: fr('media.upload.done.view') }).click(),
    ]);
    story.mediaId = idOf(page.url());
    expect(story.mediaId).toMatch(/^[0-9a-f-]{36}$/);
    // Uppy logs that it cannot read the POST answer's Location header: the bucket's CORS rule
    // exposes ETag only (harmless: the page never needs the location).
    expect(citizenErrors.filter((error) => !error.includes('Location header'))).toEqual([]);
  });

  it('shows a file that is not a sound as refused, with the reason in the page language', async () => {
    const outcome = await uploadThroughPage(citizenPage, 'en', {
      file: 'page.html.mp3',
      title: 'Not really a sound',
      licence: 'CC0-1.0',
    });
    const reasons = [
      'media.rejection.unknownType',
      'media.rejection.typeNotAllowed',
      'media.rejection.familyMismatch',
    ] as const;
    expect(reasons.map((reason) => en('media.upload.processing.rejected', { reason: en(reason) }))).toContain(outcome);
    expect(await citizenPage.locator('[data-processing-link]').isHidden()).toBe(true);
  });
});

describe('the media page', () => {
  it('plays the sound, with its transcript and its attribution (machine-readable, copyable)', async () => {
    const page = citizenPage;
    expect(await openAs(page, `${routes.mediaView.fr}?id=${story.mediaId}`, '[data-media-view]')).toBe('ready');
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.title()).toContain(TITLE);

    const audio = page.locator('audio[controls]');
    expect(await audio.getAttribute('src')).toMatch(/^\/media\/.+\.mp3$/);
    await audio.evaluate((element) => (element as HTMLAudioElement).play());
    await poll(() =>
      audio.evaluate((element) => {
        const sound = element as HTMLAudioElement;
        return sound.readyState >= 2 && sound.currentTime > 0;
      }),
    ).toBe(true);
    await audio.evaluate((element) => (element as HTMLAudioElement).pause());

    expect(await page.locator('[data-transcript]').textContent()).toBe(TRANSCRIPT);
    expect(await page.locator('[data-transcript] p').getAttribute('lang')).toBe('fr');

    // TASL, with RDFa: title, author (linking to their page), source (this page), licence.
    const attribution = page.locator('.attribution');
    expect(await attribution.locator('[property="dct:title"]').textContent()).toBe(TITLE);
    const author = attribution.locator('[property="cc:attributionName"]');
    expect(await author.textContent()).toBe(story.attributionName);
    expect(await author.getAttribute('href')).toMatch(/^\/contributeurs\/voir\/\?id=/);
    expect(await attribution.locator('a[rel="license"]').getAttribute('href')).toBe(LICENCES['CC-BY-SA-4.0'].deedUrl);
    expect(await attribution.locator('a[rel="dct:source"]').getAttribute('href')).toBe(page.url());

    await page.getByRole('button', { name: fr('media.view.copy') }).click();
    await poll(() => page.locator('[data-copy-status]').textContent()).toBe(fr('media.view.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('[data-attribution-text]').textContent());
    expect(copied).toContain(TITLE);
    expect(copied).toContain('CC BY-SA 4.0');

    // The other language shows the same medium.
    expect(await page.locator('header a[hreflang="en"]').getAttribute('href')).toBe(
      `${routes.mediaView.en}?id=${story.mediaId}`,
    );
    await page.locator('.report__details summary').click();
    await expectAccessible(page, 'media page');
    await screenshot(page, 'view');
  });

  it('links the author to their contributor page, listing their media with attributions', async () => {
    const page = citizenPage;
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.contributor.fr),
      page.locator('.attribution [property="cc:attributionName"]').click(),
    ]);
    story.contributorId = idOf(page.url());
    expect(await settledMediaState(page, '[data-contributor]')).toBe('ready');
    expect(await page.locator('h1').textContent()).toBe(story.attributionName);
    const item = page.locator('.media-list li').filter({ hasText: TITLE });
    expect(await item.locator('a[rel="license"]').getAttribute('href')).toBe(LICENCES['CC-BY-SA-4.0'].deedUrl);
    await expectAccessible(page, 'contributor page');
    await screenshot(page, 'contributor');
  });

  it('says so when the medium does not exist', async () => {
    const page = await resident();
    expect(
      await openAs(page, `${routes.mediaView.en}?id=00000000-0000-4000-8000-000000000000`, '[data-media-view]'),
    ).toBe('not-found');
    expect(await page.locator('[data-state-panel="not-found"]').textContent()).toContain(en('media.view.notFound'));
    await expectAccessible(page, 'media page, not found');
  });
});

describe('my media', () => {
  it('lists every medium with its state and reason, and the storage used', async () => {
    const page = citizenPage;
    expect(await openAs(page, routes.myMedia.fr, '[data-my-media]')).toBe('ready');
    const ready = page.locator(`[data-media-id="${story.mediaId}"]`);
    expect(await ready.locator('.badge').textContent()).toBe(fr('media.status.ready'));
    const refused = page.locator('.media-item[data-status="rejected"]');
    expect(await refused.count()).toBe(1);
    story.refusedId = (await refused.getAttribute('data-media-id')) ?? '';
    expect(await refused.locator('.media-item__reason').textContent()).not.toBe('');
    expect(await page.locator('[data-usage-text]').textContent()).toMatch(/ko|Mo/);
    await expectAccessible(page, 'my media');
    await screenshot(page, 'my-media');
  });

  it('edits a medium, offering only licences at least as open', async () => {
    const page = citizenPage;
    await page.locator(`[data-media-id="${story.mediaId}"] [data-edit]`).click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const offered = await dialog
      .locator('[data-licence-option]:not([hidden])')
      .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.licenceOption));
    expect(offered.sort()).toEqual([...moreOpenLicences('CC-BY-SA-4.0')].sort());
    expect(await dialog.locator('#edit-licence-CC-BY-SA-4\\.0').isChecked()).toBe(true);
    await expectAccessible(page, 'my media, edit dialog');
    await screenshot(page, 'my-media-edit');

    story.title = `${TITLE} (version longue)`;
    await dialog.locator('#edit-title-field').fill(story.title);
    await dialog.locator('#edit-licence-CC-BY-4\\.0').check();
    await dialog.getByRole('button', { name: fr('media.mine.save') }).click();
    await poll(() => dialog.locator('[data-form-status]').textContent()).toBe(fr('media.mine.saved'));
    // Now under CC BY, CC BY-SA is no longer offered.
    expect(await dialog.locator('[data-licence-option="CC-BY-SA-4.0"]').isHidden()).toBe(true);
    await page.keyboard.press('Escape');
    const card = page.locator(`[data-media-id="${story.mediaId}"]`);
    expect(await card.locator('h3').textContent()).toBe(story.title);
    expect(await card.textContent()).toContain('CC BY 4.0');
    // Focus went back to the button that opened the dialog.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.edit)).toBe(
      story.mediaId,
    );
  });

  it('deletes a medium after confirmation', async () => {
    const page = citizenPage;
    await page.locator(`[data-media-id="${story.refusedId}"] [data-delete]`).click();
    await page.locator('dialog[open] [data-delete-confirm]').waitFor();
    await expectAccessible(page, 'my media, delete dialog');
    await page.locator('dialog[open] [data-delete-confirm]').click();
    await poll(() => page.locator('[data-list-status]').textContent()).toBe(
      fr('media.mine.deleted', { title: 'Not really a sound' }),
    );
    expect(await page.locator(`[data-media-id="${story.refusedId}"]`).count()).toBe(0);
    expect(await page.locator('.media-item').count()).toBe(1);
  });
});

describe('reporting and moderation', () => {
  it('lets a resident report the medium', async () => {
    const page = await resident();
    expect(await openAs(page, `${routes.mediaView.en}?id=${story.mediaId}`, '[data-media-view]')).toBe('ready');
    await page.locator('.report__details summary').click();
    await page.getByRole('button', { name: en('media.view.report.submit') }).click();
    expect(await page.locator('#report-reason').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'report form with an error');
    await page.locator('#report-reason').fill('People speak in it who did not agree.');
    await page.getByRole('button', { name: en('media.view.report.submit') }).click();
    await poll(() => page.locator('#report-form [data-form-status]').textContent()).toBe(en('media.view.report.sent'));
    await page.locator('#report-reason').fill('Again.');
    await page.getByRole('button', { name: en('media.view.report.submit') }).click();
    await poll(() => page.locator('#report-form [data-form-status]').textContent()).toBe(
      en('media.view.report.already'),
    );
  });

  it('keeps citizens and residents out of the moderation page, with a clear message', async () => {
    expect(await openAs(citizenPage, routes.moderation.fr, '[data-moderation]')).toBe('forbidden');
    await expectAccessible(citizenPage, 'moderation as a citizen');
    const page = await resident();
    expect(await openAs(page, routes.moderation.en, '[data-moderation]')).toBe('signed-out');
    await expectAccessible(page, 'moderation signed out');
  });

  it('lets an admin hide the reported medium with a reason, which its uploader then reads', async () => {
    const page = await admin.newPage();
    const errors = collectErrors(page);
    expect(await openAs(page, routes.moderation.fr, '[data-moderation]')).toBe('ready');
    const item = page.locator(`.queue-item[data-id="${story.mediaId}"]`);
    expect(await item.locator('h3').textContent()).toBe(story.title);
    expect(await item.locator('q').first().textContent()).toBe('People speak in it who did not agree.');
    expect(await item.locator('.queue-item__history').textContent()).toContain(story.attributionName);
    await expectAccessible(page, 'moderation queue');
    await screenshot(page, 'moderation');

    // A hide without a reason is refused on the field.
    await item.getByRole('button', { name: fr('media.moderation.hide.submit') }).click();
    expect(await item.locator('textarea').getAttribute('aria-invalid')).toBe('true');
    await item.locator('textarea').fill(HIDE_REASON);
    await item.getByRole('button', { name: fr('media.moderation.hide.submit') }).click();
    await poll(() => page.locator('[data-list-status]').textContent()).toBe(
      fr('media.moderation.hidden', { title: story.title }),
    );
    expect(await page.locator(`.queue-item[data-id="${story.mediaId}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    expect(await openAs(citizenPage, routes.myMedia.fr, '[data-my-media]')).toBe('ready');
    const card = citizenPage.locator(`[data-media-id="${story.mediaId}"]`);
    expect(await card.locator('.badge').textContent()).toBe(fr('media.status.hidden'));
    expect(await card.locator('.media-item__reason').textContent()).toBe(
      fr('media.hidden.staff', { reason: HIDE_REASON }),
    );

    const visitor = await resident();
    expect(await openAs(visitor, `${routes.mediaView.fr}?id=${story.mediaId}`, '[data-media-view]')).toBe('not-found');
  });
});

describe('narrow screens', () => {
  it.each([
    ['upload', '[data-upload]'],
    ['myMedia', '[data-my-media]'],
    ['contributor', '[data-contributor]'],
  ] as const)('%s fits 320 px without horizontal scrolling', async (route, root) => {
    const page = await citizen.newPage();
    const query = route === 'contributor' ? `?id=${story.contributorId}` : '';
    expect(await openAs(page, `${routes[route].fr}${query}`, root)).toBe('ready');
    await expectReflow(page);
    await page.close();
  });
});

describe.each(['fr', 'en'] as Locale[])('every media page in %s', (locale) => {
  it('is accessible before it has anything to show (no id, signed out)', async () => {
    const page = await resident();
    for (const [route, root, state] of [
      ['mediaView', '[data-media-view]', 'missing'],
      ['contributor', '[data-contributor]', 'missing'],
      ['myMedia', '[data-my-media]', 'signed-out'],
    ] as const) {
      expect(await openAs(page, routes[route][locale], root)).toBe(state);
      await expectAccessible(page, `${route} (${locale}) ${state}`);
    }
  });
});
