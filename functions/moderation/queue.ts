import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describeMediaForQueue } from '../media/moderate-media.ts';
import type { MediaRecord } from '../media/schema.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { describeProjectForQueue } from '../projects/moderate-project.ts';
import { describeTrailForQueue } from '../trails/moderate-trail.ts';

/**
 * One review queue for everything residents can report (media, projects, trails): the byKind
 * `MODERATION` listing, oldest report first. Each feature describes its own items.
 */
export const moderationQueue = async (deps: AppDeps, page: { limit: number; startKey?: PageKey }) => {
  const result = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': 'MODERATION' },
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  const items = await Promise.all(
    (result.Items ?? []).map((item) =>
      String(item.pk).startsWith('MEDIA#')
        ? describeMediaForQueue(deps, item as unknown as MediaRecord)
        : String(item.pk).startsWith('TRAIL#')
          ? describeTrailForQueue(deps, String(item.trailId))
          : describeProjectForQueue(deps, String(item.slug)),
    ),
  );
  return { items: items.filter((item) => item !== undefined), lastKey: result.LastEvaluatedKey as PageKey | undefined };
};
