import { review } from '../moderation/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { deleteMediaForGood } from './delete-media.ts';
import { toOwnMedia } from './media-views.ts';
import { publishedMedia, reportableMedia } from './reportable.ts';

/** Hidden with a reason its uploader reads on their "My media" page. */
export const hideMedia = async (deps: AppDeps, { mediaId, reason }: { mediaId: string; reason: string }) =>
  toOwnMedia(await review(deps, reportableMedia, mediaId, { hide: { reason } }));

/** Removed for good (illegal content, a clear violation), with its reports. */
export const deleteReportedMedia = async (deps: AppDeps, { mediaId }: { mediaId: string }) => {
  const record = await publishedMedia(deps, mediaId);
  if (!record) throw new AppError('not-found', reportableMedia.notFound(mediaId));
  await deleteMediaForGood(deps, record);
};
