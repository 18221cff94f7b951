import type { MediaRecord } from '../media/public.ts';
import { getMedia } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';

/** A ready medium the viewer uploaded: what a member may attach, post or use as a cover. */
export const ownReadyMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  viewer: Viewer,
  mediaId: string,
): Promise<MediaRecord> => {
  const media = await getMedia(deps, mediaId);
  if (!media || media.ownerId !== viewer.id) {
    throw new AppError('validation', 'You can only use media you uploaded.', {
      extensions: { errors: [{ in: 'body', path: 'mediaId', message: 'Not one of your media' }] },
    });
  }
  if (media.status !== 'ready') throw new AppError('conflict', 'This medium is not published yet (or not any more).');
  return media;
};
