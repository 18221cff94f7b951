/**
 * The graded attempt on the page: under each question, right or wrong, the right choices when it
 * was wrong, and the explanation; above them, the score and what it earned. The answers ticked
 * stay visible, locked.
 */
import { element, timeElement } from '../ui/dom.ts';
import { fillNodes, pageLocale, type Translate } from '../ui/strings.ts';
import { questionFieldset } from './quiz-form.ts';
import type { GradedAttempt } from './types.ts';

const choiceText = (fieldset: HTMLFieldSetElement, choiceId: string) =>
  fieldset.querySelector(`label[for="${CSS.escape(`${fieldset.id}-${choiceId}`)}"]`)?.textContent ?? choiceId;

const showGrade = (s: Translate, fieldset: HTMLFieldSetElement, result: GradedAttempt['results'][number]) => {
  fieldset.classList.add(result.right ? 'training-question--right' : 'training-question--wrong');
  fieldset.dataset.grade = result.right ? 'right' : 'wrong';
  const list = new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' }).format(
    result.rightChoices.map((choiceId) => choiceText(fieldset, choiceId)),
  );
  const grade = element(
    'div',
    { class: 'training-question__grade', id: `${fieldset.id}-grade` },
    element(
      'p',
      undefined,
      element('strong', undefined, s(result.right ? 'training.quiz.right' : 'training.quiz.wrong')),
    ),
    ...(result.right || result.rightChoices.length === 0
      ? []
      : [element('p', undefined, s('training.quiz.rightChoices', { list }))]),
    element('p', undefined, result.explanation[pageLocale()]),
  );
  fieldset.append(grade);
  fieldset.setAttribute('aria-describedby', grade.id);
};

/** Shows the grading; returns the summary to focus. */
export const showResults = (s: Translate, form: HTMLFormElement, summary: HTMLElement, graded: GradedAttempt) => {
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))
    input.disabled = true;
  form.querySelector('[data-quiz-submit]')?.closest('p')?.remove();
  for (const result of graded.results) {
    const fieldset = questionFieldset(form, result.questionId);
    if (fieldset) showGrade(s, fieldset, result);
  }
  const values = { score: graded.score, passMark: graded.passMark };
  const lines = [element('p', undefined, s(graded.passed ? 'training.quiz.passed' : 'training.quiz.failed', values))];
  if (graded.certification) {
    lines.push(
      element(
        'p',
        { 'data-quiz-certified': '' },
        ...fillNodes(s('training.status.certified'), { date: timeElement(graded.certification.validUntil) }),
      ),
    );
  }
  summary.replaceChildren(element('h3', undefined, s('training.quiz.results')), ...lines);
  summary.dataset.passed = String(graded.passed);
  summary.hidden = false;
  summary.focus();
};
