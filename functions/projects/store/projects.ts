import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import type { ActivityRecord, AttachmentRecord, MemberRecord, ProjectRecord } from '../schema.ts';
import { logLines } from './activity-log.ts';
import { collectionParts, projectKeys } from './keys.ts';
import { memberItem } from './member-items.ts';
import { type Db, getRecord } from './reads.ts';

export const isListedPublicly = (project: ProjectRecord) => project.visibility === 'public' && !project.hidden;

/** The stored item of a project: the record plus the index keys its state puts it under. */
export const projectItem = (project: ProjectRecord) => ({
  ...withoutKeys(project),
  ...projectKeys.project(project.slug),
  ...(isListedPublicly(project) ? projectKeys.publicListing(project.slug) : {}),
});

export const getProject = (deps: Db, slug: string) => getRecord<ProjectRecord>(deps, projectKeys.project(slug));

/** What the project's public page shows, in parts. */
export interface ProjectPage {
  project: ProjectRecord;
  members: MemberRecord[];
  library: AttachmentRecord[];
}

/**
 * The project's public page in one Query: the project, its members and its media library
 * (all `P#` items of the collection). Undefined when there is no such project.
 */
export const getProjectPage = async (deps: Db, slug: string): Promise<ProjectPage | undefined> => {
  const items = await queryAll<{ sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
    ExpressionAttributeValues: { ':pk': projectKeys.collection(slug), ':p': collectionParts.page },
    ...CONSISTENT_READ,
  });
  const partOf = <T>(prefix: string) =>
    items.filter((item) => item.sk.startsWith(prefix)).map((item) => withoutKeys(item) as T);
  const [project] = partOf<ProjectRecord>(collectionParts.project);
  if (!project) return undefined;
  return {
    project,
    members: partOf<MemberRecord>(collectionParts.members),
    library: partOf<AttachmentRecord>(collectionParts.library),
  };
};

/**
 * A new project, its first steward and the log line, at once; false when the slug is taken
 * (the project item is written only where none exists).
 */
export const insertProject = (
  deps: Db,
  { project, steward, log }: { project: ProjectRecord; steward: MemberRecord; log: ActivityRecord },
) =>
  transact(deps, [
    { Put: { TableName: deps.tableName, Item: projectItem(project), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: deps.tableName, Item: memberItem(steward) } },
    ...logLines(deps.tableName, project.slug, log),
  ]);

/**
 * Transaction item: a whole project saved over the revision that was read — its counters may
 * have moved meanwhile (a member joined), and a save must not undo that.
 */
export const saveProjectOver = (tableName: string, before: ProjectRecord, after: ProjectRecord): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: projectItem({ ...after, revision: before.revision + 1 }),
    ConditionExpression: 'revision = :seen',
    ExpressionAttributeValues: { ':seen': before.revision },
  },
});

/** Saves a project over the revision that was read, with the log line of the change; false when it changed meanwhile. */
export const saveProject = (deps: Db, before: ProjectRecord, after: ProjectRecord, log?: ActivityRecord) =>
  transact(deps, [saveProjectOver(deps.tableName, before, after), ...logLines(deps.tableName, after.slug, log)]);

// Moderation (functions/moderation/ keeps the reports and the queue entry; the count is ours).

/**
 * Transaction item: one more open report on a project. It moves the revision too, so that a
 * save over the revision that was read never drops a report counted meanwhile.
 */
export const countProjectReport = (tableName: string, slug: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: projectKeys.project(slug),
    UpdateExpression: 'ADD openFlags :one, revision :one',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':one': 1 },
  },
});
