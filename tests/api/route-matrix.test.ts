import { describe, expect, it } from 'vitest';
import { trainingCatalogue } from '../../functions/training/catalogue.ts';
import { personWithRole } from './accounts-support.ts';
import { type MatrixRole, ROUTE_MATRIX } from './route-matrix.ts';
import { browserHeaders, makeTestApp } from './support.ts';

const ROLES: MatrixRole[] = ['resident', 'citizen', 'staff', 'admin', 'owner'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const test = await makeTestApp();
const document = (await (await test.app.request('/api/openapi.json')).json()) as {
  paths: Record<string, Record<string, unknown>>;
};
const documented = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
);

/** The one training route that shows right choices and explanations: the grading of a submitted attempt. */
const GRADING_ROUTE = 'POST /api/training/{module}/attempts/{attemptId}';

/**
 * What in a body would give a quiz away: an explanation of any question of any bank (written
 * only in `quiz.yaml`), or a field that carries right choices.
 */
const quizAnswersIn = (body: string): string[] => {
  const explanations = trainingCatalogue().flatMap((module) =>
    (module.quiz?.questions ?? []).flatMap((question) => [question.explanation.fr, question.explanation.en]),
  );
  const fields = ['"rightChoices"', '"answers"', '"correct"'];
  return [...explanations, ...fields].filter((secret) => body.includes(secret));
};

describe('route × role matrix', () => {
  it('has an entry for every route of the OpenAPI document, and none for a route that is gone', () => {
    const missing = documented.filter((route) => !(route in ROUTE_MATRIX));
    const stale = Object.keys(ROUTE_MATRIX).filter((route) => !documented.includes(route));
    expect(missing, 'routes without a matrix entry (add them to tests/api/route-matrix.ts)').toEqual([]);
    expect(stale, 'matrix entries for routes that no longer exist').toEqual([]);
  });

  const cases = Object.entries(ROUTE_MATRIX).flatMap(([route, entry]) =>
    ROLES.filter((role) => entry.expect[role] !== undefined).map((role) => ({
      route,
      role,
      entry,
      expected: entry.expect[role],
    })),
  );

  it.each(cases)('$route as $role → $expected', async ({ route, role, entry, expected }) => {
    const [method, templatePath] = route.split(' ') as [string, string];
    const actor =
      role === 'resident' ? undefined : await personWithRole(test.deps, role === 'owner' ? 'citizen' : role);
    // One owner per case: every fixture of a request belongs to the same person.
    let owner: Promise<{ id: string; email: string }> | undefined;
    const fixtureOwner = () => {
      owner ??=
        role === 'owner' && actor
          ? Promise.resolve(actor.user)
          : personWithRole(test.deps, 'citizen').then((p) => p.user);
      return owner;
    };
    const request =
      (await entry.request?.({
        deps: test.deps,
        role,
        actor,
        fixtureOwner,
        person: (r) => personWithRole(test.deps, r),
      })) ?? {};
    const response = await test.app.request(request.path ?? templatePath, {
      method,
      headers: { ...browserHeaders(actor?.cookie), ...request.headers },
      body: request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
    });
    const body = await response.clone().text();
    expect(response.status, body).toBe(expected);
    // The browser never receives a quiz's answers, whoever asks whatever training route.
    if (route.includes('/training') && route !== GRADING_ROUTE) expect(quizAnswersIn(body), body).toEqual([]);
  });
});
