import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { unsubscribeByTokens } from './follow-project.ts';
import { UNSUBSCRIBE_PAGE, UnsubscribedSchema, UnsubscribeRequestSchema } from './unsubscribe-schema.ts';

const unsubscribeRoute = routeDeclarations(['Project membership']);

const openLink = unsubscribeRoute.open('get', '/unsubscribe', {
  summary:
    'An unsubscribe link of a digest sent before the confirmation page: redirects (303) to that page, unsubscribes nothing (mail scanners follow links)',
  request: { query: z.object({ token: z.string().min(20).max(100) }) },
  responses: { 303: { description: 'To the confirmation page, token kept' }, 400: problem('No token') },
});

const confirm = unsubscribeRoute.open('post', '/unsubscribe', {
  summary:
    'Stop the digest of the projects whose unsubscribe tokens are given (no sign-in: the tokens are the proof); confirmed on the portal’s page',
  request: { body: JSON_BODY(UnsubscribeRequestSchema) },
  responses: {
    200: JSON_RESPONSE(UnsubscribedSchema, 'Unsubscribed (or already): the projects whose digest stopped'),
    400: problem('No token'),
    403: problem('Cross-site request'),
  },
});

export const unsubscribeRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(openLink, (c) => {
      c.header('cache-control', 'no-store');
      return c.redirect(`${UNSUBSCRIBE_PAGE.fr}?${new URLSearchParams({ token: c.req.valid('query').token })}`, 303);
    })
    .openapi(confirm, async (c) => {
      const { slugs } = await unsubscribeByTokens(deps, c.req.valid('json'));
      c.header('cache-control', 'no-store');
      return c.json({ slugs }, 200);
    });
