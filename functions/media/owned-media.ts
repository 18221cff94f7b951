import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { MediaRecord } from './schema.ts';
import { getMedia } from './store.ts';

/** A medium the viewer uploaded, or 404 (someone else's media are not revealed) . */
export const ownedMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  viewer: Viewer,
  mediaId: string,
): Promise<MediaRecord> => {
  const record = await getMedia(deps, mediaId);
  if (!record) throw new AppError('not-found', 'There is no such medium.');
  if (record.ownerId !== viewer.id) throw new AppError('forbidden', 'Only its uploader can change this medium.');
  return record;
};
