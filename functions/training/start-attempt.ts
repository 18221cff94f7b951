import { randomUUID } from 'node:crypto';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { moduleOrThrow } from './module-access.ts';
import {
  attemptDay,
  attemptExpiry,
  drawQuestions,
  MAX_ATTEMPTS_PER_DAY,
  nextAttemptAt,
  type RandomSource,
} from './quiz-rules.ts';
import { type AttemptRecord, attemptsOnDay, startAttemptItems } from './store/attempts.ts';

/** The day counter outlives its day by two, then DynamoDB removes it (it only ever limits its own day). */
const COUNTER_KEPT_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Starts a quiz attempt: a random draw from the bank, choices shuffled, stored with the attempt
 * so grading knows what was asked. The day's counter and the attempt are one transaction: the
 * fourth start of the day (however many are fired at once) is refused with when the next is
 * possible. The answer carries the questions, never their right choices.
 */
export const startAttempt = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; random?: RandomSource },
) => {
  const module = moduleOrThrow(options.moduleId);
  if (!module.quiz) throw new AppError('not-found', `The module "${module.id}" has no quiz.`);
  const now = deps.clock.now();
  const day = attemptDay(now, deps.config.timeZone);
  const next = nextAttemptAt(now, deps.config.timeZone);
  const attempt: AttemptRecord = {
    userId: options.viewer.id,
    moduleId: module.id,
    id: randomUUID(),
    moduleVersion: module.manifest.version,
    startedAt: now.toISOString(),
    closesAt: attemptExpiry(now).toISOString(),
    status: 'open',
    questions: drawQuestions(module.quiz, options.random),
  };
  const started = await transact(
    deps,
    startAttemptItems(deps, {
      attempt,
      day,
      max: MAX_ATTEMPTS_PER_DAY,
      counterExpiresAt: new Date(next.getTime() + COUNTER_KEPT_MS),
    }),
  );
  if (!started) {
    const retryAfter = Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
    throw new AppError(
      'rate-limited',
      `You have used your ${MAX_ATTEMPTS_PER_DAY} attempts of today for this module; try again from ${next.toISOString()}.`,
      { extensions: { nextAttemptAt: next.toISOString() }, headers: { 'retry-after': String(retryAfter) } },
    );
  }
  deps.metrics.count('TrainingAttemptsStarted');
  const used = await attemptsOnDay(deps, { userId: attempt.userId, moduleId: module.id, day });
  return {
    attemptId: attempt.id,
    moduleId: module.id,
    expiresAt: attempt.closesAt,
    questions: attempt.questions,
    attemptsLeftToday: Math.max(0, MAX_ATTEMPTS_PER_DAY - used),
  };
};
