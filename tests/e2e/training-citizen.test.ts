import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { trainingContentDir } from '../../functions/training/catalogue.ts';
import { loadModules } from '../../functions/training/load-modules.ts';
import { type Locale, locales, routes, t } from '../../web/src/i18n/index.ts';
import { sourceArchivePath, trainingModulePath } from '../../web/src/lib/training/paths.ts';
import { poll, signedInState, uniqueEmail } from './accounts-support.ts';
import { expectNoAxeViolations, launchBrowser } from './browser.ts';
import { expectNoErrors, type StorageState, visitTracker } from './projects-support.ts';

/**
 * Training as residents and citizens live it, in Chromium on the local stack: a resident reads
 * the catalogue and *Enregistrer en extérieur* (lessons with their sound examples and
 * transcripts, licence, credits, the sources to download) without an account; a citizen takes
 * the quiz with the keyboard only (the server draws and grades it: the test reads the right
 * answers from the module's quiz.yaml on disk, as the person would have learnt them), sees what
 * was right and wrong with the explanations, is certified, and finds it on "my training".
 * Every page is checked with axe in both languages.
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
    expect(await card.locator('h3 a').getAttribute('href')).toBe(trainingModulePath(MODULE, locale));
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
    await page.goto(trainingModulePath(MODULE, locale));
    expect(await settled(page)).toBe('signed-out');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      fr: trainingModulePath(MODULE, 'fr'),
      en: trainingModulePath(MODULE, 'en'),
      'x-default': trainingModulePath(MODULE, 'fr'),
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
    const response = await page.goto(trainingModulePath(moduleId, locale));
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
    await page.goto(trainingModulePath(MODULE, 'fr'));
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
    await page.goto(trainingModulePath(MODULE, locale));
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
