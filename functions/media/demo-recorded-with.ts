import type { LoanProvenance } from '../lending/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { mediumShownChanged } from './public-paths.ts';
import { getMedia, replaceMedia } from './store.ts';

/**
 * The demo city's recordings "recorded with" a kit: lending's demo gives the copy of the kit after
 * the media are published (media are seeded before lending). A citizen's medium gets it at upload
 * instead, from the loan lending checked. False when the medium is not published.
 */
export const recordDemoProvenance = async (
  deps: AppDeps,
  mediaId: string,
  recordedWith: LoanProvenance,
): Promise<boolean> => {
  const record = await getMedia(deps, mediaId);
  if (record?.status !== 'ready') return false;
  const next = { ...record, recordedWith, updatedAt: deps.clock.now().toISOString() };
  const done = await replaceMedia(deps, next, ['ready']);
  await mediumShownChanged(deps, next);
  return Boolean(done);
};
