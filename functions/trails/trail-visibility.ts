import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';
import { updateFields } from '../platform/update-fields.ts';
import type { TrailRecord } from './schema.ts';
import { getTrail, isPublic, trailKeys } from './store.ts';

type VisibilityFields = Pick<TrailRecord, 'projectHidden' | 'hidden' | 'openFlags'>;

/**
 * Changes what decides whether residents see a trail (its own moderation, its project's) and
 * puts it on or takes it off the public listing to match. Only these fields are written, so a
 * concurrent change to the stops is never overwritten; `undefined` removes a field.
 */
export const updateTrailVisibility = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  trailId: string,
  changes: Partial<VisibilityFields>,
) => {
  const trail = await getTrail(deps, trailId);
  if (!trail) return undefined;
  const next: TrailRecord = { ...trail, ...changes };
  const listing =
    isPublic(next) && next.publishedAt ? trailKeys.publishedListing(next.publishedAt, trailId) : undefined;
  // Off the listing unless public: removing kindPk/kindSk takes it out of the byKind index.
  const set: Record<string, unknown> = { ...changes, ...(listing ?? { kindPk: undefined, kindSk: undefined }) };
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(trailId),
        ConditionExpression: 'attribute_exists(pk)',
        ...updateFields(set),
      }),
    )
    .catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
  return next;
};
