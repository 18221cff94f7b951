import { createRoute } from '@hono/zod-openapi';
import { requireRole, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
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

const adminOnly = { security: SESSION_SECURITY, middleware: requireRole('admin'), tags: ['Admin'] };
const userResponse = {
  200: { content: { 'application/json': { schema: AdminUserSchema } }, description: 'The user' },
  404: problem('No such user'),
  409: problem('Not possible on your own account'),
  ...SIGNED_IN_ERRORS,
};

const list = createRoute({
  ...adminOnly,
  method: 'get',
  path: '/',
  summary: 'Users, oldest first; `email` finds one',
  request: { query: PageQuerySchema.extend({ email: EmailSchema.optional() }) },
  responses: {
    200: {
      content: { 'application/json': { schema: pageOf(AdminUserSchema).openapi('AdminUserPage') } },
      description: 'A page of users',
    },
    ...SIGNED_IN_ERRORS,
  },
});

const putRoles = createRoute({
  ...adminOnly,
  method: 'put',
  path: '/{id}/roles',
  summary: 'Set admin and staff (lending points) roles',
  request: { params: UserIdParamSchema, body: JSON_BODY(RolesUpdateSchema) },
  responses: userResponse,
});

const suspend = createRoute({
  ...adminOnly,
  method: 'post',
  path: '/{id}/suspend',
  summary: 'Suspend a user: no sign-in, sessions ended',
  request: { params: UserIdParamSchema, body: JSON_BODY(SuspendRequestSchema) },
  responses: userResponse,
});

const reinstate = createRoute({
  ...adminOnly,
  method: 'post',
  path: '/{id}/reinstate',
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
