import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import { transact } from '../../platform/transact.ts';
import { moduleSortKeys, trainingKeys } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** A person named instructor of a module by an admin. */
export interface InstructorRecord {
  moduleId: string;
  userId: string;
  namedBy: string;
  namedAt: string;
}

/** An admin's act on a module's instructors, kept in the module's collection (who named or removed whom). */
export interface InstructorLogEntry {
  moduleId: string;
  userId: string;
  act: 'named' | 'removed';
  by: string;
  at: string;
}

const logItem = ({ tableName }: Db, entry: InstructorLogEntry) => ({
  Put: {
    TableName: tableName,
    Item: { ...trainingKeys.instructorLog(entry.moduleId, entry.at, randomUUID()), ...entry },
  },
});

/** Names an instructor (with the log line), unless they already are one: false then. */
export const nameInstructor = (deps: Db, record: InstructorRecord): Promise<boolean> =>
  transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...trainingKeys.instructor(record.moduleId, record.userId),
          ...trainingKeys.teaches(record.userId, record.moduleId),
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    logItem(deps, {
      moduleId: record.moduleId,
      userId: record.userId,
      act: 'named',
      by: record.namedBy,
      at: record.namedAt,
    }),
  ]);

/** Removes an instructor (with the log line); false when they were not one. */
export const removeInstructor = (deps: Db, entry: Omit<InstructorLogEntry, 'act'>): Promise<boolean> =>
  transact(deps, [
    {
      Delete: {
        TableName: deps.tableName,
        Key: trainingKeys.instructor(entry.moduleId, entry.userId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    logItem(deps, { ...entry, act: 'removed' }),
  ]);

/** Whether a person is an instructor of a module (strongly consistent). */
export const isInstructor = async ({ db, tableName }: Db, moduleId: string, userId: string): Promise<boolean> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: trainingKeys.instructor(moduleId, userId), ...CONSISTENT_READ }),
  );
  return Boolean(Item);
};

/** A module's instructors and the log of who named or removed them, oldest first: one Query. */
export const getModuleStaff = async (
  deps: Db,
  moduleId: string,
): Promise<{ instructors: InstructorRecord[]; log: InstructorLogEntry[] }> => {
  // The module's collection holds its instructors and its log, told apart by their sort key.
  const items = await queryAll<Keyed<InstructorRecord> | Keyed<InstructorLogEntry>>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': trainingKeys.moduleCollection(moduleId) },
    ...CONSISTENT_READ,
  });
  return {
    instructors: items
      .filter((item): item is Keyed<InstructorRecord> => item.sk.startsWith(moduleSortKeys.instructors))
      .map(withoutKeys),
    log: items
      .filter((item): item is Keyed<InstructorLogEntry> => item.sk.startsWith(moduleSortKeys.log))
      .map(withoutKeys),
  };
};

/** The modules a person teaches (byOwner; may lag a moment behind a naming). */
export const listModulesTaughtBy = async ({ db, tableName }: Db, userId: string): Promise<InstructorRecord[]> => {
  const { ownerPk, ownerSk } = trainingKeys.teaches(userId, '');
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byOwner',
      KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
      ExpressionAttributeValues: { ':owner': ownerPk, ':prefix': ownerSk },
    }),
  );
  return (result.Items ?? []).map((item) => withoutKeys(item) as InstructorRecord);
};
