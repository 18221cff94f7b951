import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { z } from '@hono/zod-openapi';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import type { Viewer } from '../platform/auth.ts';
import { hasRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { updateFields } from '../platform/update-fields.ts';
import { policyProblems } from './licence-policy.ts';
import type { TrailRecord, TrailUpdateSchema } from './schema.ts';
import { getTrailPage, refreshTrailSummary, trailKeys } from './store.ts';
import { requireTrailSteward, trailOrThrow } from './trail-access.ts';
import { trailCover } from './trail-cover.ts';

/**
 * Stewards edit a trail's fields, its drawn route and its licence policy (which must still
 * cover every medium on the trail); admins feature it on the home page. Only the named fields
 * are written, so a concurrent stop change is never overwritten.
 */
export const updateTrail = async (
  deps: AppDeps,
  { viewer, trailId, changes }: { viewer: Viewer; trailId: string; changes: z.infer<typeof TrailUpdateSchema> },
): Promise<void> => {
  const { featured, route, coverMediaId, licencePolicy, description, ...plain } = changes;
  if (featured !== undefined && !hasRole(viewer, 'admin'))
    throw new AppError('forbidden', 'Only admins choose the featured trails.');
  // Admins may feature a trail they do not steward; every other change (an empty one too) is the stewards'.
  const onlyFeatured =
    featured !== undefined &&
    Object.values({ ...plain, route, coverMediaId, licencePolicy, description }).every((value) => value === undefined);
  if (onlyFeatured) await trailOrThrow(deps, trailId);
  else await requireTrailSteward(deps, trailId, viewer);

  if (licencePolicy) {
    const page = await getTrailPage(deps, trailId);
    const problems = policyProblems(
      licencePolicy,
      (page?.media ?? []).map(({ card }) => card),
    );
    if (problems.length > 0)
      throw new AppError(
        'conflict',
        `The new policy leaves out media already on the trail: ${problems.map((p) => p.message).join(' ')}`,
        {
          extensions: { problems },
        },
      );
  }
  const set: Partial<TrailRecord> = {
    ...plain,
    ...(licencePolicy ? { licencePolicy } : {}),
    ...(featured !== undefined ? { featured } : {}),
    ...(description !== undefined ? { description, descriptionHtml: renderMarkdown(description) } : {}),
    ...(coverMediaId ? await trailCover(deps, viewer, coverMediaId) : {}),
    ...(route ? { drawnRoute: route } : {}),
    updatedAt: deps.clock.now().toISOString(),
  };
  const remove = [
    ...(coverMediaId === null ? ['coverMediaId', 'coverUrl'] : []),
    ...(route === null ? ['drawnRoute'] : []),
  ];
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(trailId),
        ConditionExpression: 'attribute_exists(pk)',
        ...updateFields(set, remove),
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException')
        throw new AppError('not-found', `There is no trail "${trailId}".`);
      throw error;
    });
  if (route !== undefined) await refreshTrailSummary(deps, trailId);
};
