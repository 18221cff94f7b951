import { nextDay, startOfCityDay } from '../platform/city-days.ts';
import { cityDay } from '../platform/sent-once.ts';
import type { Bilingual, QuizBank } from './module-schema.ts';

/**
 * The quiz's rules, pure: which questions an attempt draws, how it is graded, how many attempts
 * a day and when the next one is possible. The store keeps what they decide; nothing here reads
 * a clock or a random source of its own (both are passed in, so the tests choose them).
 */

/** Attempts a person may start per module and calendar day (in the city's time zone). */
export const MAX_ATTEMPTS_PER_DAY = 3;

/** How long an attempt stays open after it starts. */
export const ATTEMPT_DURATION_MS = 2 * 60 * 60 * 1000;

/** A number in [0, 1), like Math.random (which is the default). */
export type RandomSource = () => number;

/** A drawn question as stored with the attempt: its choices in the order the person sees them. */
export interface DrawnQuestion {
  id: string;
  prompt: Bilingual;
  choices: { id: string; text: Bilingual }[];
  /** More than one right choice: the person is told to tick all that apply. */
  multiple: boolean;
}

/** Fisher–Yates over a copy. */
export function shuffle<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** `quiz.draw` questions of the bank at random, each with its choices shuffled (no answers in it). */
export const drawQuestions = (quiz: QuizBank, random: RandomSource = Math.random): DrawnQuestion[] =>
  shuffle(quiz.questions, random)
    .slice(0, quiz.draw)
    .map((question) => ({
      id: question.id,
      prompt: question.prompt,
      choices: shuffle(question.choices, random),
      multiple: question.answers.length > 1,
    }));

/** What a person answered: the choices ticked per question id. */
export type Answers = Record<string, string[]>;

/** Answers that do not fit the drawn questions: a question not drawn, a choice the question does not have. */
export function answerProblems(drawn: readonly DrawnQuestion[], answers: Answers): string[] {
  const problems: string[] = [];
  for (const [questionId, choiceIds] of Object.entries(answers)) {
    const question = drawn.find((candidate) => candidate.id === questionId);
    if (!question) {
      problems.push(`Question ${questionId} was not drawn in this attempt.`);
      continue;
    }
    for (const choiceId of choiceIds) {
      if (!question.choices.some((choice) => choice.id === choiceId))
        problems.push(`Question ${questionId} has no choice ${choiceId}.`);
    }
  }
  return problems;
}

export interface QuestionResult {
  questionId: string;
  right: boolean;
  rightChoices: string[];
  explanation: Bilingual;
}

export interface Grade {
  /** Questions fully right over questions drawn, in percent (rounded down). */
  score: number;
  passed: boolean;
  passMark: number;
  results: QuestionResult[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((item) => b.includes(item));

/**
 * Grades answers against the bank: a question is right when exactly its right choices are
 * ticked (a multi-answer question needs the whole set); unanswered questions are wrong.
 */
export function gradeAttempt(options: {
  quiz: QuizBank;
  drawn: readonly DrawnQuestion[];
  answers: Answers;
  passMark: number;
}): Grade {
  const results = options.drawn.map((drawn): QuestionResult => {
    const question = options.quiz.questions.find((candidate) => candidate.id === drawn.id);
    // A question removed from the bank since the draw cannot be held against the person.
    if (!question) return { questionId: drawn.id, right: true, rightChoices: [], explanation: drawn.prompt };
    return {
      questionId: drawn.id,
      right: sameSet(options.answers[drawn.id] ?? [], question.answers),
      rightChoices: question.answers,
      explanation: question.explanation,
    };
  });
  const rightCount = results.filter((result) => result.right).length;
  const score = results.length === 0 ? 0 : Math.floor((rightCount * 100) / results.length);
  return { score, passed: score >= options.passMark, passMark: options.passMark, results };
}

/** The city's calendar day of an instant (`YYYY-MM-DD`): attempts are counted per such day. */
export const attemptDay = (at: Date, timeZone: string): string => cityDay(at, timeZone);

/** The next local midnight after `at` in `timeZone`: when a person who used today's attempts may try again. */
export const nextAttemptAt = (at: Date, timeZone: string): Date =>
  startOfCityDay(nextDay(attemptDay(at, timeZone)), timeZone);

/** When an attempt started at `startedAt` closes. */
export const attemptExpiry = (startedAt: Date): Date => new Date(startedAt.getTime() + ATTEMPT_DURATION_MS);
