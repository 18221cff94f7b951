import { describe, expect, it } from 'vitest';
import type { QuizBank } from '../../../functions/training/module-schema.ts';
import {
  answerProblems,
  attemptDay,
  attemptExpiry,
  drawQuestions,
  gradeAttempt,
  nextAttemptAt,
  shuffle,
} from '../../../functions/training/quiz-rules.ts';

const text = (s: string) => ({ fr: s, en: s });
const question = (id: string, answers: string[], choices = ['a', 'b', 'c']) => ({
  id,
  prompt: text(`${id}?`),
  choices: choices.map((choice) => ({ id: choice, text: text(choice) })),
  answers,
  explanation: text(`because ${id}`),
});
const bank: QuizBank = {
  draw: 3,
  questions: [question('q1', ['a']), question('q2', ['b']), question('q3', ['a', 'c']), question('q4', ['c'])],
};

/** A seeded random source (mulberry32): draws repeat for a seed and differ between seeds. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('drawing an attempt', () => {
  it('draws `draw` distinct questions of the bank, choices shuffled but complete, and no answers', () => {
    const drawn = drawQuestions(bank, seeded(7));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(3);
    for (const q of drawn) {
      expect(bank.questions.map((b) => b.id)).toContain(q.id);
      expect(q.choices.map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
      expect(q).not.toHaveProperty('answers');
      expect(q).not.toHaveProperty('explanation');
    }
    expect(drawn.find((q) => q.id === 'q3')?.multiple ?? true).toBe(true);
    expect(drawn.find((q) => q.id === 'q1')?.multiple ?? false).toBe(false);
  });

  it('depends on the random source: the same seed draws the same, other seeds draw otherwise', () => {
    expect(drawQuestions(bank, seeded(1))).toEqual(drawQuestions(bank, seeded(1)));
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        drawQuestions(bank, seeded(seed))
          .map((q) => `${q.id}:${q.choices.map((c) => c.id).join('')}`)
          .join(' '),
      ),
    );
    expect(draws.size).toBeGreaterThan(5);
  });

  it('shuffles every order with some chance (Fisher–Yates, not a biased sort)', () => {
    const seen = new Set<string>();
    const random = seeded(42);
    for (let i = 0; i < 600; i++) seen.add(shuffle(['a', 'b', 'c'], random).join(''));
    expect(seen.size).toBe(6);
  });
});

describe('grading', () => {
  const drawn = drawQuestions({ ...bank, draw: 4 }, seeded(3));

  it('counts a question right only with exactly its right choices, unanswered ones wrong', () => {
    const grade = gradeAttempt({
      quiz: bank,
      drawn,
      answers: { q1: ['a'], q2: ['b', 'c'], q3: ['a'] },
      passMark: 50,
    });
    const right = Object.fromEntries(grade.results.map((r) => [r.questionId, r.right]));
    expect(right).toEqual({ q1: true, q2: false, q3: false, q4: false });
    expect(grade.score).toBe(25);
    expect(grade.passed).toBe(false);
    expect(grade.results.find((r) => r.questionId === 'q3')).toMatchObject({
      rightChoices: ['a', 'c'],
      explanation: text('because q3'),
    });
  });

  it('passes at the mark exactly; a multi-answer question needs the whole set in any order', () => {
    const grade = gradeAttempt({
      quiz: bank,
      drawn,
      answers: { q1: ['a'], q2: ['b'], q3: ['c', 'a'], q4: ['a'] },
      passMark: 75,
    });
    expect(grade).toMatchObject({ score: 75, passed: true, passMark: 75 });
  });

  it('rounds the score down (2 of 3 is 66, below a mark of 67)', () => {
    const three = drawn.slice(0, 3);
    const answers = Object.fromEntries(
      three.map((q, index) => [q.id, index < 2 ? (bank.questions.find((b) => b.id === q.id)?.answers ?? []) : []]),
    );
    expect(gradeAttempt({ quiz: bank, drawn: three, answers, passMark: 67 })).toMatchObject({
      score: 66,
      passed: false,
    });
  });

  it('names answers to a question not drawn and choices a question does not have', () => {
    const two = drawn.filter((q) => q.id !== 'q4');
    expect(answerProblems(two, { q1: ['a'] })).toEqual([]);
    expect(answerProblems(two, { q4: ['c'] })).toEqual(['Question q4 was not drawn in this attempt.']);
    expect(answerProblems(two, { q1: ['z'] })).toEqual(['Question q1 has no choice z.']);
  });
});

describe('attempts per day, in the city’s time zone', () => {
  it('counts per calendar day in the zone, not in UTC', () => {
    // 23:30 UTC on 24 November is 00:30 on the 25th in Paris.
    expect(attemptDay(new Date('2026-11-24T23:30:00Z'), 'Europe/Paris')).toBe('2026-11-25');
    expect(attemptDay(new Date('2026-11-24T22:30:00Z'), 'Europe/Paris')).toBe('2026-11-24');
  });

  it('allows the next attempt from the next local midnight (winter, summer, across a clock change)', () => {
    expect(nextAttemptAt(new Date('2026-11-24T09:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-11-24T23:00:00.000Z',
    );
    expect(nextAttemptAt(new Date('2026-07-01T09:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-07-01T22:00:00.000Z',
    );
    // The night of 28–29 March 2026 Paris moves to summer time (at 02:00): midnight is still at +01:00.
    expect(nextAttemptAt(new Date('2026-03-28T12:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    // …and the next day's midnight is at +02:00.
    expect(nextAttemptAt(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(nextAttemptAt(new Date('2026-11-24T09:00:00Z'), 'America/Montreal').toISOString()).toBe(
      '2026-11-25T05:00:00.000Z',
    );
  });

  it('closes an attempt two hours after it starts', () => {
    expect(attemptExpiry(new Date('2026-11-24T09:00:00Z')).toISOString()).toBe('2026-11-24T11:00:00.000Z');
  });
});
