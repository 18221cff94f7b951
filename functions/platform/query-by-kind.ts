import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PageKey } from './cursor.ts';
import type { AppDeps } from './deps.ts';

/**
 * One Query on the byKind index: a page of one listing (kindPk), in kindSk order, newest first
 * by default, reading only the named fields. Feature stores name the listing; this runs it.
 */
export const queryByKind = async <T>(
  { db, tableName }: Pick<AppDeps, 'db' | 'tableName'>,
  options: { kindPk: string; fields: string[]; limit: number; startKey?: PageKey; oldestFirst?: boolean },
): Promise<{ items: T[]; lastKey?: PageKey }> => {
  const names = Object.fromEntries(options.fields.map((field) => [`#${field}`, field]));
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': options.kindPk },
      // Every field goes through a name placeholder: some (status, area) are reserved words.
      ExpressionAttributeNames: names,
      ProjectionExpression: Object.keys(names).join(', '),
      ScanIndexForward: Boolean(options.oldestFirst),
      Limit: options.limit,
      ExclusiveStartKey: options.startKey,
    }),
  );
  return { items: (result.Items ?? []) as T[], lastKey: result.LastEvaluatedKey as PageKey | undefined };
};
