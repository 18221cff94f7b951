import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { moduleOrThrow } from './module-access.ts';
import { type Answers, answerProblems, gradeAttempt } from './quiz-rules.ts';
import { type AttemptRecord, getAttempt, gradeAttemptItem } from './store/attempts.ts';
import { getCertification } from './store/certifications.ts';
import { getProgress, recordQuizPassItems } from './store/progress.ts';
import { toCertificationView } from './views.ts';

/** How often a pass is written again when another part of the module's progress landed meanwhile. */
const PROGRESS_RACES = 3;

const refusalOf = (attempt: AttemptRecord, now: Date) =>
  attempt.status === 'submitted'
    ? new AppError('conflict', 'This attempt was already submitted: start a new one.', {
        extensions: { reason: 'submitted' },
      })
    : attempt.closesAt <= now.toISOString()
      ? new AppError('conflict', 'This attempt closed two hours after it started: start a new one.', {
          extensions: { reason: 'expired' },
        })
      : undefined;

/**
 * Grades an attempt once, on the server. The attempt's write is conditioned on it being open and
 * not closed at this instant, so a second submission or a late one is refused (409) and nothing
 * is recorded twice; answers to a question not drawn or a choice it does not have are a 400. A
 * pass earns the certification in the same transaction (online-only module), or records the
 * quiz part of a workshop module (and earns it when the attendance is already marked).
 */
export const submitAttempt = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; attemptId: string; answers: Answers },
) => {
  const module = moduleOrThrow(options.moduleId);
  const key = { userId: options.viewer.id, moduleId: module.id, attemptId: options.attemptId };
  const attempt = await getAttempt(deps, key);
  if (!attempt || !module.quiz) throw new AppError('not-found', 'There is no such attempt of yours.');
  const now = deps.clock.now();
  const refused = refusalOf(attempt, now);
  if (refused) throw refused;
  const problems = answerProblems(attempt.questions, options.answers);
  if (problems.length > 0)
    throw new AppError('validation', problems.join(' '), {
      extensions: {
        errors: problems.map((message) => ({ in: 'body', path: 'answers', message })),
      },
    });
  const grade = gradeAttempt({
    quiz: module.quiz,
    drawn: attempt.questions,
    answers: options.answers,
    passMark: module.manifest.passMark,
  });
  const graded = gradeAttemptItem(deps, { attempt, answers: options.answers, ...grade, now });
  for (let race = 1; ; race++) {
    const progress = grade.passed ? await getProgress(deps, options.viewer.id, module.id) : undefined;
    const earning = grade.passed
      ? recordQuizPassItems(deps, { module, userId: options.viewer.id, progress, now, attemptId: attempt.id })
      : [];
    if (await transact(deps, [graded, ...earning])) break;
    const current = await getAttempt(deps, key);
    const why = current && refusalOf(current, now);
    if (why || !current) throw why ?? new AppError('not-found', 'There is no such attempt of yours.');
    if (race >= PROGRESS_RACES) throw new AppError('conflict', 'Your training changed meanwhile: submit again.');
  }
  if (grade.passed) deps.metrics.count('TrainingAttemptsPassed');
  const certification = grade.passed ? await getCertification(deps, options.viewer.id, module.id) : undefined;
  const earnedNow = certification?.earnedAt === now.toISOString();
  if (earnedNow) {
    deps.metrics.count('CertificationsGranted');
    await holderCertificationsChanged(deps, options.viewer.id);
  }
  return {
    score: grade.score,
    passed: grade.passed,
    passMark: grade.passMark,
    results: grade.results,
    ...(earnedNow && certification ? { certification: toCertificationView(certification) } : {}),
  };
};
