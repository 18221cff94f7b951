import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Locale, locales, routes, t } from '../../web/src/i18n/index.ts';
import { poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser, TILE_REQUESTS, VIEWPORTS, type ViewportName } from './browser.ts';
import { uploadThroughPage } from './media-support.ts';
import {
  expectNoErrors,
  openProject,
  projectPath,
  type StorageState,
  type Visit,
  viewerShown,
  visit,
  visitTracker,
} from './projects-support.ts';

/**
 * Citizens' projects in Chromium, on the local stack: a citizen starts a project, another asks to
 * join and is accepted, a resident finds it (search form, map) and reads its journal, the city
 * features, hides and restores it; every project page passes axe, signed in and out, on desktop
 * and phone. Three sign-ins in all (two citizens, one administrator).
 */

const fr = t('fr');
const token = randomUUID().slice(0, 6);
const title = `Les cloches du port ${token}`;
const stewardEmail = uniqueEmail('camille');
const memberEmail = uniqueEmail('ines');
const nameOf = (email: string) => email.split('@')[0] ?? email;
const place = { lat: 48.3853, lng: -4.4956 };

let browser: Browser;
let steward: StorageState;
let member: StorageState;
let admin: StorageState | undefined;
/** The project's address, as the API chose it. */
let slug = '';
const { open, close: closeVisits } = visitTracker();

beforeAll(async () => {
  browser = await launchBrowser();
  steward = await signedInState(browser, stewardEmail);
  member = await signedInState(browser, memberEmail);
});

afterEach(closeVisits);

afterAll(async () => {
  await closeVisits();
  // Leave the shared stack as other files expect it (empty public lists, no marker, so no tile
  // request): the project goes back to draft, whatever happened above.
  if (slug && browser) {
    const { context } = await visit(browser, { state: steward });
    await context.request.patch(`/api/projects/${slug}`, {
      data: { visibility: 'draft' },
      headers: { 'x-communs-client': 'e2e' },
    });
    await context.close();
  }
  await browser?.close();
});

const adminState = async () => {
  admin ??= await signedInState(browser, inject('adminEmail'));
  return admin;
};

describe('a citizen project, from its creation to its moderation', () => {
  it('a citizen starts a public project, joined on request, with a place', async () => {
    const { page, errors } = await open(browser, { state: steward });
    const reads: URL[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET') reads.push(new URL(request.url()));
    });
    await page.goto(routes.projectNew.fr);
    await page.locator('[data-new-project][data-state="ready"]').waitFor();

    await page.fill('#new-title', title);
    const summary = 'Enregistrer les cloches et les cornes de brume du port, du matin au soir.';
    await page.fill('#new-summary', summary);
    // The count follows the typing.
    expect(await page.locator('[data-summary-count]').textContent()).toBe(
      fr('projects.form.summary.left.other', { count: 280 - summary.length }),
    );
    await page.fill('#new-description', 'On enregistre **tout** ce qui sonne.\n\n- les cloches\n- les cornes');
    await page.fill('#new-neighbourhood', 'Recouvrance');
    await page.fill('#new-tags', 'Son, port, son');
    // A decimal comma is accepted, as people type it in French.
    await page.fill('#new-lat', String(place.lat).replace('.', ','));
    await page.fill('#new-lng', String(place.lng));
    await page.selectOption('#new-status', 'active');
    expect(await page.isChecked('#new-joinMode-request')).toBe(true);
    await page.check('#new-visibility-public');

    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.projectView.fr),
      page.getByRole('button', { name: fr('projects.new.submit') }).click(),
    ]);
    slug = new URL(page.url()).searchParams.get('projet') ?? '';
    expect(slug).toMatch(/^les-cloches-du-port-/);

    await page.locator('[data-project-page][data-state="ready"]').waitFor();
    expect(await page.locator('#project-title').textContent()).toBe(title);
    expect(await page.locator('[data-description] strong').textContent()).toBe('tout');
    expect(await page.locator('[data-tags] li').allTextContents()).toEqual(['son', 'port']);
    expect(await page.locator('[data-members] li').textContent()).toContain(nameOf(stewardEmail));
    expect(await page.locator('[data-members] .badge').textContent()).toBe(fr('projects.members.steward'));
    await page.locator('[data-steward-tools]:not([hidden])').waitFor();
    expect(await page.locator('[data-you]').textContent()).toBe(fr('projects.you.steward'));
    expect(await page.locator('[data-activity] li').first().textContent()).toContain(
      fr('projects.activity.created', { actor: nameOf(stewardEmail) }),
    );
    // A signed-in person reads the project past the caches: CloudFront keys on the query string.
    const detail = reads.find((url) => url.pathname === `/api/projects/${slug}`);
    expect(detail?.searchParams.get('fresh')).toBeTruthy();
    expectNoErrors(errors);
  });

  it('offers a free address when the one chosen is taken', async () => {
    const { page, errors } = await open(browser, { state: steward, viewport: 'phone' });
    await page.goto(routes.projectNew.en);
    await page.locator('[data-new-project][data-state="ready"]').waitFor();
    await page.fill('#new-title', 'Same address');
    await page.fill('#new-slug', slug);
    await page.fill('#new-summary', 'A project that wants an address already taken.');
    await page.getByRole('button', { name: t('en')('projects.new.submit') }).click();

    const slugField = page.locator('#new-slug');
    await poll(() => slugField.getAttribute('aria-invalid')).toBe('true');
    const proposed = await slugField.inputValue();
    expect(proposed).toBe(`${slug}-2`);
    expect(await page.locator('#new-slug-error').textContent()).toContain(
      t('en')('projects.form.slug.taken', { slug, proposed }),
    );
    // Focus is on the field, which says what is wrong.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-slug');
    await expectNoAxeViolations(page, 'create page with a taken address (en, phone)');
    expectNoErrors(errors, [409]);
  });

  it('the last steward cannot leave: the page says what to do instead', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openProject(page, slug)).toBe('ready');
    await page.locator('[data-leave]:not([hidden])').click();
    await poll(() => page.locator('[data-participate-status]').textContent()).toBe(fr('projects.lastSteward'));
    expectNoErrors(errors, [409]);
  });

  it('a second citizen asks to join, and the steward accepts', async () => {
    const asker = await open(browser, { state: member, viewport: 'phone' });
    expect(await openProject(asker.page, slug)).toBe('ready');
    await viewerShown(asker.page);
    await asker.page.fill('#join-message', 'J’habite au-dessus du port, j’ai un enregistreur.');
    await asker.page.getByRole('button', { name: fr('projects.join.request') }).click();
    await poll(() => asker.page.locator('[data-participate-status]').textContent()).toBe(fr('projects.requested'));
    await asker.page.locator('[data-request-pending]:not([hidden])').waitFor();
    expect(await asker.page.locator('[data-join-form]').isHidden()).toBe(true);

    const host = await open(browser, { state: steward });
    expect(await openProject(host.page, slug)).toBe('ready');
    const request = host.page.locator('[data-requests] li', { hasText: nameOf(memberEmail) });
    await request.waitFor();
    expect(await request.locator('blockquote').textContent()).toBe('J’habite au-dessus du port, j’ai un enregistreur.');
    await request
      .getByRole('button', {
        name: `${fr('projects.requests.accept')} ${fr('projects.requests.of', { name: nameOf(memberEmail) })}`,
      })
      .click();
    await poll(() => host.page.locator('[data-requests-status]').textContent()).toBe(
      fr('projects.requests.accepted', { name: nameOf(memberEmail) }),
    );
    await poll(() => host.page.locator('[data-members] li').allTextContents()).toContain(nameOf(memberEmail));
    await poll(() => host.page.locator('[data-fact-members]').textContent()).toBe(
      fr('projects.page.memberCount.other', { count: 2 }),
    );

    await openProject(asker.page, slug);
    await asker.page.locator('[data-you]:not([hidden])').waitFor();
    expect(await asker.page.locator('[data-you]').textContent()).toBe(fr('projects.you.member'));
    expect(await asker.page.locator('[data-post-form]').isVisible()).toBe(true);
    expect(await asker.page.locator('[data-steward-tools]').isHidden()).toBe(true);
    expectNoErrors([...asker.errors, ...host.errors]);
  });

  it('a resident finds it with the search form, as a link, and on the map without tiles', async () => {
    const { page, errors } = await open(browser, { tiles: 'offline' });
    const tileRequests: string[] = [];
    page.on('request', (request) => {
      if (TILE_REQUESTS.test(request.url())) tileRequests.push(request.url());
    });
    await page.goto(routes.projects.fr);
    await page.fill('#filter-q', token);
    await page.selectOption('#filter-status', 'active');
    await page.getByRole('button', { name: fr('projects.browse.submit') }).click();

    // The address says what was searched: the results are a link.
    await page.waitForURL((url) => url.searchParams.get('q') === token && url.searchParams.get('etat') === 'active');
    const status = page.locator('[data-results-status]');
    await poll(() => status.textContent()).toBe(fr('projects.browse.count.one', { count: 1 }));
    expect(await status.getAttribute('role')).toBe('status');
    const card = page.locator('[data-results-list] > li');
    expect(await card.count()).toBe(1);
    expect(await card.locator('h3 a').getAttribute('href')).toBe(projectPath(slug));

    // The map fits its markers even when no tile arrives; each marker is a link named by its project.
    const marker = page.locator(`.project-marker__link[href="${projectPath(slug)}"]`);
    await marker.waitFor({ state: 'attached' });
    expect(await marker.textContent()).toBe(title);
    await poll(() => tileRequests.length).toBeGreaterThan(0);
    const inView = await page.evaluate(() => {
      const map = document.querySelector('.project-map')?.getBoundingClientRect();
      const pins = [...document.querySelectorAll('.project-marker__link')].map((pin) => pin.getBoundingClientRect());
      return (
        Boolean(map) &&
        pins.every((pin) => map && pin.left >= map.left && pin.right <= map.right && pin.bottom <= map.bottom)
      );
    });
    expect(inView).toBe(true);
    // The map's text alternative lists the same projects.
    expect(await page.locator('[data-map-list-items] a', { hasText: title }).getAttribute('href')).toBe(
      projectPath(slug),
    );
    // A keyboard user can skip the map.
    await page.locator('.skip-map').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-map');

    // The same search, opened as a link (in English: the parameters speak the page's language).
    await page.goto(`${routes.projects.en}?q=${token}&status=active`);
    await poll(() => page.locator('[data-results-status]').textContent()).toBe(
      t('en')('projects.browse.count.one', { count: 1 }),
    );
    expect(await page.inputValue('#filter-q')).toBe(token);
    expect(await page.locator('header a[hreflang="fr"]').getAttribute('href')).toBe(
      `${routes.projects.fr}?q=${token}&etat=active`,
    );
    // A search that finds nothing says so.
    await page.fill('#filter-q', `${token} nothing-like-this`);
    await page.getByRole('button', { name: t('en')('projects.browse.submit') }).click();
    await poll(() => page.locator('[data-results-status]').textContent()).toBe(t('en')('projects.browse.none'));

    await page.goto(`${routes.projects.fr}?q=${token}`);
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.projectView.fr),
      page.locator('[data-results-list] > li h3 a').click(),
    ]);
    expect(await openProject(page, slug)).toBe('ready');
    await viewerShown(page);
    expect(await page.locator('[data-signed-out]').isVisible()).toBe(true);
    await poll(() => page.locator('[data-journal-status]').textContent()).toBe(fr('projects.journal.empty'));
    expectNoErrors(errors);
  });

  it('the member posts to the journal, and a resident reads it', async () => {
    const { page, errors } = await open(browser, { state: member });
    expect(await openProject(page, slug)).toBe('ready');
    await page.locator('[data-post-form]:not([hidden])').waitFor();
    await page.fill('#post-body', 'Première séance ce samedi : **douze** cloches enregistrées.');
    await page.getByRole('button', { name: fr('projects.journal.submit') }).click();
    await poll(() => page.locator('[data-post-form] [data-form-status]').textContent()).toBe(
      fr('projects.journal.posted'),
    );
    await poll(() => page.locator('[data-journal] li').count()).toBe(1);
    expect(await page.inputValue('#post-body')).toBe('');

    const resident = await open(browser, { viewport: 'phone' });
    expect(await openProject(resident.page, slug)).toBe('ready');
    const post = resident.page.locator('[data-journal] li').first();
    await post.waitFor();
    expect(await post.locator('strong', { hasText: 'douze' }).count()).toBe(1);
    expect(await post.locator('.journal-post__byline').textContent()).toContain(nameOf(memberEmail));
    expect(await resident.page.locator('[data-activity] li').first().textContent()).toContain(
      fr('projects.activity.posted', { actor: nameOf(memberEmail) }),
    );

    // Back from the digest's one-click unsubscribe link, the page says it is done.
    expect(await openProject(resident.page, slug, { query: { unsubscribed: '1' } })).toBe('ready');
    await poll(() => resident.page.locator('[data-unsubscribed-notice]').textContent()).toBe(
      fr('projects.page.unsubscribed'),
    );
    // The language switcher leads to the same project.
    expect(await resident.page.locator('header a[hreflang="en"]').getAttribute('href')).toBe(
      projectPath(slug, 'en', { unsubscribed: '1' }),
    );

    // Anyone can report a project; the form says it was received.
    await resident.page.fill('#report-reason', 'Un test de signalement, rien de grave.');
    await resident.page.getByRole('button', { name: fr('projects.report.submit') }).click();
    await poll(() => resident.page.locator('[data-report-form] [data-form-status]').textContent()).toBe(
      fr('projects.report.sent'),
    );
    expectNoErrors([...errors, ...resident.errors]);
  });

  it('the member adds a recording of theirs to the library and to a post; residents hear it, credited', async () => {
    const { page, errors } = await open(browser, { state: member });
    const recording = { file: 'speech.mp3', title: `Cloche de midi ${token}`, licence: 'CC-BY-4.0' as const };
    await uploadThroughPage(page, 'fr', { ...recording, transcript: 'Dong. Dong. Dong.' });
    // The upload page is the media feature's, checked by its own tests: only this page's errors count here.
    errors.length = 0;

    expect(await openProject(page, slug)).toBe('ready');
    const attach = page.locator('[data-attach-form]:not([hidden])');
    await attach.locator('[data-attach-fields]:not([hidden])').waitFor();
    await page.selectOption('#attach-media', { label: recording.title });
    await attach.getByRole('button', { name: fr('projects.attach.submit') }).click();
    await poll(() => attach.locator('[data-form-status]').textContent()).toBe(
      fr('projects.attach.done', { title: recording.title }),
    );
    await page.fill('#post-body', 'La cloche de midi, enregistrée depuis le quai.');
    await page.selectOption('#post-media', { label: recording.title });
    await page.getByRole('button', { name: fr('projects.journal.submit') }).click();
    await poll(() => page.locator('[data-post-form] [data-form-status]').textContent()).toBe(
      fr('projects.journal.posted'),
    );

    const resident = await open(browser);
    expect(await openProject(resident.page, slug)).toBe('ready');
    const item = resident.page.locator('[data-media] figure');
    expect(await item.count()).toBe(1);
    expect(await item.locator('audio source').getAttribute('src')).toMatch(/^\/media\//);
    // TASL: title, author, licence linked to its deed.
    expect(await item.locator('figcaption').textContent()).toBe(
      fr('projects.media.credit', { title: recording.title, author: nameOf(memberEmail), licence: 'CC BY 4.0' }),
    );
    const deed = item.locator('figcaption a[rel="license"]');
    expect(await deed.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    await item.locator('summary', { hasText: fr('projects.media.transcript') }).click();
    expect(await item.locator('.media-item__transcript-text').textContent()).toBe('Dong. Dong. Dong.');
    const post = resident.page.locator('[data-journal] li').first();
    await post.locator('figure audio').waitFor({ state: 'attached' });
    expect(await post.locator('figcaption cite').textContent()).toBe(recording.title);
    expectNoErrors([...errors, ...resident.errors]);
  });

  it('the city features, hides and restores it; its stewards see why it is hidden', async () => {
    const city = await open(browser, { state: await adminState() });
    expect(await openProject(city.page, slug, { locale: 'en' })).toBe('ready');
    const tools = city.page.locator('[data-admin-tools]:not([hidden])');
    await tools.waitFor();
    await city.page.getByRole('button', { name: t('en')('projects.admin.feature') }).click();
    await poll(() => city.page.locator('[data-admin-status]').textContent()).toBe(t('en')('projects.admin.featured'));
    await poll(() => city.page.locator('[data-featured]').isVisible()).toBe(true);

    // On the home page, the featured project comes first, badge and link included.
    const home = await open(browser);
    await home.page.goto(routes.home.fr);
    const first = home.page.locator('[data-api-list="projects"] li.card').first();
    await first.waitFor();
    expect(await first.locator('h3 a').getAttribute('href')).toBe(projectPath(slug));
    expect(await first.locator('.badge--featured').textContent()).toBe(fr('projects.featured'));

    const reason = 'Photos de personnes sans leur accord : à retirer.';
    await city.page.fill('#hide-reason', reason);
    await city.page.getByRole('button', { name: t('en')('projects.admin.hide.submit') }).click();
    await poll(() => city.page.locator('[data-admin-status]').textContent()).toBe(t('en')('projects.admin.hidden'));
    await city.page.locator('[data-restore]:not([hidden])').waitFor();

    const host = await open(browser, { state: steward });
    expect(await openProject(host.page, slug)).toBe('ready');
    expect(await host.page.locator('[data-hidden-reason]').textContent()).toBe(fr('projects.page.hidden', { reason }));
    const resident = await open(browser);
    expect(await openProject(resident.page, slug)).toBe('missing');

    await city.page.getByRole('button', { name: t('en')('projects.admin.restore') }).click();
    await poll(() => city.page.locator('[data-admin-status]').textContent()).toBe(t('en')('projects.admin.restored'));
    const again = await open(browser);
    expect(await openProject(again.page, slug)).toBe('ready');
    expectNoErrors([...city.errors, ...home.errors, ...host.errors], [404]);
    expectNoErrors(again.errors);
  });

  it('a steward invites someone by e-mail, who accepts from the link', async () => {
    const host = await open(browser, { state: steward });
    expect(await openProject(host.page, slug)).toBe('ready');
    await host.page.locator('[data-steward-tools]:not([hidden])').waitFor();
    const adminEmail = inject('adminEmail');
    await host.page.fill('#invite-email', adminEmail);
    await host.page.getByRole('button', { name: fr('projects.invite.submit') }).click();
    await poll(() => host.page.locator('[data-invite-form] [data-form-status]').textContent()).toBe(
      fr('projects.invite.sent', { email: adminEmail }),
    );

    const guest = await open(browser, { state: await adminState(), viewport: 'phone' });
    expect(await openProject(guest.page, slug, { query: { invitation: '1' } })).toBe('ready');
    const accept = guest.page.getByRole('button', { name: fr('projects.invitation.accept') });
    await accept.waitFor();
    await expectNoAxeViolations(guest.page, 'project page with an invitation (fr, phone)');
    await accept.click();
    await poll(() => guest.page.locator('[data-participate-status]').textContent()).toBe(
      fr('projects.invitation.accepted'),
    );
    await poll(() => guest.page.locator('[data-you]').textContent()).toBe(fr('projects.you.member'));
    expect(await guest.page.locator('[data-invitation]').isHidden()).toBe(true);
    expectNoErrors([...host.errors, ...guest.errors]);
  });

  it('a steward changes roles and removes a member', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openProject(page, slug)).toBe('ready');
    const name = nameOf(memberEmail);
    const row = page.locator('[data-manage] li', { hasText: name });
    await row.waitFor();
    await row.getByLabel(fr('projects.manage.role.label', { name })).selectOption('steward');
    await row
      .getByRole('button', { name: `${fr('projects.manage.save')} ${fr('projects.manage.of', { name })}` })
      .click();
    const status = page.locator('[data-manage-status]');
    await poll(() => status.textContent()).toBe(
      fr('projects.manage.roleSaved', { name, role: fr('projects.members.steward') }),
    );
    await poll(() => page.locator('[data-members] .badge').count()).toBe(2);
    await poll(() => page.locator('[data-activity] li').first().textContent()).toContain(
      fr('projects.activity.roleSteward', { actor: nameOf(stewardEmail), name }),
    );
    await page
      .locator('[data-manage] li', { hasText: name })
      .getByLabel(fr('projects.manage.role.label', { name }))
      .selectOption('member');
    await page
      .locator('[data-manage] li', { hasText: name })
      .getByRole('button', { name: `${fr('projects.manage.save')} ${fr('projects.manage.of', { name })}` })
      .click();
    await poll(() => page.locator('[data-members] .badge').count()).toBe(1);

    // The administrator joined through the invitation: a steward may remove them (after a confirmation).
    const guest = nameOf(inject('adminEmail'));
    await page
      .locator('[data-manage] li', { hasText: guest })
      .getByRole('button', { name: `${fr('projects.manage.remove')} ${fr('projects.manage.of', { name: guest })}` })
      .click();
    await poll(() => status.textContent()).toBe(fr('projects.manage.removed', { name: guest }));
    await poll(() => page.locator('[data-members] li').allTextContents()).not.toContain(guest);
    expectNoErrors(errors);
  });
});

describe('every project page passes axe, signed in and out, on desktop and phone', () => {
  type Viewer = 'resident' | 'member' | 'steward' | 'admin';
  const stateOf = async (viewer: Viewer) =>
    viewer === 'member' ? member : viewer === 'steward' ? steward : viewer === 'admin' ? adminState() : undefined;
  const viewports = Object.keys(VIEWPORTS) as ViewportName[];
  const cases = viewports.flatMap((viewport) => locales.map((locale) => [viewport, locale] as const));

  describe.each(cases)('at %s size, in %s', (viewport, locale: Locale) => {
    const tr = t(locale);
    const label = (name: string) => `${name} (${locale}, ${viewport})`;
    const shoot = async (page: Visit['page'], name: string) =>
      writeFile(`/tmp/communs-projects-${name}-${locale}-${viewport}.png`, await page.screenshot({ fullPage: true }));

    it('the projects page, with results and the map', async () => {
      const { page, errors } = await open(browser, { viewport });
      await page.goto(routes.projects[locale]);
      await page.locator('.project-marker__link').first().waitFor({ state: 'attached' });
      await poll(() => page.locator('[data-results-list] > li').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, label('projects page'));
      await shoot(page, 'browse');
      expectNoErrors(errors);
    });

    const viewers = [
      { viewer: 'resident', who: 'a resident' },
      { viewer: 'member', who: 'a member' },
      { viewer: 'steward', who: 'a steward' },
      { viewer: 'admin', who: 'an administrator' },
    ] as const;
    it.each(viewers)('the project page, as $who', async ({ viewer }) => {
      const { page, errors } = await open(browser, { viewport, state: await stateOf(viewer) });
      expect(await openProject(page, slug, { locale })).toBe('ready');
      await viewerShown(page);
      if (viewer === 'steward') await page.locator('[data-steward-tools]:not([hidden]) [data-requests] li').waitFor();
      if (viewer === 'admin') await page.locator('[data-admin-tools]:not([hidden])').waitFor();
      await page.locator('[data-journal] li').first().waitFor();
      await page.locator('[data-activity] li').first().waitFor();
      await expectNoAxeViolations(page, label(`project page as a ${viewer}`));
      await shoot(page, `project-${viewer}`);
      expectNoErrors(errors);
    });

    it('the create page, signed out and signed in with errors shown', async () => {
      const out = await open(browser, { viewport });
      await out.page.goto(routes.projectNew[locale]);
      await out.page.locator('[data-new-project][data-state="signed-out"]').waitFor();
      await expectNoAxeViolations(out.page, label('create page, signed out'));

      const { page, errors } = await open(browser, { viewport, state: steward });
      await page.goto(routes.projectNew[locale]);
      await page.locator('[data-new-project][data-state="ready"]').waitFor();
      await page.fill('#new-lat', '123');
      await page.getByRole('button', { name: tr('projects.new.submit') }).click();
      for (const id of ['new-title', 'new-summary', 'new-lat']) {
        expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      }
      // Focus goes to the first field to correct, whose message is read with it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-title');
      expect(await page.locator('#new-title').getAttribute('aria-describedby')).toContain('new-title-error');
      await expectNoAxeViolations(page, label('create page with errors'));
      await shoot(page, 'new');
      expectNoErrors([...out.errors, ...errors]);
    });

    it('the project page of a project that does not exist, and without a project', async () => {
      const { page, errors } = await open(browser, { viewport });
      expect(await openProject(page, `nothing-${token}`, { locale })).toBe('missing');
      await expectNoAxeViolations(page, label('missing project'));
      await page.goto(routes.projectView[locale]);
      await page.locator('[data-project-page][data-state="none"]').waitFor();
      expect(await page.locator('h1:visible').textContent()).toBe(tr('projects.page.none.title'));
      expectNoErrors(errors, [404]);
    });
  });
});

describe('the steward edits the project', () => {
  it('only the fields changed are sent, the log says which, and a draft leaves the public lists', async () => {
    const { page, errors } = await open(browser, { state: steward, viewport: 'phone' });
    expect(await openProject(page, slug)).toBe('ready');
    await page.locator('[data-steward-tools]:not([hidden])').waitFor();
    await page.fill('#edit-summary', 'Les cloches, les cornes et les goélands du port.');
    await page.check('#edit-visibility-draft');
    await page.getByRole('button', { name: fr('projects.edit.submit') }).click();
    await poll(() => page.locator('[data-project-form] [data-form-status]').textContent()).toBe(
      fr('projects.edit.saved'),
    );
    expect(await page.locator('[data-summary]').textContent()).toBe('Les cloches, les cornes et les goélands du port.');
    expect(await page.locator('[data-draft-notice]').isVisible()).toBe(true);
    await poll(() => page.locator('[data-activity] li').first().textContent()).toContain(
      fr('projects.activity.edited', {
        actor: nameOf(stewardEmail),
        fields: `${fr('projects.fields.summary')}, ${fr('projects.fields.visibility')}`,
      }),
    );

    const resident = await open(browser);
    expect(await openProject(resident.page, slug)).toBe('missing');
    await resident.page.goto(`${routes.projects.fr}?q=${token}`);
    await poll(() => resident.page.locator('[data-results-status]').textContent()).toBe(fr('projects.browse.none'));
    expectNoErrors([...errors, ...resident.errors], [404]);
    await closeVisits();
  });
});
