import type { AppDeps } from '../platform/deps.ts';
import { mediaCard } from './media-views.ts';
import type { MediaRecord } from './schema.ts';
import { deleteMediaUse, listMediaUses, refreshMediaUse } from './store.ts';

/**
 * Other features show media inside their own items (a project's library, a journal post, a
 * trail stop) so their pages stay one read. Each such item is a *use* of the medium, written
 * with `mediaUseItem` (public.ts): it carries the medium's card — what a player and its TASL
 * attribution need. When the medium changes (hidden, restored, credit anonymised) its uses are
 * refreshed; when it is deleted, they go with it.
 */
export const refreshMediaUses = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  mediaId: string,
  media: MediaRecord | null,
) => {
  for (const use of await listMediaUses(deps, mediaId)) {
    if (media) await refreshMediaUse(deps, use, { card: mediaCard(media), hidden: media.status !== 'ready' });
    else await deleteMediaUse(deps, use);
  }
};
