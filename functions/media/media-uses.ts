import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';
import { mediaCard } from './media-views.ts';
import type { MediaRecord } from './schema.ts';
import { deleteMediaUse, listMediaUses, refreshMediaUse } from './store.ts';

/**
 * Other features show media inside their own items (a project's library, a journal post, a
 * trail stop) so their pages stay one read. Each such item is a *use* of the medium, written
 * with `mediaUseItem` (public.ts): it carries the medium's card — what a player and its TASL
 * attribution need. When the medium changes (hidden, restored, credit anonymised) its uses are
 * refreshed; when it is deleted, they go with it. Either way the public pages that show them
 * (recorded on each use) are dropped from the edge.
 */
export const refreshMediaUses = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'edgeCache'>,
  mediaId: string,
  media: MediaRecord | null,
) => {
  const uses = await listMediaUses(deps, mediaId);
  for (const use of uses) {
    if (media) await refreshMediaUse(deps, use, { card: mediaCard(media), hidden: media.status !== 'ready' });
    else await deleteMediaUse(deps, use);
  }
  await invalidatePublicPaths(
    deps,
    uses.flatMap((use) => use.useShownAt ?? []),
  );
};
