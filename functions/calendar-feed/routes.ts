import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import type { CalendarFeedPart } from '../platform/calendar-feed-part.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { createFeed, readMyFeed, revokeFeed } from './manage-feed.ts';
import { readFeed } from './read-feed.ts';
import { CreateFeedSchema, FeedFileParamSchema, FeedViewSchema, NewFeedSchema } from './schema.ts';

const feedRoute = routeDeclarations(['Calendar feed']);

const mine = feedRoute.signedInRead('/', {
  summary: 'Whether I have a calendar feed, since when (never its address)',
  responses: { 200: JSON_RESPONSE(FeedViewSchema, 'My calendar feed') },
});

const create = feedRoute.signedIn('post', '/', {
  summary: 'A new private address for my calendar feed (my loans and workshop sessions); an earlier one stops working',
  request: { body: JSON_BODY(CreateFeedSchema) },
  responses: {
    201: JSON_RESPONSE(NewFeedSchema, 'The feed, with its address (shown this once)'),
    409: problem('The feed was changed at the same moment; try again'),
  },
});

const revoke = feedRoute.signedIn('delete', '/', {
  summary: 'Revoke my calendar feed: its address stops answering',
  responses: { 204: { description: 'Revoked' }, 404: problem('No calendar feed to revoke') },
});

/** `/api/me/calendar-feed`: the signed-in person's feed. */
export const myFeedRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(mine, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(await readMyFeed(deps, viewerOrThrow(c.var.viewer)), 200);
    })
    .openapi(create, async (c) => {
      const feed = await createFeed(deps, viewerOrThrow(c.var.viewer), c.req.valid('json').language);
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(feed, 201);
    })
    .openapi(revoke, async (c) => {
      if (!(await revokeFeed(deps, viewerOrThrow(c.var.viewer).id))) {
        throw new AppError('not-found', 'You have no calendar feed.');
      }
      return c.body(null, 204);
    });

const file = feedRoute.open('get', '/{file}', {
  summary: 'A person’s private calendar feed (`<token>.ics`): their loans and workshop sessions',
  description: 'The address is the secret: no session is needed, so calendar applications can subscribe. Never cached.',
  request: { params: FeedFileParamSchema },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'The feed (RFC 5545)' },
    400: problem('Not an address of a feed'),
    404: problem('No such feed (unknown or revoked)'),
  },
});

/** `/api/calendar/{token}.ics`: what a calendar application reads. */
export const feedRoutes = (deps: AppDeps, parts: readonly CalendarFeedPart[]) =>
  createRouter().openapi(file, async (c) => {
    // Private, whatever happens: a shared cache must never keep a person's feed, nor its 404.
    c.header('cache-control', PRIVATE_NO_STORE);
    const text = await readFeed(deps, parts, c.req.valid('param').file.slice(0, -4));
    return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });
