import { createRoute, z } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE, SESSION_SECURITY } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { listMyProjects } from './read-my-projects.ts';
import { MEMBER_ROLES } from './schema.ts';

const MyProjectsSchema = z
  .object({ items: z.array(z.object({ slug: z.string(), title: z.string(), role: z.enum(MEMBER_ROLES) })) })
  .openapi('MyProjects');

// By hand, not `signedIn`: a read with no input documents only the 401 of the signed-in errors.
const mine = createRoute({
  security: SESSION_SECURITY,
  middleware: requireSignedIn,
  tags: ['Project membership'],
  method: 'get',
  path: '/',
  summary: 'The projects you are a member of, with your role (e.g. where you may fork a trail)',
  responses: { 200: JSON_RESPONSE(MyProjectsSchema, 'Your projects'), 401: problem('Not signed in') },
});

export const myProjectRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) =>
    answerRead(c, await listMyProjects(deps, { viewer: viewerOrThrow(c.var.viewer) })),
  );
