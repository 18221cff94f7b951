import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';
import type { MediaRecord } from './schema.ts';
import { publicUrlOf, publishedKeyPrefix } from './storage-keys.ts';

/**
 * The public reads of `media-routes.ts` (`/api/media`), `contributor-routes.ts`
 * (`/api/contributors`) and the published files (`/media/*`, straight from the bucket), as the
 * edge caches them: the one place that knows which cached answers a change to a medium makes stale.
 */
export const mediaPaths = {
  /** The medium's public record and its files (CloudFront keeps them too). */
  medium: (mediaId: string) => [`/api/media/${mediaId}`, `${publicUrlOf(publishedKeyPrefix(mediaId))}*`],
  /** A contributor's public page, every page of their media. */
  contributor: (userId: string) => [`/api/contributors/${userId}*`],
  /** The media recorded with a model of the city's equipment (its page lists them). */
  madeWith: (modelId: string) => [`/api/media/recorded-with/${modelId}`],
};

/**
 * What residents see of a medium changed: its record, its files, its contributor's page and the
 * list of what its kit made (when it names one).
 */
export const mediumShownChanged = (
  deps: Pick<AppDeps, 'edgeCache'>,
  record: Pick<MediaRecord, 'id' | 'ownerId' | 'recordedWith'>,
) =>
  invalidatePublicPaths(deps, [
    ...mediaPaths.medium(record.id),
    ...mediaPaths.contributor(record.ownerId),
    ...(record.recordedWith ? mediaPaths.madeWith(record.recordedWith.modelId) : []),
  ]);

/** A contributor's public page changed (their name, bio, or whether it is public). */
export const contributorShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, userId: string) =>
  invalidatePublicPaths(deps, mediaPaths.contributor(userId));
