import { createHash, randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routes, t } from '../../web/src/i18n/index.ts';
import { formatDistance } from '../../web/src/lib/trails/format.ts';
import { distanceMetres } from '../../web/src/lib/trails/geo.ts';
import { formatBytes } from '../../web/src/lib/ui/format.ts';
import { apiSend, poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { readyMediaId, uploadThroughPage } from './media-support.ts';
import { expectNoErrors, type StorageState, type Visit, visit, visitTracker } from './projects-support.ts';
import { TRANSCRIPT, unpublishAndClose, uploadRecording } from './trails-support.ts';

/**
 * The residents' side of trails in Chromium, on the local stack: a steward (one sign-in) builds a
 * published trail of two stops through the API, with media uploaded through the upload page; a
 * resident opens it on a phone, reads the stops (players, transcripts, credits), downloads the
 * open data, walks it (previous/next, then simulated geolocation entering stop 2's zone), saves
 * it for offline use and reads it again with the network off, and reports it to the city; the
 * trails page lists and filters it.
 */

const fr = t('fr');
const token = randomUUID().slice(0, 6);
const area = `Quartier ${token}`;
const stewardEmail = uniqueEmail('trail-steward');
/** Two stops about 250 m apart on the quays of a Brest-like city; zones of 40 m. */
const STOPS = [
  { title: `La cale ${token}`, text: 'Ici accostaient les bacs.', lat: 48.3829, lng: -4.4966, radius: 40 },
  {
    title: `Le pont ${token}`,
    text: 'Le pont tourne pour laisser passer les navires.',
    lat: 48.3848,
    lng: -4.4944,
    radius: 40,
  },
];

let browser: Browser;
let steward: StorageState;
let trailId = '';
let projectSlug = '';
const { open, close: closeVisits } = visitTracker();

const trailPath = (locale: 'fr' | 'en' = 'fr') => `${routes.trailView[locale]}?id=${trailId}`;

const openTrail = async (page: Visit['page'], locale: 'fr' | 'en' = 'fr') => {
  await page.goto(trailPath(locale));
  const root = page.locator('[data-trail-page]:not([data-state="loading"])');
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

beforeAll(async () => {
  browser = await launchBrowser();
  steward = await signedInState(browser, stewardEmail);
  const { context, page } = await visit(browser, { state: steward });
  try {
    await uploadRecording(page, `Voix de la cale ${token}`);
    await uploadThroughPage(page, 'fr', { file: 'photo.png', title: `Photo du pont ${token}`, licence: 'CC-BY-4.0' });
    await uploadThroughPage(page, 'fr', { file: 'clip.mp4', title: `Film du pont ${token}`, licence: 'CC-BY-4.0' });
    const audio = await readyMediaId(context, `Voix de la cale ${token}`);
    const photo = await readyMediaId(context, `Photo du pont ${token}`);
    const video = await readyMediaId(context, `Film du pont ${token}`);
    // A video needs captions before the trail can be published.
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nLe pont tourne.\n';
    const captioned = await context.request.fetch(`/api/media/${video}/captions/fr`, {
      method: 'PUT',
      headers: {
        'content-type': 'text/vtt',
        'x-communs-client': 'e2e',
        'x-amz-content-sha256': createHash('sha256').update(vtt).digest('hex'),
      },
      data: vtt,
    });
    if (!captioned.ok()) throw new Error(`captions answered ${captioned.status()}: ${await captioned.text()}`);

    const project = await apiSend(context, 'POST', '/api/projects', {
      title: `Sons des quais ${token}`,
      summary: 'Un projet pour marcher en écoutant.',
    });
    projectSlug = String(project.slug);
    const created = (await apiSend(context, 'POST', '/api/trails', {
      projectSlug,
      title: `Les quais à l’oreille ${token}`,
      description: 'Une **balade** le long des quais.',
      languages: ['fr', 'br'],
      area,
    })) as { trail: { id: string } };
    trailId = created.trail.id;
    await apiSend(context, 'POST', `/api/trails/${trailId}/stops`, { ...STOPS[0], mediaIds: [audio] });
    await apiSend(context, 'POST', `/api/trails/${trailId}/stops`, { ...STOPS[1], mediaIds: [audio, photo, video] });
    await apiSend(context, 'POST', `/api/trails/${trailId}/publish`);
  } finally {
    await context.close();
  }
}, 120_000);

afterEach(closeVisits);

afterAll(async () => {
  await closeVisits();
  await unpublishAndClose(browser, steward, trailId);
});

describe('a resident on a phone', () => {
  it('reads the trail: stops with players, transcripts, attributions, credits and open data', async () => {
    const { page, errors } = await open(browser, { viewport: 'phone' });
    expect(await openTrail(page)).toBe('ready');
    expect(await page.locator('#trail-title').textContent()).toBe(`Les quais à l’oreille ${token}`);
    expect(await page.locator('[data-description] strong').textContent()).toBe('balade');
    const facts = await page.locator('[data-facts] li').allTextContents();
    expect(facts[0]).toBe(fr('trails.area', { name: area }));
    expect(facts[2]).toBe(fr('trails.stops.other', { count: 2 }));

    const stops = page.locator('[data-stops] > li');
    expect(await stops.count()).toBe(2);
    expect(await stops.locator('h3').allTextContents()).toEqual([
      `1${fr('trails.stop.number', { number: 1 })}${STOPS[0]?.title}`,
      `2${fr('trails.stop.number', { number: 2 })}${STOPS[1]?.title}`,
    ]);
    // Every stop can be heard, with its transcript and its attribution; the image says what it shows.
    expect(await stops.locator('audio source').count()).toBe(2);
    const transcript = stops.first().locator('details.stop-media__transcript');
    await transcript.locator('summary').click();
    expect(await transcript.locator('.stop-media__transcript-text').textContent()).toBe(TRANSCRIPT);
    expect(await stops.nth(1).locator('img').getAttribute('alt')).toBe(`Photo du pont ${token}`);
    // The video plays with its captions.
    const track = stops.nth(1).locator('video track[kind="captions"]');
    expect(await track.getAttribute('srclang')).toBe('fr');
    const captions = await page.request.get(String(await track.getAttribute('src')));
    expect(captions.headers()['content-type']).toContain('text/vtt');
    expect(await captions.text()).toContain('Le pont tourne.');
    const credit = await stops.first().locator('figcaption').textContent();
    expect(credit).toContain(`Voix de la cale ${token}`);
    expect(await stops.first().locator('figcaption a[rel="license"]').getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    const credits = await page.locator('[data-credits] > li').allTextContents();
    expect(credits.join(' ')).toContain(`Voix de la cale ${token}`);
    expect(credits.join(' ')).toContain(`Photo du pont ${token}`);

    for (const kind of ['geojson', 'gpx', 'credits']) {
      const href = await page.locator(`[data-download="${kind}"]`).getAttribute('href');
      const answer = await page.request.get(href ?? '');
      expect(answer.status(), `${kind} export`).toBe(200);
    }

    // Phone width: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'trail page on a phone');
    expectNoErrors(errors);
  });

  it('reports it to the city without signing in, once', async () => {
    const { page, errors } = await open(browser, { viewport: 'phone' });
    expect(await openTrail(page)).toBe('ready');
    const report = page.locator('[data-report]');
    expect(await report.isVisible()).toBe(true);
    await report.locator('summary').click();
    const submit = report.getByRole('button', { name: fr('trails.report.submit') });
    // No reason: said on the field, nothing sent.
    await submit.click();
    expect(await page.locator('#trail-report-reason').getAttribute('aria-invalid')).toBe('true');
    await page.fill('#trail-report-reason', 'Une étape donne l’adresse d’un particulier.');
    await submit.click();
    const status = report.locator('[data-form-status]');
    await poll(() => status.textContent()).toBe(fr('trails.report.sent'));
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.locator('#trail-report-reason').inputValue()).toBe('');
    // One report per person (here: per network); one report does not hide the trail.
    await page.fill('#trail-report-reason', 'Toujours la même adresse.');
    await submit.click();
    await poll(() => status.textContent()).toBe(fr('trails.report.already'));
    expect((await page.request.get(`/api/trails/${trailId}`)).status()).toBe(200);
    await expectNoAxeViolations(page, 'trail report form on a phone');
    expectNoErrors(errors, [409]);
  });

  it('walks it: previous and next without location, then its position offers stop 2', async () => {
    const { context, page, errors } = await open(browser, { viewport: 'phone' });
    expect(await openTrail(page)).toBe('ready');
    await page.getByRole('button', { name: fr('trails.walk.start') }).click();
    const walk = page.locator('[data-walk]');
    await walk.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('walk-title');
    const progress = walk.locator('[data-walk-progress]');
    expect(await progress.textContent()).toBe(fr('trails.walk.progress', { number: 1, count: 2 }));
    expect(await walk.getByRole('button', { name: fr('trails.walk.previous') }).isDisabled()).toBe(true);
    await walk.getByRole('button', { name: fr('trails.walk.next') }).click();
    expect(await progress.textContent()).toBe(fr('trails.walk.progress', { number: 2, count: 2 }));
    expect(await walk.locator('.walk__stop-title').textContent()).toBe(STOPS[1]?.title);
    // At the last stop "next" is disabled: the keyboard focus moved to "previous", not to the page.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-walk-previous'))).toBe(true);
    await walk.getByRole('button', { name: fr('trails.walk.previous') }).click();
    expect(await progress.textContent()).toBe(fr('trails.walk.progress', { number: 1, count: 2 }));
    // Large tap targets.
    const box = await walk.getByRole('button', { name: fr('trails.walk.next') }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await walk.locator('[data-walk-arrival]').isHidden()).toBe(true);

    // The walker opts in; the browser then reports a place about 10 m from stop 2.
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 48.38488, longitude: -4.49445 });
    await walk.getByRole('button', { name: fr('trails.walk.location.start') }).click();
    const arrival = walk.locator('[data-walk-arrival]');
    await arrival.waitFor();
    const stopName = fr('trails.stop.name', { number: 2, title: STOPS[1]?.title ?? '' });
    expect(await arrival.locator('[data-walk-arrival-text]').textContent()).toBe(
      fr('trails.walk.arrived', { stop: stopName }),
    );
    const play = walk.getByRole('button', { name: fr('trails.walk.play', { title: `Voix de la cale ${token}` }) });
    expect(await play.isVisible()).toBe(true);
    await poll(() => walk.locator('[data-walk-announce]').textContent()).toBe(
      fr('trails.walk.arrivedAnnounce', { stop: stopName }),
    );
    expect(await progress.textContent()).toBe(fr('trails.walk.progress', { number: 2, count: 2 }));
    expect(await page.locator('#stop-2').getAttribute('data-here')).toBe('true');
    expect(await page.locator('#stop-2 .stop__here').isVisible()).toBe(true);
    expect(await page.locator('#stop-1').getAttribute('data-here')).toBe('false');
    expect(await walk.locator('[data-walk-distance]').textContent()).toBe(fr('trails.walk.lastStop'));
    // Nothing plays by itself.
    expect(
      await walk.locator('audio').evaluateAll((players) => players.every((p) => (p as HTMLMediaElement).paused)),
    ).toBe(true);

    // Location off: the offer goes; on again from near stop 1 (outside its zone), the distance to stop 2 shows.
    await walk.getByRole('button', { name: fr('trails.walk.location.stop') }).click();
    expect(await arrival.isHidden()).toBe(true);
    expect(await walk.locator('[data-walk-distance]').isHidden()).toBe(true);
    expect(await page.locator('#stop-2').getAttribute('data-here')).toBe('false');
    await context.setGeolocation({ latitude: 48.3825, longitude: -4.4975 });
    await walk.getByRole('button', { name: fr('trails.walk.location.start') }).click();
    const distance = walk.locator('[data-walk-distance]');
    await distance.waitFor();
    const metres = distanceMetres({ lat: 48.3825, lng: -4.4975 }, STOPS[1] ?? { lat: 0, lng: 0 });
    expect(await distance.textContent()).toBe(
      fr('trails.walk.distance', { stop: stopName, distance: formatDistance('fr', metres) }),
    );
    expect(await arrival.isHidden()).toBe(true);

    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'walk mode on a phone');
    await walk.getByRole('button', { name: fr('trails.walk.end') }).click();
    expect(await walk.isHidden()).toBe(true);
    expect(await page.locator('#stop-2').getAttribute('data-here')).toBe('false');
    expectNoErrors(errors);
  });

  it('saves it for offline use, after saying how much it downloads, and reads it with the network off', async () => {
    const { context, page, errors } = await open(browser, { viewport: 'phone' });
    expect(await openTrail(page)).toBe('ready');
    const detail = (await (await page.request.get(`/api/trails/${trailId}`)).json()) as { downloadBytes: number };
    expect(detail.downloadBytes).toBeGreaterThan(0);
    const size = formatBytes('fr', detail.downloadBytes);
    const offline = page.locator('[data-offline]');
    expect(await offline.locator('[data-offline-size]').textContent()).toBe(fr('trails.offline.size', { size }));

    await offline.getByRole('button', { name: fr('trails.offline.save') }).click();
    expect(await offline.locator('[data-offline-confirm-text]').textContent()).toBe(
      fr('trails.offline.confirm.text', { size }),
    );
    await offline.getByRole('button', { name: fr('trails.offline.confirm.yes') }).click();
    await offline.locator('[data-offline-saved]').waitFor({ timeout: 20_000 });
    expect(await offline.locator('[data-offline-status]').textContent()).toBe(fr('trails.offline.savedNow'));

    const audioUrl = await page.locator('#stop-1 audio source').getAttribute('src');
    await poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(async (url) => (await caches.match(url)) !== undefined, audioUrl ?? '')).toBe(true);
    expect(await page.evaluate(async (id) => (await caches.match(`/api/trails/${id}`)) !== undefined, trailId)).toBe(
      true,
    );

    // No network: the page, the trail and its sound still come, from the copy.
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-trail-page][data-state="ready"]').waitFor();
    expect(await page.locator('#trail-title').textContent()).toBe(`Les quais à l’oreille ${token}`);
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(true);
    expect(await offline.locator('[data-offline-saved]').isVisible()).toBe(true);
    const audioOffline = await page.evaluate(async (url) => (await fetch(url)).status, audioUrl ?? '');
    expect(audioOffline).toBe(200);
    await context.setOffline(false);

    // Back online, the copy catches up with the trail: a file it lacks (as after a new stop) is fetched.
    await page.evaluate(async ({ id, url }) => (await caches.open(`communs-trail-${id}`)).delete(url), {
      id: trailId,
      url: audioUrl ?? '',
    });
    await page.reload();
    await page.locator('[data-trail-page][data-state="ready"]').waitFor();
    await poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, audioUrl ?? '')).toBe(true);

    await offline.getByRole('button', { name: fr('trails.offline.remove') }).click();
    await offline.locator('[data-offline-idle]').waitFor();
    expect(await page.evaluate(async (url) => (await caches.match(url)) === undefined, audioUrl ?? '')).toBe(true);
    // Offline, the account menu and the tiles cannot be reached: expected.
    expectNoErrors(errors.filter((error) => !/Failed to (load resource|fetch)|net::ERR/.test(error)));
  });
});

describe('the trails page', () => {
  it('lists the trail with its facts and filters by area, on the map too', async () => {
    const { page, errors } = await open(browser);
    await page.goto(routes.trails.fr);
    await page.locator('[data-trail-browse]:not([data-state="loading"])').waitFor();
    const card = page.locator('.trail-card', { hasText: `Les quais à l’oreille ${token}` });
    await card.waitFor();
    expect(await card.locator('a').getAttribute('href')).toBe(trailPath());
    expect(await card.locator('.card__meta').first().textContent()).toBe(fr('trails.area', { name: area }));

    await page.selectOption('#filter-area', area);
    await page.getByRole('button', { name: fr('trails.browse.submit') }).click();
    expect(new URL(page.url()).searchParams.get('area')).toBe(area);
    expect(await page.locator('.trail-card').count()).toBe(1);
    expect(await page.locator('[data-results-status]').textContent()).toBe(
      fr('trails.browse.countOf.one', { count: 1, total: await totalTrails(page) }),
    );
    // The map shows where it starts, as a link to it.
    // Lending points share the map (their own markers); the trail's is the one that is not theirs.
    const trailMarker = page.locator('[data-browse-map] .map-marker__link:not(.lending-marker__link)');
    await trailMarker.first().waitFor();
    expect(await trailMarker.getAttribute('href')).toBe(trailPath());

    await expectNoAxeViolations(page, 'trails page, filtered');
    expectNoErrors(errors);
  });

  it('is in English too, and the trail page as well', async () => {
    const { page, errors } = await open(browser, { viewport: 'phone' });
    expect(await openTrail(page, 'en')).toBe('ready');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: t('en')('trails.walk.start') }).isVisible()).toBe(true);
    expect(await page.locator('header a[hreflang="fr"]').getAttribute('href')).toBe(trailPath('fr'));
    await expectNoAxeViolations(page, 'trail page in English');
    expectNoErrors(errors);
  });
});

describe('a signed-in citizen', () => {
  it('forks the trail into a project they steward and lands in the editor', async () => {
    const { page, errors } = await open(browser, { state: steward });
    expect(await openTrail(page)).toBe('ready');
    const form = page.locator('[data-fork-form]');
    await form.waitFor();
    await page.fill('#fork-project', projectSlug);
    await Promise.all([
      page.waitForURL((url) => url.pathname === routes.trailEdit.fr),
      form.getByRole('button', { name: fr('trails.fork.submit') }).click(),
    ]);
    const forkId = new URL(page.url()).searchParams.get('id');
    expect(forkId).toBeTruthy();
    expect(forkId).not.toBe(trailId);
    expectNoErrors(errors.filter((error) => !error.includes('404')));
  });
});

const totalTrails = async (page: Visit['page']) =>
  ((await (await page.request.get('/api/trails')).json()) as { items: unknown[] }).items.length;
