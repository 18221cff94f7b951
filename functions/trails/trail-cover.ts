import { mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { ownReadyMedia } from '../projects/public.ts';

/** The cover a steward chose: one of their own published images. */
export const trailCover = async (deps: Pick<AppDeps, 'db' | 'tableName'>, viewer: Viewer, mediaId: string) => {
  const media = await ownReadyMedia(deps, viewer, mediaId);
  if (media.family !== 'image')
    throw new AppError('validation', 'A trail’s cover is an image.', {
      extensions: { errors: [{ in: 'body', path: 'coverMediaId', message: 'Not an image' }] },
    });
  return { coverMediaId: media.id, coverUrl: mediaCard(media).url };
};
