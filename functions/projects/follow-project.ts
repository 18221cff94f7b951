import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken, randomToken } from '../platform/tokens.ts';
import { projectOrThrow } from './project-access.ts';
import { getItem, isListedPublicly, projectKeys, transact } from './store.ts';

export interface FollowerRecord {
  slug: string;
  userId: string;
  email: string;
  language: 'fr' | 'en';
  /**
   * The one-click unsubscribe token put in every digest. Kept in clear (it can only stop this
   * digest), and looked up by its hash.
   */
  unsubscribeToken: string;
  since: string;
}

/** A signed-in resident follows a public project: its new journal posts come in a daily digest. */
export const followProject = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  const project = await projectOrThrow(deps, slug);
  if (!isListedPublicly(project)) throw new AppError('not-found', `There is no project "${slug}".`);
  const token = randomToken();
  const follower: FollowerRecord = {
    slug,
    userId: viewer.id,
    email: viewer.email,
    language: viewer.language,
    unsubscribeToken: token,
    since: deps.clock.now().toISOString(),
  };
  const done = await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.follower(slug, viewer.id),
          ...projectKeys.ofPerson(viewer.id, 'FOLLOW', slug),
          ...follower,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: deps.tableName,
        Item: { ...projectKeys.unsubscribe(hashToken(token)), slug, userId: viewer.id },
      },
    },
  ]);
  if (!done) throw new AppError('conflict', 'You already follow this project.');
};

const removeFollow = async (deps: AppDeps, slug: string, userId: string) => {
  const follower = await getItem<FollowerRecord>(deps, projectKeys.follower(slug, userId));
  if (!follower) return false;
  await transact(deps, [
    { Delete: { TableName: deps.tableName, Key: projectKeys.follower(slug, userId) } },
    { Delete: { TableName: deps.tableName, Key: projectKeys.unsubscribe(hashToken(follower.unsubscribeToken)) } },
  ]);
  return true;
};

export const unfollowProject = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  if (!(await removeFollow(deps, slug, viewer.id))) throw new AppError('not-found', 'You do not follow this project.');
};

/** One-click unsubscribe from a digest link: no sign-in needed, the token is the proof. */
export const unsubscribeByToken = async (deps: AppDeps, { token }: { token: string }) => {
  const link = await getItem<{ slug: string; userId: string }>(deps, projectKeys.unsubscribe(hashToken(token)));
  if (!link) return { slug: undefined };
  await removeFollow(deps, link.slug, link.userId);
  return { slug: link.slug };
};
