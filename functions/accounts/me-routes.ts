import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { exportMyData, requestErasure } from './my-data.ts';
import { EraseRequestSchema, ProfileSchema, ProfileUpdateSchema, toProfile } from './schema.ts';
import { clearSessionCookie } from './session-cookie.ts';
import { getUser } from './store.ts';
import { updateProfile } from './update-profile.ts';

const meRoute = routeDeclarations(['Me']);

const getMe = meRoute.signedIn('get', '/', {
  summary: 'The signed-in person: profile and roles',
  responses: { 200: JSON_RESPONSE(ProfileSchema, 'The profile') },
});

const patchMe = meRoute.signedIn('patch', '/', {
  summary: 'Change display name, attribution name, bio, neighbourhood, language, public page',
  request: { body: JSON_BODY(ProfileUpdateSchema) },
  responses: { 200: JSON_RESPONSE(ProfileSchema, 'The updated profile') },
});

const exportMe = meRoute.signedIn('get', '/export', {
  summary: 'Download everything the portal stores about me (JSON)',
  responses: { 200: JSON_RESPONSE(z.record(z.string(), z.unknown()), 'The export, as an attachment') },
});

const deleteMe = meRoute.signedIn('delete', '/', {
  summary: 'Erase my account and personal data, choosing what happens to my published contributions',
  request: { body: JSON_BODY(EraseRequestSchema) },
  responses: {
    202: {
      description:
        'Accepted: the account can no longer be used, the session cookie is cleared, and the erasure completes in the background',
    },
    409: problem(
      'Not yet: something must be done first (equipment to return, a reservation to cancel), named in the problem',
    ),
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
      await requestErasure(deps, {
        userId: viewerOrThrow(c.var.viewer).id,
        confirmEmail,
        contributions,
        parts: personalDataParts,
      });
      clearSessionCookie(c, deps.config.publicUrl);
      return c.body(null, 202);
    });
