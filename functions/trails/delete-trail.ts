import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { queryAll } from '../platform/query-all.ts';
import { trailKeys, transact } from './store.ts';
import { requireTrailSteward } from './trail-access.ts';

/** Every item of a trail's collection, by key. */
export const trailCollectionKeys = (deps: Pick<AppDeps, 'db' | 'tableName'>, trailId: string) =>
  queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(trailId) },
    ProjectionExpression: 'pk, sk',
  });

/** Deletes a trail with its stops and proposals; the media stay their contributors'. */
export const deleteTrail = async (deps: AppDeps, { viewer, trailId }: { viewer: Viewer; trailId: string }) => {
  await requireTrailSteward(deps, trailId, viewer);
  const keys = await trailCollectionKeys(deps, trailId);
  // The trail item goes last, so an interrupted delete can be retried by its stewards.
  const ordered = [...keys.filter((key) => key.sk !== 'T#TRAIL'), ...keys.filter((key) => key.sk === 'T#TRAIL')];
  for (let i = 0; i < ordered.length; i += 100)
    await transact(
      deps,
      ordered.slice(i, i + 100).map((Key) => ({ Delete: { TableName: deps.tableName, Key } })),
    );
};
