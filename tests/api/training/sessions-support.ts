import { fileURLToPath } from 'node:url';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { nameInstructor } from '../../../functions/training/store/instructors.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, type makeTestApp } from '../support.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** Fixture modules (tests/fixtures/training/): one needing a workshop and a quiz, one only the workshop. */
export const WITH_QUIZ = 'workshop-quiz';
export const WORKSHOP_ONLY = 'workshop-only';

/**
 * Points training at the test modules for this test file (each file runs in its own process):
 * the tests do not depend on the city's demo modules changing.
 */
export const useWorkshopModules = () => {
  process.env.TRAINING_CONTENT_DIR = fileURLToPath(new URL('../../fixtures/training', import.meta.url));
};

/** A staff person named instructor of a module (as an admin names one). */
export const instructorOf = async (deps: AppDeps, moduleId: string) => {
  const person = await personWithRole(deps, 'staff');
  await nameInstructor(deps, { moduleId, userId: person.user.id, namedBy: 'test', namedAt: new Date().toISOString() });
  return person;
};

/** A request to the API as a signed-in person (or a resident, without cookie). */
export const call = (test: TestApp, method: string, path: string, cookie?: string, body?: unknown) =>
  test.app.request(`/api/training${path}`, {
    method,
    headers: browserHeaders(cookie),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** A session input starting `inDays` after the test clock's start (2026-11-24T09:00Z), 14:00–16:30 UTC. */
export const sessionInput = (overrides: Record<string, unknown> = {}, inDays = 8) => {
  const day = new Date(Date.UTC(2026, 10, 24 + inDays));
  const at = (hours: number, minutes = 0) =>
    new Date(day.getTime() + hours * 3_600_000 + minutes * 60_000).toISOString();
  return {
    startsAt: at(14),
    endsAt: at(16, 30),
    place: 'Médiathèque des Capucins, salle 2',
    seats: 5,
    language: 'fr',
    ...overrides,
  };
};

/** Schedules a session as `instructor`; returns its id. */
export const scheduled = async (
  test: TestApp,
  instructor: { cookie: string },
  moduleId: string,
  overrides: Record<string, unknown> = {},
  inDays = 8,
) => {
  const response = await call(
    test,
    'POST',
    `/${moduleId}/sessions`,
    instructor.cookie,
    sessionInput(overrides, inDays),
  );
  if (response.status !== 201) throw new Error(`schedule answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
};

/** `count` citizens with sessions. */
export const citizens = (deps: AppDeps, count: number) =>
  Promise.all(Array.from({ length: count }, () => personWithRole(deps, 'citizen')));

export const register = (test: TestApp, sessionId: string, cookie: string, waitlist = false) =>
  call(test, 'POST', `/sessions/${sessionId}/registration`, cookie, { waitlist });
