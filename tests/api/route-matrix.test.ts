import { describe, expect, it } from 'vitest';
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
    expect(response.status, await response.clone().text()).toBe(expected);
  });
});
