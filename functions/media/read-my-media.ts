import { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { toOwnMedia } from './media-views.ts';
import { ownedMedia } from './owned-media.ts';
import { OwnMediaSchema } from './schema.ts';
import { getUsage, listMediaOfOwner } from './store.ts';

export const MyMediaPageSchema = pageOf(OwnMediaSchema).extend({
  usage: z.object({ bytes: z.number(), quotaBytes: z.number(), pending: z.number(), maxPending: z.number() }),
});

/** A page of the viewer's media in every state, newest first, with their storage use and limits. */
export const listMyMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'config'>,
  { viewer, cursor, limit }: { viewer: Viewer; cursor?: string; limit: number },
): Promise<Read<z.infer<typeof MyMediaPageSchema>>> => {
  const [page, usage] = await Promise.all([
    listMediaOfOwner(deps, viewer.id, { limit, startKey: decodeCursor(cursor) }),
    getUsage(deps, viewer.id),
  ]);
  return {
    view: {
      items: page.items.map(toOwnMedia),
      nextCursor: encodeCursor(page.lastKey),
      usage: { ...usage, quotaBytes: deps.config.mediaQuotaBytes, maxPending: deps.config.maxPendingUploads },
    },
    cache: 'private',
  };
};

/** One of the viewer's media in whatever state (to follow its processing). */
export const readMyMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  { viewer, mediaId }: { viewer: Viewer; mediaId: string },
): Promise<Read<z.infer<typeof OwnMediaSchema>>> => ({
  view: toOwnMedia(await ownedMedia(deps, viewer, mediaId)),
  cache: 'private',
});
