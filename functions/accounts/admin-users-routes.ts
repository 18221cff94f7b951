import { requireRole, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { reinstateUser, setUserRoles, suspendUser } from './manage-user.ts';
import {
  AdminUserSchema,
  EmailSchema,
  RolesUpdateSchema,
  SuspendRequestSchema,
  toProfile,
  UserIdParamSchema,
  type UserRecord,
} from './schema.ts';
import { getUser, getUserIdByEmail, listUsers } from './store.ts';

const adminRoute = routeDeclarations(['Admin'], requireRole('admin'));
const userResponse = {
  200: JSON_RESPONSE(AdminUserSchema, 'The user'),
  404: problem('No such user'),
  409: problem('Not possible on your own account'),
};

const list = adminRoute.signedIn('get', '/', {
  summary: 'Users, oldest first; `email` finds one',
  request: { query: PageQuerySchema.extend({ email: EmailSchema.optional() }) },
  responses: { 200: JSON_RESPONSE(pageOf(AdminUserSchema).openapi('AdminUserPage'), 'A page of users') },
});

const putRoles = adminRoute.signedIn('put', '/{id}/roles', {
  summary: 'Set admin and staff (lending points) roles',
  request: { params: UserIdParamSchema, body: JSON_BODY(RolesUpdateSchema) },
  responses: userResponse,
});

const suspend = adminRoute.signedIn('post', '/{id}/suspend', {
  summary: 'Suspend a user: no sign-in, sessions ended',
  request: { params: UserIdParamSchema, body: JSON_BODY(SuspendRequestSchema) },
  responses: userResponse,
});

const reinstate = adminRoute.signedIn('post', '/{id}/reinstate', {
  summary: 'Lift a suspension',
  request: { params: UserIdParamSchema },
  responses: userResponse,
});

const toAdminUser = (user: UserRecord) => ({
  ...toProfile(user),
  status: user.status,
  suspendedReason: user.suspendedReason,
});

export const adminUserRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => {
      const { cursor, limit, email } = c.req.valid('query');
      c.header('cache-control', PRIVATE_NO_STORE);
      if (email) {
        const id = await getUserIdByEmail(deps, email);
        const user = id ? await getUser(deps, id) : undefined;
        return c.json({ items: user ? [toAdminUser(user)] : [], nextCursor: null }, 200);
      }
      const page = await listUsers(deps, { limit, startKey: decodeCursor(cursor) });
      return c.json({ items: page.items.map(toAdminUser), nextCursor: encodeCursor(page.lastKey) }, 200);
    })
    .openapi(putRoles, async (c) => {
      const { id } = c.req.valid('param');
      const user = await setUserRoles(deps, {
        actorId: viewerOrThrow(c.var.viewer).id,
        userId: id,
        ...c.req.valid('json'),
      });
      return c.json(toAdminUser(user), 200);
    })
    .openapi(suspend, async (c) => {
      const { id } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      const user = await suspendUser(deps, { actorId: viewerOrThrow(c.var.viewer).id, userId: id, reason });
      return c.json(toAdminUser(user), 200);
    })
    .openapi(reinstate, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(toAdminUser(await reinstateUser(deps, { userId: id })), 200);
    });
