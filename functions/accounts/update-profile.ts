import type { z } from '@hono/zod-openapi';
import { mediaPaths } from '../media/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';
import type { ProfileUpdateSchema, UserRecord } from './schema.ts';
import { updateUser } from './store.ts';

/**
 * Saves what a citizen changed about themselves. Empty bio or neighbourhood removes them
 * (collect little). The attribution name is what Creative Commons credits will carry.
 */
export const updateProfile = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'edgeCache'>,
  { userId, changes }: { userId: string; changes: z.infer<typeof ProfileUpdateSchema> },
): Promise<UserRecord> => {
  const user = await updateUser(deps, userId, {
    ...changes,
    ...('bio' in changes ? { bio: changes.bio || undefined } : {}),
    ...('neighbourhood' in changes ? { neighbourhood: changes.neighbourhood || undefined } : {}),
    updatedAt: deps.clock.now().toISOString(),
  });
  // Their public page shows the name, the bio and the neighbourhood, or is gone if made private.
  await invalidatePublicPaths(deps, mediaPaths.contributor(userId));
  return user;
};
