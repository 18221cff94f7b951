import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { randomToken } from '../platform/tokens.ts';
import { projectOrThrow } from './project-access.ts';
import { addFollower, findUnsubscribeLink, getFollower, isListedPublicly, removeFollower } from './store.ts';

/** A signed-in resident follows a public project: its new journal posts come in a daily digest. */
export const followProject = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  const project = await projectOrThrow(deps, slug);
  if (!isListedPublicly(project)) throw new AppError('not-found', `There is no project "${slug}".`);
  const followed = await addFollower(deps, {
    slug,
    userId: viewer.id,
    email: viewer.email,
    language: viewer.language,
    unsubscribeToken: randomToken(),
    since: deps.clock.now().toISOString(),
  });
  if (!followed) throw new AppError('conflict', 'You already follow this project.');
};

const removeFollow = async (deps: AppDeps, slug: string, userId: string) => {
  const follower = await getFollower(deps, slug, userId);
  if (!follower) return false;
  await removeFollower(deps, follower);
  return true;
};

export const unfollowProject = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  if (!(await removeFollow(deps, slug, viewer.id))) throw new AppError('not-found', 'You do not follow this project.');
};

/**
 * Unsubscribe from a digest's links, once the person confirmed on the portal's page (a GET of the
 * link unsubscribes nothing: mail scanners follow links). No sign-in needed, the tokens are the
 * proof. Answers the projects whose digest stopped; a used or unknown token is skipped.
 */
export const unsubscribeByTokens = async (deps: AppDeps, { tokens }: { tokens: readonly string[] }) => {
  const slugs: string[] = [];
  for (const token of new Set(tokens)) {
    const link = await findUnsubscribeLink(deps, token);
    if (link && (await removeFollow(deps, link.slug, link.userId))) slugs.push(link.slug);
  }
  return { slugs };
};
