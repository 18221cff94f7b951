/**
 * The quiz on a module's page: start an attempt (the API draws the questions and says when the
 * attempt expires), answer them, send them once, read the grading. A refusal says why: the day's
 * attempts used (and when the next is possible), an attempt expired or already sent.
 */
import { say } from '../ui/announce.ts';
import { part, timeElement } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { plural } from '../ui/strings.ts';
import { startAttempt, submitAttempt } from './calls.ts';
import { readAnswers, renderQuestions, unanswered } from './quiz-form.ts';
import { showResults } from './quiz-results.ts';
import type { ModulePageContext, StartedAttempt } from './types.ts';

const dateText = (iso: string, options: Intl.DateTimeFormatOptions) => timeElement(iso, options).textContent ?? iso;

export const quiz = (context: ModulePageContext) => {
  const section = context.root.querySelector<HTMLElement>('.training-quiz');
  if (!section) return;
  const { s, moduleId } = context;
  const status = part(section, '[data-quiz-status]');
  const startArea = part(section, '[data-quiz-start-area]');
  const startButton = part<HTMLButtonElement>(section, '[data-quiz-start]');
  const form = part<HTMLFormElement>(section, '[data-quiz-form]');
  const summary = part(section, '[data-quiz-result]');
  let attempt: StartedAttempt | undefined;
  const failed = () => say(status, s('form.failed'), 'error');

  /** After a refusal the attempt is over: the person may start another one. */
  const offerNewAttempt = () => {
    attempt = undefined;
    startButton.textContent = s('training.quiz.again');
    startArea.hidden = false;
  };

  const start = guarded(async () => {
    say(status, s('training.quiz.starting'));
    const response = await startAttempt(moduleId);
    if (!response.ok) {
      const problem = (await readProblem(response)) as { status: number; nextAttemptAt?: string };
      if (problem.status === 429 && problem.nextAttemptAt) {
        const date = dateText(problem.nextAttemptAt, { dateStyle: 'long', timeStyle: 'short' });
        say(status, s('training.quiz.limit', { date }), 'error');
      } else say(status, commonFailure(problem.status, s), 'error');
      return;
    }
    attempt = await response.json();
    renderQuestions(form, s, attempt.questions);
    summary.hidden = true;
    startArea.hidden = true;
    form.hidden = false;
    const expires = s('training.quiz.expiresAt', { time: dateText(attempt.expiresAt, { timeStyle: 'short' }) });
    say(status, `${s('training.quiz.ready', { count: attempt.questions.length })} ${expires}`);
    form.querySelector<HTMLInputElement>('input')?.focus();
  }, failed);

  const submit = guarded(async () => {
    if (!attempt) return;
    clearErrors(form);
    const missing = unanswered(form);
    if (missing.length > 0) {
      say(status, plural(s, 'training.quiz.unanswered', missing.length), 'error');
      reportErrors(missing);
      return;
    }
    say(status, s('training.quiz.submitting'));
    const response = await submitAttempt(moduleId, attempt.attemptId, readAnswers(form));
    if (response.ok) {
      const graded = await response.json();
      say(status, '');
      showResults(s, form, summary, graded);
      offerNewAttempt();
      await context.refreshStatus();
      return;
    }
    // 409: the attempt was sent already or closed (its `reason`); any other 409 (the person's
    // training changed meanwhile) leaves the answers in place to send again.
    const problem = (await readProblem(response)) as { status: number; reason?: 'expired' | 'submitted' };
    if (problem.status === 409 && problem.reason) {
      say(status, s(problem.reason === 'expired' ? 'training.quiz.expired' : 'training.quiz.alreadySent'), 'error');
      form.hidden = true;
      offerNewAttempt();
      return;
    }
    say(status, commonFailure(problem.status, s), 'error');
  }, failed);

  startButton.addEventListener('click', () => void start());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};
