import { randomUUID } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { checkContributionMedia } from './contribution-media.ts';
import { propose } from './proposals.ts';
import { trailShownChanged } from './public-paths.ts';
import type { StopInputSchema, StopRecord } from './schema.ts';
import { addStop } from './store.ts';
import { requireTrailContributor } from './trail-access.ts';
import { refreshTrailSummary } from './trail-summary.ts';
import { stopMediaRecords } from './write-stop.ts';

/**
 * Adds a stop at the end of a trail. Stewards' stops, and contributors' on publish-first trails,
 * go live at once; on review-first trails a contributor's stop waits as a proposal.
 */
export const contributeStop = async (
  deps: AppDeps,
  { viewer, trailId, input }: { viewer: Viewer; trailId: string; input: z.infer<typeof StopInputSchema> },
): Promise<{ outcome: 'published' | 'proposed'; stopId?: string; proposalId?: string }> => {
  const { trail, steward } = await requireTrailContributor(deps, trailId, viewer);
  const media = await checkContributionMedia(deps, {
    viewer,
    trail,
    mediaIds: input.mediaIds,
    field: (index) => `mediaIds.${index}`,
  });
  if (media.length === 0 && (!steward || trail.status === 'published'))
    throw new AppError(
      'validation',
      steward
        ? 'Every stop of a published trail needs a medium: add one, or unpublish the trail first.'
        : 'A proposed stop needs at least one of your media.',
      { extensions: { errors: [{ in: 'body', path: 'mediaIds', message: 'At least one medium' }] } },
    );
  const now = deps.clock.now().toISOString();
  const { mediaIds, ...fields } = input;
  const stopId = randomUUID();
  if (!steward && trail.moderationMode === 'review-first') {
    const proposalId = await propose(deps, {
      trail,
      viewer,
      at: now,
      contribution: { kind: 'stop', stop: { id: stopId, ...fields }, media },
    });
    return { outcome: 'proposed', proposalId };
  }
  const stop: StopRecord = {
    id: stopId,
    trailId,
    ...fields,
    contributedBy: viewer.id,
    contributorName: viewer.attributionName,
    createdAt: now,
    updatedAt: now,
  };
  const written = await addStop(deps, stop, stopMediaRecords(stop, media, { addedBy: viewer.id, addedAt: now }));
  if (!written) throw new AppError('not-found', `There is no trail "${trailId}".`);
  await refreshTrailSummary(deps, trailId);
  await trailShownChanged(deps, trailId);
  return { outcome: 'published', stopId };
};
