import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { newCertification } from '../../../functions/training/certification-rules.ts';
import { certifyItems } from '../../../functions/training/store/certifications.ts';
import { nameInstructor } from '../../../functions/training/store/instructors.ts';
import { personWithRole, type TestRole } from '../accounts-support.ts';
import { browserHeaders, type makeTestApp } from '../support.ts';

/**
 * Training's api tests read the fixture modules (`tests/fixtures/training/`), not the city's demo
 * ones: their answers, versions and kinds are the tests' to choose. Importing this file points
 * the catalogue at them (each test file runs in its own worker).
 */
export const TRAINING_FIXTURES = fileURLToPath(new URL('../../fixtures/training', import.meta.url));
process.env.TRAINING_CONTENT_DIR = TRAINING_FIXTURES;

/** The fixture modules: online-only, workshop + quiz, workshop only, and one at major 2 refusing major 1. */
export const ONLINE = 'online-quiz';
export const WORKSHOP_QUIZ = 'workshop-quiz';
export const WORKSHOP_ONLY = 'workshop-only';
export const RENEWED = 'renewed-module';

export type TrainingTest = Awaited<ReturnType<typeof makeTestApp>>;

export const call = (test: TrainingTest, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

export interface StartedAttempt {
  attemptId: string;
  expiresAt: string;
  attemptsLeftToday: number;
  questions: { id: string; choices: { id: string }[]; multiple: boolean }[];
}

/** The right choices of the drawn questions (from the module files: the test knows, the browser does not). */
export const rightAnswers = (moduleId: string, attempt: StartedAttempt) =>
  Object.fromEntries(
    attempt.questions.map((question) => [
      question.id,
      findModule(moduleId)?.quiz?.questions.find((q) => q.id === question.id)?.answers ?? [],
    ]),
  );

/** Wrong choices for every drawn question. */
export const wrongAnswers = (moduleId: string, attempt: StartedAttempt) =>
  Object.fromEntries(
    attempt.questions.map((question) => {
      const right = findModule(moduleId)?.quiz?.questions.find((q) => q.id === question.id)?.answers ?? [];
      return [
        question.id,
        question.choices
          .map((c) => c.id)
          .filter((id) => !right.includes(id))
          .slice(0, 1),
      ];
    }),
  );

export const startAttempt = async (test: TrainingTest, cookie: string, moduleId: string) => {
  const response = await call(test, `/api/training/${moduleId}/attempts`, 'POST', cookie);
  if (response.status !== 201) throw new Error(`start answered ${response.status}: ${await response.text()}`);
  return json<StartedAttempt>(response);
};

/** Starts an attempt and submits the right answers: the person passes. */
export const passQuiz = async (test: TrainingTest, cookie: string, moduleId: string) => {
  const attempt = await startAttempt(test, cookie, moduleId);
  const response = await call(test, `/api/training/${moduleId}/attempts/${attempt.attemptId}`, 'POST', cookie, {
    answers: rightAnswers(moduleId, attempt),
  });
  if (response.status !== 200) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
  return json<{ passed: boolean; certification?: { validUntil: string } }>(response);
};

/** A citizen holding a module's certification, earned now (through the store's items); their id. */
export const certifiedFixture = async (deps: AppDeps, moduleId: string) => {
  const { user } = await personWithRole(deps, 'citizen');
  const module = findModule(moduleId);
  if (!module) throw new Error(`fixture module ${moduleId} missing`);
  const now = new Date();
  const record = newCertification({ userId: user.id, module, how: 'quiz', now });
  const items = certifyItems(deps, record, {
    userId: user.id,
    moduleId,
    id: randomUUID(),
    at: now.toISOString(),
    act: 'earned',
    by: user.id,
  });
  if (!(await transact(deps, items))) throw new Error('certification not stored');
  return user.id;
};

/** A staff (or admin) person named instructor of a module, as an admin would. */
export const instructorOf = async (deps: AppDeps, moduleId: string, role: Exclude<TestRole, 'citizen'> = 'staff') => {
  const person = await personWithRole(deps, role);
  await nameInstructor(deps, {
    moduleId,
    userId: person.user.id,
    namedBy: 'test-admin',
    namedAt: new Date().toISOString(),
  });
  return person;
};

/** The public list of a holder's certifications, as the edge caches it. */
export const holderPath = (userId: string) => `/api/training/holders/${userId}/certifications`;

/** The paths the edge was asked to drop since `seen` invalidations (read `edgeCache.invalidations.length` first). */
export const invalidatedSince = (test: Pick<TrainingTest, 'edgeCache'>, seen: number): string[] =>
  test.edgeCache.invalidations.slice(seen).flat();
