import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mediaUseKeys, mediaUseShownAt } from '../../media/public.ts';
import type { PageKey } from '../../platform/cursor.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import { transact } from '../../platform/transact.ts';
import { projectPaths } from '../public-paths.ts';
import type { ActivityRecord, AttachmentRecord, PostRecord } from '../schema.ts';
import { logLine } from './activity-log.ts';
import { collectionParts, projectKeys, RECENT_POSTS } from './keys.ts';
import { type Db, queryPart } from './reads.ts';

// The journal (posts) and the library (attached media): what members add to a project. Both are
// uses of a medium, kept current by media through the byLookup index.

/** The stored item of a post; `owned`: still listed under its author (not after their erasure). */
const postItem = (post: PostRecord, { owned }: { owned: boolean }) => ({
  ...projectKeys.post(post.slug, post.createdAt, post.id),
  ...(owned ? projectKeys.ofPerson(post.authorId, 'POST', `${post.slug}#${post.id}`) : {}),
  ...projectKeys.recentPost(post.createdAt, post.slug, post.id),
  ...(post.card
    ? {
        ...mediaUseKeys(post.card.id, projectKeys.postUse(post.slug, post.id)),
        ...mediaUseShownAt(projectPaths.page(post.slug)),
      }
    : {}),
  ...post,
});

/** A member's post, logged. */
export const addJournalPost = async (deps: Db, post: PostRecord, log: ActivityRecord) => {
  await transact(deps, [
    { Put: { TableName: deps.tableName, Item: postItem(post, { owned: true }) } },
    logLine(deps.tableName, post.slug, log),
  ]);
};

/** The journal, newest first, one page (one Query). */
export const readJournalPage = (deps: Db, slug: string, page: { limit: number; startKey?: PageKey }) =>
  queryPart<PostRecord>(deps, slug, collectionParts.journal, page);

/** Journal posts created since `since` across projects (byKind), for the digest. */
export const listPostsSince = async (deps: Db, since: string) =>
  (
    await queryAll<PostRecord>(deps, {
      TableName: deps.tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind AND kindSk > :since',
      ExpressionAttributeValues: { ':kind': RECENT_POSTS, ':since': since },
    })
  ).map((post) => withoutKeys(post));

/** Erasure, contributions withdrawn: the post goes. */
export const deletePost = async ({ db, tableName }: Db, post: PostRecord) => {
  await db.send(new DeleteCommand({ TableName: tableName, Key: projectKeys.post(post.slug, post.createdAt, post.id) }));
};

/** Erasure, contributions kept: the post stays, no longer listed under its author, credited or anonymous. */
export const detachPostFromAuthor = async ({ db, tableName }: Db, post: PostRecord, anonymous: boolean) => {
  await db.send(new PutCommand({ TableName: tableName, Item: postItem({ ...post, anonymous }, { owned: false }) }));
};

/** A medium joins the project's library, logged; false when it is there already. */
export const addToLibrary = (deps: Db, slug: string, attachment: AttachmentRecord, log: ActivityRecord) =>
  transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.media(slug, attachment.card.id),
          ...mediaUseKeys(attachment.card.id, projectKeys.libraryUse(slug)),
          ...mediaUseShownAt(projectPaths.page(slug)),
          ...attachment,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    logLine(deps.tableName, slug, log),
  ]);
