import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { trainingKeys } from '../../../functions/training/store/keys.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, type makeTestApp } from '../support.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** A module that needs a workshop and has a quiz, and one that needs only the workshop. */
export const WITH_QUIZ = 'atelier-video';
export const WORKSHOP_ONLY = 'atelier-son';

const manifest = (title: string) => `title: { fr: ${title}, en: ${title} en }
summary: { fr: Un atelier, en: A workshop }
version: 2.1.0
authors: [{ name: Ville de Brest }]
workshop: true
validityMonths: 24
lessons:
  - { slug: bases, title: { fr: Bases, en: Basics } }
`;

const quiz = `draw: 1
questions:
  - id: cadre
    prompt: { fr: Le cadre ?, en: Framing? }
    choices:
      - { id: a, text: { fr: Stable, en: Steady } }
      - { id: b, text: { fr: Tremblant, en: Shaky } }
    answers: [a]
    explanation: { fr: Un pied stabilise., en: A tripod steadies. }
`;

/**
 * Points training at a folder of two workshop modules for this test file (each file runs in its
 * own process): the tests do not depend on the city's demo modules changing.
 */
export const useWorkshopModules = () => {
  const root = mkdtempSync(join(tmpdir(), 'workshops-'));
  const write = (moduleId: string, files: Record<string, string>) => {
    mkdirSync(join(root, moduleId, 'lessons'), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, moduleId, file), text);
  };
  const lessons = { 'lessons/bases.fr.md': '# Bases\n', 'lessons/bases.en.md': '# Basics\n' };
  write(WITH_QUIZ, { 'module.yaml': manifest('Tourner une vidéo'), 'quiz.yaml': quiz, ...lessons });
  write(WORKSHOP_ONLY, { 'module.yaml': manifest('Prise de son'), ...lessons });
  process.env.TRAINING_CONTENT_DIR = root;
};

/** A staff person named instructor of a module (the admins' naming is core's; here its stored result). */
export const instructorOf = async (deps: AppDeps, moduleId: string) => {
  const person = await personWithRole(deps, 'staff');
  await deps.db.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: { ...trainingKeys.instructor(moduleId, person.user.id), moduleId, userId: person.user.id },
    }),
  );
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
