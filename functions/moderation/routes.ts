import { z } from '@hono/zod-openapi';
import { OwnMediaSchema } from '../media/public.ts';
import { requireRole } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import type { Reportable } from '../platform/reportable.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter } from '../platform/router.ts';
import { moderationQueue } from './queue.ts';

const FlagsSchema = z.array(z.object({ reason: z.string(), createdAt: z.string() }));

const QueueItemSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('media'),
      media: OwnMediaSchema,
      flags: FlagsSchema,
      uploader: z.object({
        id: z.string(),
        attributionName: z.string(),
        mediaCount: z.number(),
        hiddenCount: z.number(),
        rejectedCount: z.number(),
      }),
    }),
    z.object({
      kind: z.literal('project'),
      project: z.object({
        slug: z.string(),
        title: z.string(),
        summary: z.string(),
        hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
        openFlags: z.number(),
      }),
      flags: FlagsSchema,
    }),
    z.object({
      kind: z.literal('trail'),
      trail: z.object({
        id: z.string(),
        title: z.string(),
        projectSlug: z.string(),
        hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
        openFlags: z.number(),
      }),
      flags: FlagsSchema,
    }),
  ])
  .openapi('ModerationItem');

const queue = routeDeclarations(['Moderation'], requireRole('staff', 'admin')).signedIn('get', '/queue', {
  summary:
    'Reported media, projects and trails, oldest report first, with reasons (and for media the uploader’s history)',
  request: { query: PageQuerySchema },
  responses: {
    200: JSON_RESPONSE(z.object({ items: z.array(QueueItemSchema), nextCursor: z.string().nullable() }), 'The queue'),
  },
});

/** An entry as the queue documents it (checked, sent as the adapter built it). */
const isQueueItem = (entry: unknown): entry is z.infer<typeof QueueItemSchema> =>
  QueueItemSchema.safeParse(entry).success;

/**
 * The queue over every reportable kind the features contribute (their feature.ts). The platform's
 * contract cannot name this queue's entry type, so the entries are checked against the schema the
 * route documents: an adapter describing its items otherwise fails loudly here, not in the browser.
 */
export const moderationQueueRoutes = (deps: AppDeps, kinds: readonly Reportable[]) =>
  createRouter().openapi(queue, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const { items, lastKey } = await moderationQueue(deps, kinds, { limit, startKey: decodeCursor(cursor) });
    if (!items.every(isQueueItem)) throw new Error('A reportable kind described a queue entry its schema refuses.');
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json({ items, nextCursor: encodeCursor(lastKey) }, 200);
  });
