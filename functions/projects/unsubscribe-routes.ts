import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../platform/deps.ts';
import { createRouter, problem } from '../platform/router.ts';
import { unsubscribeByToken } from './follow-project.ts';

const unsubscribe = createRoute({
  method: 'get',
  path: '/unsubscribe',
  tags: ['Project membership'],
  summary: 'One-click unsubscribe from a digest link (no sign-in: the token is the proof); redirects to the project',
  request: { query: z.object({ token: z.string().min(20).max(100) }) },
  responses: { 303: { description: 'Unsubscribed (or already), back to the project page' }, 400: problem('No token') },
});

export const unsubscribeRoutes = (deps: AppDeps) =>
  createRouter().openapi(unsubscribe, async (c) => {
    const { slug } = await unsubscribeByToken(deps, { token: c.req.valid('query').token });
    c.header('cache-control', 'no-store');
    return c.redirect(
      slug ? `/projets/voir/?projet=${encodeURIComponent(slug)}&unsubscribed=1` : '/?unsubscribed=1',
      303,
    );
  });
