import { createRoute, z } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { SESSION_SECURITY } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { MEMBER_ROLES } from './schema.ts';
import { getProject, listOfPerson } from './store.ts';

const MyProjectsSchema = z
  .object({ items: z.array(z.object({ slug: z.string(), title: z.string(), role: z.enum(MEMBER_ROLES) })) })
  .openapi('MyProjects');

const mine = createRoute({
  security: SESSION_SECURITY,
  middleware: requireSignedIn,
  tags: ['Project membership'],
  method: 'get',
  path: '/',
  summary: 'The projects you are a member of, with your role (e.g. where you may fork a trail)',
  responses: {
    200: { content: { 'application/json': { schema: MyProjectsSchema } }, description: 'Your projects' },
    401: problem('Not signed in'),
  },
});

export const myProjectRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) => {
    const viewer = viewerOrThrow(c.var.viewer);
    const memberships = await listOfPerson(deps, viewer.id, 'MEMBERSHIP');
    const items = await Promise.all(
      memberships.map(async (membership) => {
        const project = await getProject(deps, String(membership.slug));
        return project
          ? [{ slug: project.slug, title: project.title, role: membership.role as (typeof MEMBER_ROLES)[number] }]
          : [];
      }),
    );
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json({ items: items.flat().sort((a, b) => a.title.localeCompare(b.title, 'fr')) }, 200);
  });
