import type { z } from '@hono/zod-openapi';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { toPublicMedia } from './media-views.ts';
import type { PublicMediaSchema } from './schema.ts';
import { getMedia } from './store.ts';

/** A published medium as anyone sees it (one read, cached for everyone); any other state is not found. */
export const readMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  id: string,
): Promise<Read<z.infer<typeof PublicMediaSchema>>> => {
  const record = await getMedia(deps, id);
  if (record?.status !== 'ready') throw new AppError('not-found', 'There is no such published medium.');
  return { view: toPublicMedia(record), cache: 'public' };
};
