import { randomUUID } from 'node:crypto';
import type { TransactItem } from './store.ts';
import { projectKeys } from './store.ts';

/** What the activity log records, in words the project page translates. */
export type ActivityAction =
  | 'created'
  | 'edited'
  | 'joined'
  | 'requested'
  | 'accepted'
  | 'refused'
  | 'invited'
  | 'role-changed'
  | 'removed'
  | 'left'
  | 'posted'
  | 'media-attached'
  | 'hidden'
  | 'restored'
  | 'featured'
  | 'stewardship-handed-over'
  | 'archived';

/** Transaction item: one line of the project's activity log (who, what, when), written with the change. */
export const activityEntry = (
  tableName: string,
  slug: string,
  entry: { at: string; actorName: string; action: ActivityAction; detail?: string },
): TransactItem => ({
  Put: { TableName: tableName, Item: { ...projectKeys.activity(slug, entry.at, randomUUID()), ...entry } },
});
