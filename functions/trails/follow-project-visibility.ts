import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';
import type { TrailRecord } from './schema.ts';
import { getTrail, listTrailsOfProject, trailKeys } from './store.ts';

/** The update that hides a trail with its project, or brings it back as it was. */
const visibilityUpdate = (trail: TrailRecord, hidden: boolean): Partial<UpdateCommandInput> => {
  if (hidden)
    return {
      UpdateExpression: 'SET projectHidden = :hidden REMOVE kindPk, kindSk',
      ExpressionAttributeValues: { ':hidden': true },
    };
  if (trail.status !== 'published' || !trail.publishedAt) return { UpdateExpression: 'REMOVE projectHidden' };
  const { kindPk, kindSk } = trailKeys.publishedListing(trail.publishedAt, trail.id);
  return {
    UpdateExpression: 'REMOVE projectHidden SET kindPk = :kindPk, kindSk = :kindSk',
    ExpressionAttributeValues: { ':kindPk': kindPk, ':kindSk': kindSk },
  };
};

/**
 * A project's trails follow it when the city hides it (moderation) or restores it: off the
 * lists, the public page and the exports while hidden, back as they were after. Only the
 * visibility fields are written, so a concurrent change to the stops is never overwritten.
 */
export const followProjectVisibility = async (deps: AppDeps, { slug, hidden }: { slug: string; hidden: boolean }) => {
  for (const { id } of await listTrailsOfProject(deps, slug)) {
    const trail = await getTrail(deps, id);
    if (!trail) continue;
    await deps.db
      .send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: trailKeys.trail(id),
          ConditionExpression: 'attribute_exists(pk)',
          ...visibilityUpdate(trail, hidden),
        } as UpdateCommandInput),
      )
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }
};
