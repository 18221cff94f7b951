import { createRoute, z } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { createRouter } from '../platform/router.ts';
import { exportMyData, requestErasure } from './my-data.ts';
import { EraseRequestSchema, ProfileSchema, ProfileUpdateSchema, toProfile } from './schema.ts';
import { clearSessionCookie } from './session-cookie.ts';
import { getUser } from './store.ts';
import { updateProfile } from './update-profile.ts';

const signedIn = { security: SESSION_SECURITY, middleware: requireSignedIn, tags: ['Me'] };

const getMe = createRoute({
  ...signedIn,
  method: 'get',
  path: '/',
  summary: 'The signed-in person: profile and roles',
  responses: {
    200: { content: { 'application/json': { schema: ProfileSchema } }, description: 'The profile' },
    ...SIGNED_IN_ERRORS,
  },
});

const patchMe = createRoute({
  ...signedIn,
  method: 'patch',
  path: '/',
  summary: 'Change display name, attribution name, bio, neighbourhood, language, public page',
  request: { body: JSON_BODY(ProfileUpdateSchema) },
  responses: {
    200: { content: { 'application/json': { schema: ProfileSchema } }, description: 'The updated profile' },
    ...SIGNED_IN_ERRORS,
  },
});

const exportMe = createRoute({
  ...signedIn,
  method: 'get',
  path: '/export',
  summary: 'Download everything the portal stores about me (JSON)',
  responses: {
    200: {
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      description: 'The export, as an attachment',
    },
    ...SIGNED_IN_ERRORS,
  },
});

const deleteMe = createRoute({
  ...signedIn,
  method: 'delete',
  path: '/',
  summary: 'Erase my account and personal data, choosing what happens to my published contributions',
  request: { body: JSON_BODY(EraseRequestSchema) },
  responses: {
    202: {
      description:
        'Accepted: the account can no longer be used, the session cookie is cleared, and the erasure completes in the background',
    },
    ...SIGNED_IN_ERRORS,
  },
});

export const meRoutes = (deps: AppDeps, personalDataParts: readonly PersonalDataPart[]) =>
  createRouter()
    .openapi(getMe, async (c) => {
      const user = await getUser(deps, viewerOrThrow(c.var.viewer).id);
      if (!user) throw new AppError('unauthenticated', 'This account no longer exists.');
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(toProfile(user), 200);
    })
    .openapi(patchMe, async (c) => {
      const user = await updateProfile(deps, { userId: viewerOrThrow(c.var.viewer).id, changes: c.req.valid('json') });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(toProfile(user), 200);
    })
    .openapi(exportMe, async (c) => {
      const data = await exportMyData(deps, { userId: viewerOrThrow(c.var.viewer).id, parts: personalDataParts });
      c.header('cache-control', PRIVATE_NO_STORE);
      c.header('content-disposition', 'attachment; filename="communs-my-data.json"');
      return c.json(data, 200);
    })
    .openapi(deleteMe, async (c) => {
      const { confirmEmail, contributions } = c.req.valid('json');
      await requestErasure(deps, { userId: viewerOrThrow(c.var.viewer).id, confirmEmail, contributions });
      clearSessionCookie(c, deps.config.publicUrl);
      return c.body(null, 202);
    });
