import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { trainingContentDir } from '../../functions/training/catalogue.ts';
import { loadModules } from '../../functions/training/load-modules.ts';
import { type Locale, locales, routes, t } from '../../web/src/i18n/index.ts';
import { sourceArchivePath } from '../../web/src/lib/training/paths.ts';
import { contributorHref, trainingModuleHref } from '../../web/src/lib/ui/links.ts';
import { apiSend, poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Training as residents and citizens live it, in Chromium on the local stack: a resident reads
 * the catalogue and *Enregistrer en extérieur* (lessons with their sound examples and
 * transcripts, licence, credits, the sources to download) without an account; a citizen takes
 * the quiz with the keyboard only (the server draws and grades it: the test reads the right
 * answers from the module's quiz.yaml on disk, as the person would have learnt them), sees what
 * was right and wrong with the explanations, is certified, and finds it on "my training". There
 * the citizen downloads the certification's Open Badge (a signed JWT the portal verifies), turns
 * on showing it with the keyboard, and their contributor page lists it; the workshops they
 * registered for (a seat, a place on a waiting list) are listed with the calendar event, and a
 * seat is given up from there. Every page is checked with axe in both languages.
 */

const MODULE = 'enregistrer-en-exterieur';
const bank = parse(readFileSync(join(trainingContentDir(), MODULE, 'quiz.yaml'), 'utf8')) as {
  draw: number;
  questions: { id: string; answers: string[]; explanation: { fr: string; en: string } }[];
};
const moduleIds = loadModules(trainingContentDir()).map((module) => module.id);
const rightAnswers = new Map(bank.questions.map((question) => [question.id, question.answers]));

let browser: Browser;
let citizen: StorageState;
const { open, close } = visitTracker();

beforeAll(async () => {
  browser = await launchBrowser();
  citizen = await signedInState(browser, uniqueEmail('trainee'));
});
afterEach(close);
afterAll(async () => {
  await browser?.close();
});

/** Waits until the module page's status has left its loading state; returns that state. */
const settled = async (page: Page) => {
  const root = page.locator('[data-training-module]:not([data-state="loading"])');
  await root.waitFor({ state: 'attached' });
  return root.getAttribute('data-state');
};

/** The text before a message's first `{placeholder}`, to find it whatever the date. */
const opening = (message: string) => message.split('{')[0] ?? message;

/** The element that has keyboard focus: its fieldset's question and its own value, or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return {
      question: active?.closest('fieldset')?.getAttribute('data-question') ?? null,
      value: active?.value ?? null,
      tag: active?.tagName ?? null,
      text: active?.textContent ?? null,
    };
  });

/**
 * Answers the question whose first choice has focus, with keys only: Space ticks, arrows move
 * within a radio group (and select), Tab goes on. `wrong` picks a wrong choice on purpose.
 */
const answerWithKeys = async (page: Page, questionId: string, wrong: boolean) => {
  const fieldset = page.locator(`fieldset[data-question="${questionId}"]`);
  const inputs = fieldset.locator('input');
  const values = await inputs.evaluateAll((list) => list.map((input) => (input as HTMLInputElement).value));
  const multiple = (await inputs.first().getAttribute('type')) === 'checkbox';
  const right = rightAnswers.get(questionId) ?? [];
  const chosen = wrong ? [values.find((value) => !right.includes(value)) ?? ''] : right;
  if (multiple) {
    for (const [index, value] of values.entries()) {
      if (chosen.includes(value)) await page.keyboard.press('Space');
      if (index < values.length - 1) await page.keyboard.press('Tab');
    }
  } else {
    const target = values.indexOf(chosen[0] ?? '');
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
  }
  const ticked = await fieldset
    .locator('input:checked')
    .evaluateAll((list) => list.map((input) => (input as HTMLInputElement).value));
  expect(ticked.sort()).toEqual([...chosen].sort());
  await page.keyboard.press('Tab');
};

describe.each(locales)('training pages for residents (%s)', (locale: Locale) => {
  const tr = t(locale);

  it('lists the modules with what they ask and give, and is accessible', async () => {
    const { page, errors } = await open(browser);
    await page.goto(routes.training[locale]);
    expect(await page.locator('h1').textContent()).toBe(tr('training.catalogue.title'));
    const card = page.locator(`[data-training-module="${MODULE}"]`);
    const title = locale === 'fr' ? 'Enregistrer en extérieur' : 'Recording outdoors';
    expect(await card.locator('h3 a').textContent()).toBe(title);
    expect(await card.locator('h3 a').getAttribute('href')).toBe(trainingModuleHref(locale, MODULE));
    expect(await card.locator('dd').allTextContents()).toContain(tr('training.facts.validity.other', { count: 24 }));
    expect(await card.locator('a[rel="license"]').getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe(tr('training.nav'));
    await expectNoAxeViolations(page);
    expectNoErrors(errors);
  });

  it('shows a module’s lessons, sounds with transcripts, credits and sources to anyone, and is accessible', async () => {
    const { page, errors } = await open(browser);
    await page.goto(trainingModuleHref(locale, MODULE));
    expect(await settled(page)).toBe('signed-out');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      fr: trainingModuleHref('fr', MODULE),
      en: trainingModuleHref('en', MODULE),
      'x-default': trainingModuleHref('fr', MODULE),
    });
    expect(await page.locator('.training-lesson').count()).toBe(6);

    // A sound example: a player named by its label, described by the transcript that follows it.
    const player = page.locator('.lesson-audio audio').first();
    const label = await page.locator(`#${await player.getAttribute('aria-labelledby')}`).textContent();
    expect(label).toBeTruthy();
    const transcript = await page.locator(`#${await player.getAttribute('aria-describedby')}`).textContent();
    expect(transcript).toMatch(locale === 'fr' ? /^Transcription/ : /^Transcript/);
    const sound = await page.request.get((await player.getAttribute('src')) ?? '');
    expect(sound.status()).toBe(200);
    expect(sound.headers()['content-type']).toBe('audio/mpeg');

    const archive = await page.request.get(sourceArchivePath(MODULE, '1.0.0'));
    expect(archive.status()).toBe(200);
    const bytes = await archive.body();
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(await page.locator('[data-source-download]').getAttribute('href')).toBe(sourceArchivePath(MODULE, '1.0.0'));
    // The answers stay on the server: no explanation of the quiz is in the page (the archive: unit tests).
    const html = await page.content();
    for (const question of bank.questions) expect(html).not.toContain(question.explanation[locale]);

    expect(await page.locator('.training-credits li').count()).toBeGreaterThan(0);
    expect(await page.locator('.training-quiz [data-state-panel="signed-out"]').textContent()).toContain(
      tr('training.quiz.signedOut'),
    );
    await expectNoAxeViolations(page);

    expectNoErrors(errors);
  });

  it.each(moduleIds)('shows %s accessibly, down to a 320 px wide phone', async (moduleId) => {
    const { page, errors } = await open(browser);
    const response = await page.goto(trainingModuleHref(locale, moduleId));
    expect(response?.status()).toBe(200);
    expect(await settled(page)).toBe('signed-out');
    await expectNoAxeViolations(page);
    // Nothing scrolls sideways on the narrowest phone (a lesson's code sample scrolls in place).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expectNoErrors(errors);
  });
});

describe('a citizen takes Enregistrer en extérieur', () => {
  it('passes the quiz with the keyboard only, reads the grading and is certified (fr)', async () => {
    const fr = t('fr');
    const { page, errors } = await open(browser, { state: citizen });
    await page.goto(trainingModuleHref('fr', MODULE));
    expect(await settled(page)).toBe('ready');
    expect(await page.locator('[data-status-state]').textContent()).toBe(fr('training.status.not-started'));
    await expectNoAxeViolations(page, 'module page, signed in');

    // Keyboard only: Tab to the start button, as a person would after the last lesson.
    const start = page.locator('[data-quiz-start]');
    const startFocused = () => start.evaluate((button) => button === document.activeElement);
    for (let presses = 0; presses < 300 && !(await startFocused()); presses++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: fr('training.quiz.start') });
    await page.keyboard.press('Enter');

    const fieldsets = page.locator('[data-quiz-form] fieldset[data-question]');
    await fieldsets.first().waitFor();
    expect(await fieldsets.count()).toBe(bank.draw);
    const drawn = await fieldsets.evaluateAll((list) =>
      list.map((fieldset) => fieldset.getAttribute('data-question') ?? ''),
    );
    for (const question of drawn) expect(rightAnswers.has(question)).toBe(true);
    await expectNoAxeViolations(page, 'quiz, questions shown');

    // Focus went to the first question; one wrong answer on purpose (7 of 8 still pass at 75 %).
    for (const [index, question] of drawn.entries()) {
      expect((await focused(page)).question).toBe(question);
      await answerWithKeys(page, question, index === 0);
    }
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: fr('training.quiz.submit') });
    await page.keyboard.press('Enter');

    const summary = page.locator('[data-quiz-result]:not([hidden])');
    await summary.waitFor();
    expect(await summary.getAttribute('data-passed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quiz-result'))).toBe(true);
    expect(await summary.textContent()).toContain(opening(fr('training.quiz.passed')));
    expect(await summary.locator('[data-quiz-certified]').textContent()).toContain(
      opening(fr('training.status.certified')),
    );
    const wrong = page.locator(`fieldset[data-question="${drawn[0]}"]`);
    expect(await wrong.getAttribute('data-grade')).toBe('wrong');
    expect(await wrong.locator('.training-question__grade').textContent()).toContain(fr('training.quiz.wrong'));
    expect(await page.locator('fieldset[data-grade="right"]').count()).toBe(bank.draw - 1);

    await poll(() => page.locator('[data-training-module]').getAttribute('data-training-state')).toBe('certified');
    expect(await page.locator('[data-status-state]').textContent()).toContain(opening(fr('training.status.certified')));
    await expectNoAxeViolations(page, 'quiz, graded');
    expectNoErrors(errors);
  });

  it.each(locales)('sees the certification on the module page and on my training (%s)', async (locale) => {
    const tr = t(locale);
    const { page, errors } = await open(browser, { state: citizen });
    await page.goto(trainingModuleHref(locale, MODULE));
    expect(await settled(page)).toBe('ready');
    expect(await page.locator('[data-status-state]').textContent()).toContain(opening(tr('training.status.certified')));

    await page.goto(routes.myTraining[locale]);
    await page.locator('[data-my-training][data-state="ready"]').waitFor();
    const row = page.locator(`tr[data-module="${MODULE}"]`);
    expect(await row.getAttribute('data-training-state')).toBe('certified');
    expect(await row.locator('td').first().textContent()).toContain(opening(tr('training.status.certified')));
    const title = locale === 'fr' ? 'Enregistrer en extérieur' : 'Recording outdoors';
    expect(await page.locator('[data-audit] li').first().textContent()).toContain(
      tr('training.mine.audit.earned.quiz', { module: title }),
    );
    await expectNoAxeViolations(page, `my training (${locale})`);
    expectNoErrors(errors);
  });
});

describe('a certified citizen’s badge, public page and workshops', () => {
  const WORKSHOP_MODULE = 'tourner-et-sous-titrer-une-video';
  const token = randomUUID().slice(0, 6);
  const seatPlace = `Maison du quartier, salle ${token}`;
  const waitPlace = `Médiathèque, atelier ${token}`;
  const attributionName = `Apprentie ${token}`;
  const title = { fr: 'Enregistrer en extérieur', en: 'Recording outdoors' };
  let citizenId = '';
  let seatSessionId = '';

  /** Waits until both islands of my training are done: the certifications and the workshops. */
  const openMyTraining = async (page: Page, locale: Locale) => {
    await page.goto(routes.myTraining[locale]);
    await page.locator('[data-my-training][data-state="ready"]').waitFor();
    await page.locator('[data-my-workshops][data-state="ready"]').waitFor();
  };

  beforeAll(async () => {
    const inDays = (days: number, hours = 0) => new Date(Date.now() + (days * 24 + hours) * 3_600_000).toISOString();
    const [admin, seatTaker] = await Promise.all([
      signedInState(browser, inject('trainingAdminEmail')),
      signedInState(browser, uniqueEmail('seat-taker')),
    ]);
    // The citizen's page is public, under a name of their choosing.
    const trainee = await open(browser, { state: citizen });
    citizenId = String(
      (await apiSend(trainee.context, 'PATCH', '/api/me', { publicProfile: true, attributionName })).id,
    );

    // An administrator names themselves instructor of a workshop module (an audited act) and schedules two sessions.
    const staff = await open(browser, { state: admin });
    const adminId = String(((await (await staff.context.request.get('/api/me')).json()) as { id: string }).id);
    await apiSend(staff.context, 'PUT', `/api/training/${WORKSHOP_MODULE}/instructors/${adminId}`);
    const schedule = async (place: string, seats: number, days: number) =>
      String(
        (
          await apiSend(staff.context, 'POST', `/api/training/${WORKSHOP_MODULE}/sessions`, {
            startsAt: inDays(days),
            endsAt: inDays(days, 2),
            place,
            seats,
            language: 'fr',
          })
        ).id,
      );
    seatSessionId = await schedule(seatPlace, 5, 2);
    const fullSessionId = await schedule(waitPlace, 1, 3);

    // Someone else takes the only seat of the second: the citizen waits, first in line.
    const other = await open(browser, { state: seatTaker });
    await apiSend(other.context, 'POST', `/api/training/sessions/${fullSessionId}/registration`, { waitlist: false });
    await apiSend(trainee.context, 'POST', `/api/training/sessions/${seatSessionId}/registration`, { waitlist: false });
    await apiSend(trainee.context, 'POST', `/api/training/sessions/${fullSessionId}/registration`, { waitlist: true });
    await close();
  }, 120_000);

  it('downloads the Open Badge of the certification, a credential the portal verifies (fr)', async () => {
    const fr = t('fr');
    const { page, context, errors } = await open(browser, { state: citizen });
    await openMyTraining(page, 'fr');
    const row = page.locator(`tr[data-module="${MODULE}"]`);
    expect(await row.getAttribute('data-training-state')).toBe('certified');
    expect(await row.getByRole('link', { name: fr('training.mine.badge.verify') }).getAttribute('href')).toBe(
      routes.verifyBadge.fr,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `${fr('training.mine.badge.download')} ${title.fr}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${MODULE}.badge.jwt`);
    const credential = (await readFile(await download.path(), 'utf8')).trim();
    const parts = credential.split('.');
    expect(parts).toHaveLength(3);
    const payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as { type: string[] };
    expect(payload.type).toContain('OpenBadgeCredential');
    await poll(() => page.locator('[data-badge-status]').textContent()).toBe(
      fr('training.mine.badge.saved', { module: title.fr }),
    );
    const verdict = await apiSend(context, 'POST', '/api/training/credentials/verify', { credential });
    expect(verdict.valid).toBe(true);
    expectNoErrors(errors);
  });

  it('shows the certifications on the public page once the citizen ticks the setting with the keyboard (fr)', async () => {
    const fr = t('fr');
    const { page, context, errors } = await open(browser, { state: citizen });
    await openMyTraining(page, 'fr');
    const box = page.getByLabel(fr('training.mine.visibility.label'));
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await page.keyboard.press('Space');
    await poll(() => page.locator('[data-visibility-status]').textContent()).toBe(fr('training.mine.visibility.shown'));
    expect(await box.isChecked()).toBe(true);
    const saved = (await (await context.request.get('/api/me/training/visibility')).json()) as {
      showOnProfile: boolean;
    };
    expect(saved.showOnProfile).toBe(true);
    expect(await page.locator('[data-contributor-link] a').getAttribute('href')).toBe(contributorHref('fr', citizenId));
    await expectNoAxeViolations(page, 'my training, badge and setting (fr)');
    expectNoErrors(errors);
  });

  it.each(locales)('lists the certification on the contributor page, linking to the module (%s)', async (locale) => {
    const tr = t(locale);
    const { page, errors } = await open(browser);
    await page.goto(contributorHref(locale, citizenId));
    await page.locator('[data-contributor][data-state="ready"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe(attributionName);
    const held = page.locator(`[data-holder-certifications] [data-held-module="${MODULE}"]`);
    await held.waitFor();
    expect(await held.locator('a').textContent()).toBe(title[locale]);
    expect(await held.locator('a').getAttribute('href')).toBe(trainingModuleHref(locale, MODULE));
    expect(await held.textContent()).toContain(opening(tr('training.held.validUntil')));
    await expectNoAxeViolations(page, `contributor page with certifications (${locale})`);
    expectNoErrors(errors);
  });

  it.each(locales)('lists the workshops registered for, with the calendar event (%s)', async (locale) => {
    const tr = t(locale);
    const { page, errors } = await open(browser, { state: citizen });
    await openMyTraining(page, locale);
    const seat = page.locator('[data-upcoming-workshops] article.workshop').filter({ hasText: seatPlace });
    expect(await seat.locator('.workshop__standing').textContent()).toBe(tr('trainingStaff.workshops.registered'));
    const calendarLink = seat.getByRole('link', { name: tr('trainingStaff.workshops.ics') });
    const href = (await calendarLink.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/training/sessions/${seatSessionId}/registration.ics`);
    const calendar = await page.request.get(href);
    expect(calendar.headers()['content-type']).toContain('text/calendar');
    const vevent = new ICAL.Component(ICAL.parse(await calendar.text())).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('The calendar file holds no event');
    expect(new ICAL.Event(vevent).location).toContain(seatPlace);

    const waiting = page.locator('[data-upcoming-workshops] article.workshop').filter({ hasText: waitPlace });
    expect(await waiting.locator('.workshop__standing').textContent()).toBe(
      tr('trainingStaff.workshops.waitingAt', { position: 1 }),
    );
    await expect(
      waiting.getByRole('button', { name: tr('trainingStaff.workshops.leaveWaitlist') }).count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, `my training with workshops (${locale})`);
    expectNoErrors(errors);
  });

  it('gives a seat up from my training (fr)', async () => {
    const fr = t('fr');
    const { page, errors } = await open(browser, { state: citizen });
    await openMyTraining(page, 'fr');
    const seat = page.locator('[data-upcoming-workshops] article.workshop').filter({ hasText: seatPlace });
    await seat.getByRole('button', { name: fr('trainingStaff.workshops.cancel') }).click();
    await poll(() => seat.locator('[role="status"]').textContent()).toBe(fr('trainingStaff.workshops.cancelledNow'));
    await expect(seat.getByRole('link', { name: fr('trainingStaff.workshops.ics') }).count()).resolves.toBe(0);
    const mine = (await (await page.request.get('/api/me/training/sessions')).json()) as {
      items: { sessionId: string }[];
    };
    expect(mine.items.map((item) => item.sessionId)).not.toContain(seatSessionId);
    expectNoErrors(errors, [404]);
  });
});
