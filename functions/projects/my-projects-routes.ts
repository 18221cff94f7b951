import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter } from '../platform/router.ts';
import { listMyProjects } from './read-my-projects.ts';
import { MEMBER_ROLES } from './schema.ts';

const MyProjectsSchema = z
  .object({ items: z.array(z.object({ slug: z.string(), title: z.string(), role: z.enum(MEMBER_ROLES) })) })
  .openapi('MyProjects');

const mine = routeDeclarations(['Project membership']).signedInRead('/', {
  summary: 'The projects you are a member of, with your role (e.g. where you may fork a trail)',
  responses: { 200: JSON_RESPONSE(MyProjectsSchema, 'Your projects') },
});

export const myProjectRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) =>
    answerRead(c, await listMyProjects(deps, { viewer: viewerOrThrow(c.var.viewer) })),
  );
