import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './deps.ts';

/**
 * Every item of a Query, page after page. For bounded sets only (one person's items, one
 * project's members), never for a public listing: those are paginated for the client.
 */
export const queryAll = async <T = Record<string, unknown>>(
  { db }: Pick<AppDeps, 'db'>,
  input: QueryCommandInput,
): Promise<T[]> => {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    items.push(...((page.Items ?? []) as T[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};
