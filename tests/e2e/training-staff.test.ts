import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { findModule } from '../../functions/training/catalogue.ts';
import { routes, t } from '../../web/src/i18n/index.ts';
import { apiSend, poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { lendingPointBody } from './lending-support.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * The staff side of training in Chromium, on the local stack. An administrator names a staff
 * member instructor of *Tourner et sous-titrer une vidéo* on the instructors' page; the
 * instructor schedules a workshop for later today on the teaching page; a citizen registers on
 * the workshops page (the seats counter goes once registered; a second, stale tab is told it is
 * already done) and downloads the calendar event, which a real iCalendar parser reads back; the
 * citizen passes the module's quiz, and the instructor ticks their attendance with the keyboard:
 * the citizen then holds the certification, as the module's holders page shows. The badge
 * verification page explains a pasted text that is no badge. Axe finds nothing on any of these
 * pages, in French and English.
 */

const fr = t('fr');
const en = t('en');
const MODULE = 'tourner-et-sous-titrer-une-video';
const module = findModule(MODULE);
if (!module?.quiz) throw new Error(`The demo module ${MODULE} with its quiz is needed`);
const TITLE = module.manifest.title;
const token = randomUUID().slice(0, 6);
const PLACE = `Médiathèque des Capucins, salle ${token}`;
const instructorEmail = uniqueEmail('instructor');
const citizenEmail = uniqueEmail('trainee');
const CITY_ZONE = 'Europe/Paris';

let browser: Browser;
let admin: StorageState;
let instructor: StorageState;
let citizen: StorageState;
let instructorId = '';
let instructorName = '';
let citizenName = '';
let sessionId = '';
const { open, close: closeVisits } = visitTracker();

const me = async (context: BrowserContext) =>
  (await (await context.request.get('/api/me')).json()) as { id: string; displayName: string };

/** The city's wall clock `minutes` from now, as the form's date and time inputs take it. */
const cityClock = (minutes: number) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: CITY_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

/** Opens a page and waits until its island has left the loading state; returns that state. */
const openSettled = async (page: Page, path: string, root: string) => {
  await page.goto(path);
  const settled = page.locator(`${root}:not([data-state="loading"])`);
  await settled.waitFor({ state: 'attached' });
  return settled.getAttribute('data-state');
};

beforeAll(async () => {
  browser = await launchBrowser();
  [admin, instructor, citizen] = await Promise.all([
    signedInState(browser, inject('trainingAdminEmail')),
    signedInState(browser, instructorEmail),
    signedInState(browser, citizenEmail),
  ]);
  const { context } = await open(browser, { state: admin });
  const { items } = (await (
    await context.request.get(`/api/admin/users?email=${encodeURIComponent(instructorEmail)}`)
  ).json()) as {
    items: { id: string; displayName: string }[];
  };
  const [account] = items;
  if (!account) throw new Error('The instructor has no account');
  instructorId = account.id;
  instructorName = account.displayName;
  // Staff roles name a real lending point.
  await apiSend(context, 'POST', '/api/lending/points', lendingPointBody('mediatheque-formation'));
  await apiSend(context, 'PUT', `/api/admin/users/${instructorId}/roles`, {
    admin: false,
    staffOf: ['mediatheque-formation'],
  });
  const visit = await open(browser, { state: citizen });
  citizenName = (await me(visit.context)).displayName;
  await closeVisits();
}, 120_000);

afterEach(closeVisits);
afterAll(async () => {
  await browser?.close();
});

describe('training, staff side', () => {
  it('an admin names a staff member instructor of a module', async () => {
    const { page, errors } = await open(browser, { state: admin });
    expect(await openSettled(page, routes.adminInstructors.fr, '[data-admin-instructors]')).toBe('ready');
    await expectNoAxeViolations(page, 'instructors administration (fr)');
    const section = page.locator(`section[aria-labelledby="staff-${MODULE}-title"]`);
    await section.getByLabel(fr('trainingStaff.admin.person.label')).selectOption(instructorId);
    await section.getByRole('button', { name: fr('trainingStaff.admin.name') }).click();
    await poll(() => section.locator('[role="status"]').textContent()).toBe(
      fr('trainingStaff.admin.named', { name: instructorName, module: TITLE.fr }),
    );
    await expect(section.getByRole('listitem').filter({ hasText: instructorName }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, 'instructors administration after naming (fr)');
    expectNoErrors(errors);
  });

  it('the instructor schedules a workshop for later today', async () => {
    const { page, errors } = await open(browser, { state: instructor });
    expect(await openSettled(page, routes.teach.fr, '[data-teach]')).toBe('ready');
    await expect(page.locator('[data-taught]').textContent()).resolves.toContain(TITLE.fr);
    const start = cityClock(20);
    const end = cityClock(80);
    // The end stays on the same day in the city (a run just before midnight ends the workshop at 23:59).
    await page.getByLabel(fr('trainingStaff.schedule.module.label'), { exact: true }).selectOption(MODULE);
    await page.getByLabel(fr('trainingStaff.schedule.date.label'), { exact: true }).fill(start.day);
    await page.getByLabel(fr('trainingStaff.schedule.start.label'), { exact: true }).fill(start.time);
    await page
      .getByLabel(fr('trainingStaff.schedule.end.label'), { exact: true })
      .fill(end.day === start.day ? end.time : '23:59');
    await page.getByLabel(fr('trainingStaff.schedule.place.label'), { exact: true }).fill(PLACE);
    await page.getByLabel(fr('trainingStaff.schedule.seats.label'), { exact: true }).fill('1');
    await page.getByRole('button', { name: fr('trainingStaff.schedule.submit') }).click();
    await poll(() => page.locator('[data-schedule-status]').getAttribute('data-tone')).toBe('success');
    const link = page.locator('[data-my-sessions] a').filter({ hasText: TITLE.fr }).first();
    sessionId = new URL((await link.getAttribute('href')) ?? '', 'http://x').searchParams.get('id') ?? '';
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'teaching page (fr)');
    // The 403s are the modules this instructor does not teach: that is how the page knows.
    expectNoErrors(errors, [403]);
  });

  it('a citizen registers, no longer sees the seats counter, and downloads the calendar event', async () => {
    const first = await open(browser, { state: citizen });
    const stale = await open(browser, { state: citizen });
    for (const { page } of [first, stale]) {
      expect(await openSettled(page, routes.workshops.fr, '[data-workshops]')).toBe('ready');
    }
    const card = (page: Page) => page.locator('article.workshop').filter({ hasText: PLACE });
    const register = (page: Page) => card(page).getByRole('button', { name: fr('trainingStaff.workshops.register') });
    await expect(card(first.page).locator('dt').allTextContents()).resolves.toContain(
      fr('trainingStaff.session.seats'),
    );
    await register(first.page).click();
    await poll(() => card(first.page).locator('[role="status"]').textContent()).toBe(
      fr('trainingStaff.workshops.registeredNow'),
    );
    await expect(card(first.page).locator('dt').allTextContents()).resolves.not.toContain(
      fr('trainingStaff.session.seats'),
    );
    await expectNoAxeViolations(first.page, 'workshops, registered (fr)');

    // The other tab still offers the seat: the API's 409 becomes a clear message.
    await register(stale.page).click();
    await poll(() => card(stale.page).locator('[role="status"]').textContent()).toBe(
      fr('trainingStaff.workshops.already'),
    );

    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      card(first.page)
        .getByRole('link', { name: fr('trainingStaff.workshops.ics') })
        .click(),
    ]);
    const path = await download.path();
    const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('The calendar file holds no event');
    const event = new ICAL.Event(vevent);
    const session = (await (await first.context.request.get(`/api/training/sessions/${sessionId}`)).json()) as {
      startsAt: string;
    };
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(session.startsAt).toISOString());
    expect(event.location).toContain(PLACE);
    expectNoErrors(first.errors);
    expectNoErrors(stale.errors, [409]);
  });

  it('the citizen passes the quiz, the instructor marks attendance, and the citizen holds the certification', async () => {
    const trainee = await open(browser, { state: citizen });
    const attempt = (await apiSend(trainee.context, 'POST', `/api/training/${MODULE}/attempts`)) as {
      attemptId: string;
      questions: { id: string }[];
    };
    const bank = new Map(module.quiz?.questions.map((question) => [question.id, question.answers]));
    const answers = Object.fromEntries(attempt.questions.map((question) => [question.id, bank.get(question.id) ?? []]));
    const graded = await apiSend(trainee.context, 'POST', `/api/training/${MODULE}/attempts/${attempt.attemptId}`, {
      answers,
    });
    expect(graded.passed).toBe(true);

    const { page, errors } = await open(browser, { state: instructor });
    const sessionPage = `${routes.teachSession.fr}?id=${sessionId}`;
    expect(await openSettled(page, sessionPage, '[data-session-manage]')).toBe('ready');
    await expectNoAxeViolations(page, 'workshop page (fr)');
    const box = page.getByLabel(fr('trainingStaff.attendance.present', { name: citizenName }));
    await box.focus();
    await page.keyboard.press('Space');
    await poll(() => page.locator('[data-attendance-status]').textContent()).toBe(
      fr('trainingStaff.attendance.certified', { name: citizenName }),
    );
    expect(await box.isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'workshop page after attendance (fr)');

    expect(await openSettled(page, `${routes.teachModule.fr}?module=${MODULE}`, '[data-module-holders]')).toBe('ready');
    const row = page.locator('[data-holders] tr').filter({ hasText: citizenName });
    await expect(row.textContent()).resolves.toContain(fr('trainingStaff.holders.how.workshop'));
    await expectNoAxeViolations(page, 'holders page (fr)');

    const status = (await (await trainee.context.request.get(`/api/training/${MODULE}/me`)).json()) as {
      status: { state: string };
    };
    expect(status.status.state).toBe('certified');
    expectNoErrors(errors);
    expectNoErrors(trainee.errors);
  });

  it('the verification page explains a text that is no badge', async () => {
    const { page, errors } = await open(browser);
    await page.goto(routes.verifyBadge.fr);
    await page.getByLabel(fr('trainingStaff.verify.credential.label')).fill('eyJub3QiOiJhIGJhZGdlIn0.e30.c2lnbmF0dXJl');
    await page.getByRole('button', { name: fr('trainingStaff.verify.submit') }).click();
    await poll(() => page.locator('[data-verify-verdict]').textContent()).toBe(fr('trainingStaff.verify.invalid'));
    await expect(page.locator('[data-verify-reasons] li').count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'verification page with a verdict (fr)');
    expectNoErrors(errors);
  });

  it('has no axe violation on the English pages, signed in as who uses them', async () => {
    const pages: [StorageState | undefined, string, string][] = [
      [citizen, routes.workshops.en, '[data-workshops]'],
      [instructor, routes.teach.en, '[data-teach]'],
      [instructor, `${routes.teachSession.en}?id=${sessionId}`, '[data-session-manage]'],
      [instructor, `${routes.teachModule.en}?module=${MODULE}`, '[data-module-holders]'],
      [admin, routes.adminInstructors.en, '[data-admin-instructors]'],
      [undefined, routes.workshops.en, '[data-workshops]'],
    ];
    for (const [state, path, root] of pages) {
      const { page } = await open(browser, state ? { state } : {});
      expect(await openSettled(page, path, root), path).toBe('ready');
      await expect(page.locator('h1').textContent()).resolves.not.toBe('');
      await expectNoAxeViolations(page, `${path} (en)`);
    }
    const { page } = await open(browser);
    await page.goto(routes.verifyBadge.en);
    await expect(page.locator('h1').textContent()).resolves.toBe(en('trainingStaff.verify.title'));
    await expectNoAxeViolations(page, 'verification page (en)');
  });

  it('tells a citizen the teaching page is not for them, and a signed-out person how to sign in', async () => {
    const citizenVisit = await open(browser, { state: citizen });
    expect(await openSettled(citizenVisit.page, routes.teach.fr, '[data-teach]')).toBe('forbidden');
    await expectNoAxeViolations(citizenVisit.page, 'teaching page, citizen (fr)');
    const { page } = await open(browser);
    expect(await openSettled(page, `${routes.teachSession.fr}?id=${sessionId}`, '[data-session-manage]')).toBe(
      'signed-out',
    );
    const signIn = page.getByRole('link', { name: fr('account.signIn') }).last();
    expect(new URL((await signIn.getAttribute('href')) ?? '', 'http://x').searchParams.get('next')).toBe(
      `${routes.teachSession.fr}?id=${sessionId}`,
    );
  });
});
