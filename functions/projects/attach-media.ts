import { mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireMember } from './project-access.ts';
import { ownReadyMedia } from './project-media.ts';
import { projectPageChanged } from './public-paths.ts';
import { addToLibrary } from './store.ts';

/** A member adds a medium they uploaded to the project's library (shown with its attribution). */
export const attachMedia = async (
  deps: AppDeps,
  { viewer, slug, mediaId }: { viewer: Viewer; slug: string; mediaId: string },
) => {
  await requireMember(deps, slug, viewer);
  const media = await ownReadyMedia(deps, viewer, mediaId);
  const now = deps.clock.now().toISOString();
  const card = mediaCard(media);
  const attached = await addToLibrary(
    deps,
    slug,
    { card, attachedBy: viewer.id, attachedAt: now, mediaHidden: false },
    { at: now, actorName: viewer.attributionName, action: 'media-attached', detail: media.title },
  );
  if (!attached) throw new AppError('conflict', 'This medium is already in the project’s library.');
  await projectPageChanged(deps, slug);
  return { ...card, attachedAt: now };
};
