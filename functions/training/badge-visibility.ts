import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { getTraineeSettings, putTraineeSettings } from './store/badges.ts';

/** Whether the person's valid certifications show on their public contributor page. */
export const setCertificationVisibility = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'edgeCache'>,
  { viewer, showOnProfile }: { viewer: Viewer; showOnProfile: boolean },
): Promise<{ showOnProfile: boolean }> => {
  await putTraineeSettings(deps, { userId: viewer.id, showOnProfile, updatedAt: deps.clock.now().toISOString() });
  await holderCertificationsChanged(deps, viewer.id);
  return { showOnProfile };
};

/** The person's own choice (off until they make one). */
export const readCertificationVisibility = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  viewer: Viewer,
): Promise<Read<{ showOnProfile: boolean }>> => ({
  view: { showOnProfile: (await getTraineeSettings(deps, viewer.id))?.showOnProfile ?? false },
  cache: 'private',
});
