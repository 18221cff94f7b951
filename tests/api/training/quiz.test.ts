import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { getProgress, recordAttendanceItems } from '../../../functions/training/store/progress.ts';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import {
  call,
  holderPath,
  invalidatedSince,
  json,
  ONLINE,
  passQuiz,
  rightAnswers,
  type StartedAttempt,
  startAttempt,
  WORKSHOP_ONLY,
  WORKSHOP_QUIZ,
  wrongAnswers,
} from './support.ts';

/** Every item of a person's training collection, as stored. */
const traineeItems = async (deps: AppDeps, userId: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `TRAINEE#${userId}` },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];
const withPrefix = (items: Record<string, unknown>[], prefix: string) =>
  items.filter((item) => String(item.sk).startsWith(prefix));

const setUp = async () => {
  const clock = manualClock(new Date('2026-11-24T09:00:00Z'));
  const test = await makeTestApp({ clock });
  const citizen = await personWithRole(test.deps, 'citizen');
  return { test, citizen, clock };
};

const submit = (
  test: Awaited<ReturnType<typeof makeTestApp>>,
  cookie: string,
  moduleId: string,
  attempt: StartedAttempt,
  answers: Record<string, string[]>,
) => call(test, `/api/training/${moduleId}/attempts/${attempt.attemptId}`, 'POST', cookie, { answers });

describe('the catalogue', () => {
  it('lists the modules in their order with the quiz’s shape, publicly cacheable', async () => {
    const { test } = await setUp();
    const response = await call(test, '/api/training/modules');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    const { modules } = await json<{ modules: { id: string; quiz: unknown; workshop: boolean }[] }>(response);
    expect(modules.map((m) => m.id)).toEqual(['online-quiz', 'workshop-quiz', 'workshop-only', 'renewed-module']);
    expect(modules[0]).toMatchObject({ quiz: { draw: 3, bankSize: 4 }, workshop: false });
    expect(modules[2]).toMatchObject({ quiz: null, workshop: true });
  });
});

describe('taking the quiz', () => {
  it('a citizen passes an online-only module and is certified at once, for validityMonths', async () => {
    const { test, citizen } = await setUp();
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    expect(attempt.questions).toHaveLength(3);
    expect(attempt.expiresAt).toBe('2026-11-24T11:00:00.000Z');
    expect(attempt.attemptsLeftToday).toBe(2);

    const inProgress = await json<{ status: { state: string }; openAttempt: unknown }>(
      await call(test, `/api/training/${ONLINE}/me`, 'GET', citizen.cookie),
    );
    expect(inProgress.status.state).toBe('in-progress');
    expect(inProgress.openAttempt).toEqual({ attemptId: attempt.attemptId, expiresAt: attempt.expiresAt });

    const seen = test.edgeCache.invalidations.length;
    const graded = await submit(test, citizen.cookie, ONLINE, attempt, rightAnswers(ONLINE, attempt));
    expect(graded.status).toBe(200);
    // Their public page (when they show it) lists the new certification at once.
    expect(invalidatedSince(test, seen)).toContain(holderPath(citizen.user.id));
    const body = await json<{
      score: number;
      passed: boolean;
      results: { right: boolean; explanation: unknown }[];
      certification: { validUntil: string; how: string };
    }>(graded);
    expect(body).toMatchObject({ score: 100, passed: true, passMark: 60 });
    expect(body.results.every((r) => r.right && r.explanation)).toBe(true);
    expect(body.certification).toMatchObject({
      how: 'quiz',
      validUntil: '2027-11-24T09:00:00.000Z',
      moduleVersion: '1.2.0',
    });

    const status = await json<{ status: unknown }>(
      await call(test, `/api/training/${ONLINE}/me`, 'GET', citizen.cookie),
    );
    expect(status.status).toEqual({ state: 'certified', validUntil: '2027-11-24T09:00:00.000Z' });
    const mine = await json<{
      audit: { act: string; how: string; by: string }[];
      attempts: { score: number; status: string }[];
    }>(await call(test, '/api/me/training', 'GET', citizen.cookie));
    expect(mine.audit).toEqual([expect.objectContaining({ act: 'earned', how: 'quiz', by: citizen.user.id })]);
    expect(mine.attempts).toEqual([expect.objectContaining({ status: 'submitted', score: 100, passed: true })]);
    const counted = test.metrics.published.map((m) => m.metric);
    expect(counted).toContain('TrainingAttemptsStarted');
    expect(counted).toContain('TrainingAttemptsPassed');
    expect(counted).toContain('CertificationsGranted');
  });

  it('a failed attempt records its score, earns nothing, and shows right choices and explanations', async () => {
    const { test, citizen } = await setUp();
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    const graded = await json<{
      score: number;
      passed: boolean;
      results: { right: boolean; rightChoices: string[] }[];
      certification?: unknown;
    }>(await submit(test, citizen.cookie, ONLINE, attempt, wrongAnswers(ONLINE, attempt)));
    expect(graded).toMatchObject({ score: 0, passed: false });
    expect(graded.certification).toBeUndefined();
    expect(invalidatedSince(test, 0)).not.toContain(holderPath(citizen.user.id));
    expect(graded.results.every((r) => !r.right && r.rightChoices.length > 0)).toBe(true);
    const items = await traineeItems(test.deps, citizen.user.id);
    expect(withPrefix(items, 'CERT#')).toEqual([]);
    expect(withPrefix(items, 'ATTEMPT#')).toEqual([
      expect.objectContaining({ status: 'submitted', score: 0, passed: false }),
    ]);
  });

  it('a second submission is a 409 and nothing is recorded twice, even fired at once', async () => {
    const { test, citizen } = await setUp();
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    const answers = rightAnswers(ONLINE, attempt);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => submit(test, citizen.cookie, ONLINE, attempt, answers)),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const refused = responses.find((r) => r.status === 409) as Response;
    expect(await problemOf(refused)).toMatchObject({ type: 'urn:communs:problem:conflict', reason: 'submitted' });
    const again = await submit(test, citizen.cookie, ONLINE, attempt, answers);
    expect(again.status).toBe(409);
    const items = await traineeItems(test.deps, citizen.user.id);
    expect(withPrefix(items, 'AUDIT#')).toHaveLength(1);
    expect(withPrefix(items, 'CERT#')).toHaveLength(1);
  });

  it('an attempt closes two hours after it starts: a late submission is a 409 and records nothing', async () => {
    const { test, citizen, clock } = await setUp();
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    clock.advance(2 * 60 * 60 * 1000);
    const late = await submit(test, citizen.cookie, ONLINE, attempt, rightAnswers(ONLINE, attempt));
    expect(late.status).toBe(409);
    expect(await problemOf(late)).toMatchObject({ reason: 'expired' });
    const items = await traineeItems(test.deps, citizen.user.id);
    expect(withPrefix(items, 'CERT#')).toEqual([]);
    expect(withPrefix(items, 'ATTEMPT#')).toEqual([expect.objectContaining({ status: 'open' })]);
    const mine = await json<{ attempts: { status: string }[] }>(
      await call(test, '/api/me/training', 'GET', citizen.cookie),
    );
    expect(mine.attempts.map((a) => a.status)).toEqual(['expired']);
  });

  it('answers to a question not drawn, or a choice the question lacks, are a 400; the attempt stays open', async () => {
    const { test, citizen } = await setUp();
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    const bank = findModule(ONLINE)?.quiz?.questions.map((q) => q.id) ?? [];
    const notDrawn = bank.find((id) => !attempt.questions.some((q) => q.id === id)) as string;
    const foreign = await submit(test, citizen.cookie, ONLINE, attempt, { [notDrawn]: ['a'] });
    expect(foreign.status).toBe(400);
    expect((await problemOf(foreign)).detail).toContain(`Question ${notDrawn} was not drawn`);
    const first = attempt.questions[0]?.id as string;
    const unknownChoice = await submit(test, citizen.cookie, ONLINE, attempt, { [first]: ['zz'] });
    expect(unknownChoice.status).toBe(400);
    expect((await submit(test, citizen.cookie, ONLINE, attempt, { 'Not A Slug': ['a'] })).status).toBe(400);
    expect(withPrefix(await traineeItems(test.deps, citizen.user.id), 'ATTEMPT#')[0]).toMatchObject({ status: 'open' });
    expect((await submit(test, citizen.cookie, ONLINE, attempt, rightAnswers(ONLINE, attempt))).status).toBe(200);
  });

  it('someone else’s attempt is not found; a module without a quiz has no attempts', async () => {
    const { test, citizen } = await setUp();
    const other = await personWithRole(test.deps, 'citizen');
    const attempt = await startAttempt(test, citizen.cookie, ONLINE);
    expect((await submit(test, other.cookie, ONLINE, attempt, rightAnswers(ONLINE, attempt))).status).toBe(404);
    expect((await call(test, `/api/training/${WORKSHOP_ONLY}/attempts`, 'POST', citizen.cookie)).status).toBe(404);
    expect((await call(test, '/api/training/no-such-module/attempts', 'POST', citizen.cookie)).status).toBe(404);
  });
});

describe('three attempts a day', () => {
  it('ten starts fired at once give exactly three attempts; the others say when the next is possible', async () => {
    const { test, citizen, clock } = await setUp();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call(test, `/api/training/${ONLINE}/attempts`, 'POST', citizen.cookie)),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(7);
    const problem = await problemOf(refused[0] as Response);
    // The next local midnight in Paris (UTC+1 in November).
    expect(problem).toMatchObject({ nextAttemptAt: '2026-11-24T23:00:00.000Z' });
    expect(Number(refused[0]?.headers.get('retry-after'))).toBe(14 * 60 * 60);

    const items = await traineeItems(test.deps, citizen.user.id);
    expect(withPrefix(items, 'ATTEMPT#')).toHaveLength(3);
    expect(withPrefix(items, 'ATTEMPTS#')).toEqual([expect.objectContaining({ n: 3, day: '2026-11-24' })]);

    const status = await json<{ attemptsLeftToday: number; nextAttemptAt: string }>(
      await call(test, `/api/training/${ONLINE}/me`, 'GET', citizen.cookie),
    );
    expect(status).toMatchObject({ attemptsLeftToday: 0, nextAttemptAt: '2026-11-24T23:00:00.000Z' });

    // Another module has its own three.
    expect((await call(test, `/api/training/${WORKSHOP_QUIZ}/attempts`, 'POST', citizen.cookie)).status).toBe(201);
    // From local midnight, three more.
    clock.advance(14 * 60 * 60 * 1000);
    expect((await call(test, `/api/training/${ONLINE}/attempts`, 'POST', citizen.cookie)).status).toBe(201);
  });
});

describe('a module with a workshop', () => {
  it('a pass records the quiz part; the attendance then earns the certification (credited to the instructor)', async () => {
    const { test, citizen } = await setUp();
    const graded = await passQuiz(test, citizen.cookie, WORKSHOP_QUIZ);
    expect(graded.passed).toBe(true);
    expect(graded.certification).toBeUndefined();
    // Half-way: their public list has not changed.
    expect(invalidatedSince(test, 0)).not.toContain(holderPath(citizen.user.id));
    const status = await json<{ status: unknown; progress: unknown }>(
      await call(test, `/api/training/${WORKSHOP_QUIZ}/me`, 'GET', citizen.cookie),
    );
    expect(status.status).toEqual({ state: 'in-progress', quizPassed: true, attended: false, attempted: true });

    const module = findModule(WORKSHOP_QUIZ);
    if (!module) throw new Error('fixture missing');
    const progress = await getProgress(test.deps, citizen.user.id, module.id);
    const items = recordAttendanceItems(test.deps, {
      module,
      userId: citizen.user.id,
      progress,
      now: test.clock.now(),
      markedBy: 'instructor-1',
    });
    expect(await transact(test.deps, items)).toBe(true);
    // The same items again raced nothing but were written over a progress that is gone: refused.
    expect(await transact(test.deps, items)).toBe(false);

    const after = await json<{
      status: { state: string };
      certification: { how: string; grantedBy: string };
      progress: unknown;
    }>(await call(test, `/api/training/${WORKSHOP_QUIZ}/me`, 'GET', citizen.cookie));
    expect(after.status.state).toBe('certified');
    expect(after.certification).toMatchObject({ how: 'workshop', grantedBy: 'instructor-1' });
    expect(after.progress).toBeNull();
  });

  it('attendance first: the pass then earns it in the submission’s transaction', async () => {
    const { test, citizen } = await setUp();
    const module = findModule(WORKSHOP_QUIZ);
    if (!module) throw new Error('fixture missing');
    expect(
      await transact(
        test.deps,
        recordAttendanceItems(test.deps, {
          module,
          userId: citizen.user.id,
          progress: undefined,
          now: test.clock.now(),
          markedBy: 'instructor-1',
        }),
      ),
    ).toBe(true);
    const graded = await passQuiz(test, citizen.cookie, WORKSHOP_QUIZ);
    expect(graded.certification).toMatchObject({ how: 'workshop', grantedBy: 'instructor-1' });
    expect(invalidatedSince(test, 0)).toContain(holderPath(citizen.user.id));
    const items = await traineeItems(test.deps, citizen.user.id);
    expect(withPrefix(items, 'PROGRESS#')).toEqual([]);
    expect(withPrefix(items, 'AUDIT#')).toHaveLength(1);
  });
});
