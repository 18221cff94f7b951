import { randomUUID } from 'node:crypto';
import type { PageKey } from '../../platform/cursor.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { ActivityRecord } from '../schema.ts';
import { collectionParts, projectKeys } from './keys.ts';
import { type Db, queryPart } from './reads.ts';

/** Transaction item: one line of the project's activity log, written with the change it records. */
export const logLine = (tableName: string, slug: string, line: ActivityRecord): TransactItem => ({
  Put: { TableName: tableName, Item: { ...projectKeys.activity(slug, line.at, randomUUID()), ...line } },
});

/** The log lines of a change, when it has one. */
export const logLines = (tableName: string, slug: string, line: ActivityRecord | undefined): TransactItem[] =>
  line ? [logLine(tableName, slug, line)] : [];

/** A page of the activity log, newest first (one Query). */
export const readActivityPage = (deps: Db, slug: string, page: { limit: number; startKey?: PageKey }) =>
  queryPart<ActivityRecord>(deps, slug, collectionParts.activity, page);
