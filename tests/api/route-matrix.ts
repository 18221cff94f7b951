import type { AppDeps } from '../../functions/platform/deps.ts';
import type { TestRole } from './accounts-support.ts';
import { uniqueEmail } from './support.ts';

/** Who makes a request in the matrix: `resident` is anonymous. */
export type MatrixRole = 'resident' | TestRole;

export interface MatrixContext {
  deps: AppDeps;
  role: MatrixRole;
  /** The person making the request (absent for residents). */
  actor?: { user: { id: string; email: string }; cookie: string };
  /** Another person, e.g. the target of an admin action. */
  person(role: TestRole): Promise<{ user: { id: string; email: string }; cookie: string }>;
}

export interface MatrixRequest {
  /** The concrete path, e.g. with `{id}` filled in; defaults to the route's path. */
  path?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixEntry {
  /** Expected status for each role. */
  expect: Record<MatrixRole, number>;
  /** Builds the request for one role; fixtures are created here so each role acts on fresh data. */
  request?: (context: MatrixContext) => Promise<MatrixRequest> | MatrixRequest;
}

const everyone = (status: number) => ({ resident: status, citizen: status, staff: status, admin: status });
const signedIn = (status: number) => ({ resident: 401, citizen: status, staff: status, admin: status });
const adminOnly = (status: number) => ({ resident: 401, citizen: 403, staff: 403, admin: status });

const targetUser = async (context: MatrixContext) => (await context.person('citizen')).user.id;

/**
 * Every /api route with the status each role gets. The matrix test walks the generated OpenAPI
 * document and fails for a route missing here, so a new route cannot ship without its entry.
 * Keys are `METHOD /path` exactly as in the OpenAPI document.
 */
export const ROUTE_MATRIX: Record<string, MatrixEntry> = {
  'GET /api/health': { expect: everyone(200) },
  'GET /api/projects': { expect: everyone(200) },
  'GET /api/trails': { expect: everyone(200) },

  'POST /api/auth/sign-in': { expect: everyone(202), request: () => ({ body: { email: uniqueEmail() } }) },
  'GET /api/auth/verify': {
    expect: everyone(410),
    request: () => ({ path: '/api/auth/verify?token=unknown', headers: { accept: 'application/json' } }),
  },
  'POST /api/auth/sign-out': { expect: signedIn(204) },
  'POST /api/auth/sign-out-everywhere': { expect: signedIn(204) },

  'GET /api/me': { expect: signedIn(200) },
  'PATCH /api/me': { expect: signedIn(200), request: () => ({ body: { displayName: 'Matrix' } }) },
  'GET /api/me/export': { expect: signedIn(200) },
  'DELETE /api/me': {
    expect: signedIn(204),
    request: ({ actor }) => ({ body: { confirmEmail: actor?.user.email ?? 'x@example.test', contributions: 'keep-credited' } }),
  },

  'GET /api/admin/users': { expect: adminOnly(200) },
  'PUT /api/admin/users/{id}/roles': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/admin/users/${await targetUser(context)}/roles`,
      body: { admin: false, staffOf: ['point'] },
    }),
  },
  'POST /api/admin/users/{id}/suspend': {
    expect: adminOnly(200),
    request: async (context) => ({ path: `/api/admin/users/${await targetUser(context)}/suspend`, body: { reason: 'test' } }),
  },
  'POST /api/admin/users/{id}/reinstate': {
    expect: adminOnly(200),
    request: async (context) => ({ path: `/api/admin/users/${await targetUser(context)}/reinstate` }),
  },
};
