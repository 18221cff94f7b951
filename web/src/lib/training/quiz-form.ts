/**
 * The quiz's questions as a form: one fieldset per question, its prompt as legend, radio buttons
 * for a question with one answer and checkboxes for one with several (said in the fieldset's
 * hint). Native controls, so the keyboard does everything: Tab between questions, arrows within
 * a radio group, Space to tick, Enter to send.
 */
import { element } from '../ui/dom.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { QuizQuestion } from './types.ts';

const fieldsetId = (questionId: string) => `quiz-${questionId}`;

const choiceRow = (question: QuizQuestion, choice: QuizQuestion['choices'][number]) => {
  const id = `${fieldsetId(question.id)}-${choice.id}`;
  const input = element('input', {
    type: question.multiple ? 'checkbox' : 'radio',
    name: question.id,
    value: choice.id,
    id,
  });
  return element('div', 'training-question__choice', input, element('label', { for: id }, choice.text[pageLocale()]));
};

/** Fills the form with the drawn questions and its submit button. */
export const renderQuestions = (form: HTMLFormElement, s: Translate, questions: QuizQuestion[]) => {
  const count = questions.length;
  const fieldsets = questions.map((question, index) => {
    const id = fieldsetId(question.id);
    const hint = element(
      'p',
      { class: 'training-question__hint', id: `${id}-hint` },
      s(question.multiple ? 'training.quiz.multiple' : 'training.quiz.single'),
    );
    const error = element(
      'p',
      { class: 'training-question__error', id: `${id}-error`, hidden: '' },
      s('training.quiz.answerMissing'),
    );
    return element(
      'fieldset',
      { class: 'training-question', id, 'data-question': question.id, 'aria-describedby': hint.id },
      element(
        'legend',
        undefined,
        element('span', 'visually-hidden', `${s('training.quiz.question', { number: index + 1, count })} `),
        question.prompt[pageLocale()],
      ),
      hint,
      error,
      ...question.choices.map((choice) => choiceRow(question, choice)),
    );
  });
  const submit = element(
    'button',
    { class: 'button', type: 'submit', 'data-quiz-submit': '' },
    s('training.quiz.submit'),
  );
  form.replaceChildren(...fieldsets, element('p', undefined, submit));
};

/** The answers ticked, by question. */
export const readAnswers = (form: HTMLFormElement): Record<string, string[]> => {
  const answers: Record<string, string[]> = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const questionId = fieldset.dataset.question ?? '';
    answers[questionId] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  }
  return answers;
};

/** The fieldsets of questions left without an answer (each gets its message). */
export const unanswered = (form: HTMLFormElement): HTMLFieldSetElement[] =>
  [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].filter(
    (fieldset) => !fieldset.querySelector('input:checked'),
  );

/** The fieldset of a question. */
export const questionFieldset = (form: HTMLFormElement, questionId: string) =>
  form.querySelector<HTMLFieldSetElement>(`#${CSS.escape(fieldsetId(questionId))}`);
