import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';
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
  const set: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    ...listing,
  };
  const remove = [
    ...Object.entries(changes)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name),
    ...(listing ? [] : ['kindPk', 'kindSk']),
  ];
  const names = [...Object.keys(set), ...remove];
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(trailId),
        UpdateExpression: [
          Object.keys(set).length > 0
            ? `SET ${Object.keys(set)
                .map((name) => `#${name} = :${name}`)
                .join(', ')}`
            : '',
          remove.length > 0 ? `REMOVE ${remove.map((name) => `#${name}`).join(', ')}` : '',
        ].join(' '),
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
        ...(Object.keys(set).length > 0
          ? { ExpressionAttributeValues: Object.fromEntries(Object.entries(set).map(([n, v]) => [`:${n}`, v])) }
          : {}),
      }),
    )
    .catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
  return next;
};
