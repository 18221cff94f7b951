import { z } from '@hono/zod-openapi';
import { getUser } from '../accounts/public.ts';
import type { Read } from '../platform/cache.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { toPublicMedia } from './media-views.ts';
import { PublicMediaSchema } from './schema.ts';
import { listPublishedMediaOfContributor } from './store.ts';

export const ContributorSchema = z
  .object({
    id: z.string(),
    attributionName: z.string(),
    bio: z.string().optional(),
    neighbourhood: z.string().optional(),
    media: z.array(PublicMediaSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('Contributor');

/**
 * A contributor's public page: who they are and a page of their published, credited media. Only
 * for active people who made their page public; anyone else is not found.
 */
export const readContributor = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  { id, cursor, limit }: { id: string; cursor?: string; limit: number },
): Promise<Read<z.infer<typeof ContributorSchema>>> => {
  const user = await getUser(deps, id);
  if (!user?.publicProfile || user.status !== 'active') {
    throw new AppError('not-found', 'This contributor has no public page.');
  }
  const page = await listPublishedMediaOfContributor(deps, id, { limit, startKey: decodeCursor(cursor) });
  return {
    view: {
      id: user.id,
      attributionName: user.attributionName,
      bio: user.bio,
      neighbourhood: user.neighbourhood,
      media: page.items.map(toPublicMedia),
      nextCursor: encodeCursor(page.lastKey),
    },
    cache: 'public',
  };
};
