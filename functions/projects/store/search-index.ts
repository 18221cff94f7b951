import { gunzipSync, gzipSync } from 'node:zlib';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from '../../platform/conditional.ts';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { ProjectSummary } from '../schema.ts';
import { projectKeys } from './keys.ts';
import type { Db } from './reads.ts';

// The compact search index: every public project's summary in one gzipped item.

export interface SearchIndex {
  version: number;
  entries: Record<string, ProjectSummary>;
}

interface SearchIndexItem {
  version: number;
  data: Uint8Array;
}

export const readSearchIndex = async ({ db, tableName }: Db): Promise<SearchIndex> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: projectKeys.searchIndex(), ...CONSISTENT_READ }),
  );
  if (!Item) return { version: 0, entries: {} };
  const { version, data } = Item as SearchIndexItem;
  return { version, entries: JSON.parse(gunzipSync(data).toString('utf8')) };
};

/** Saves the index if nobody saved another version meanwhile; false otherwise (re-read, retry). */
export const writeSearchIndex = ({ db, tableName }: Db, index: SearchIndex): Promise<boolean> =>
  writeIf(
    db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...projectKeys.searchIndex(),
          version: index.version + 1,
          data: gzipSync(JSON.stringify(index.entries)),
        } satisfies SearchIndexItem & { pk: string; sk: string },
        ConditionExpression: 'attribute_not_exists(pk) OR version = :version',
        ExpressionAttributeValues: { ':version': index.version },
      }),
    ),
  );
