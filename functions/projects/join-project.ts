import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { activityEntry } from './activity.ts';
import { projectOrThrow } from './project-access.ts';
import { admitMember, getMember, isListedPublicly, projectKeys, transact } from './store.ts';

/**
 * A citizen joins an open project at once, or asks to join one on request (stewards decide).
 * Returns what happened.
 */
export const joinProject = async (
  deps: AppDeps,
  { viewer, slug, message }: { viewer: Viewer; slug: string; message?: string },
): Promise<{ outcome: 'joined' | 'requested' }> => {
  const project = await projectOrThrow(deps, slug);
  if (!isListedPublicly(project) || project.status === 'archived') {
    throw new AppError('not-found', 'This project is not open to new members.');
  }
  if (await getMember(deps, slug, viewer.id))
    throw new AppError('conflict', 'You are already a member of this project.');
  const now = deps.clock.now().toISOString();
  if (project.joinMode === 'open') {
    const joined = await transact(deps, [
      ...admitMember(deps.tableName, {
        slug,
        userId: viewer.id,
        role: 'member',
        attributionName: viewer.attributionName,
        joinedAt: now,
      }),
      activityEntry(deps.tableName, slug, { at: now, actorName: viewer.attributionName, action: 'joined' }),
    ]);
    if (!joined) throw new AppError('conflict', 'You are already a member of this project.');
    return { outcome: 'joined' };
  }
  const requested = await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.joinRequest(slug, viewer.id),
          ...projectKeys.ofPerson(viewer.id, 'REQUEST', slug),
          slug,
          userId: viewer.id,
          attributionName: viewer.attributionName,
          message,
          createdAt: now,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ]);
  if (!requested) throw new AppError('conflict', 'You have already asked to join; the stewards will answer.');
  return { outcome: 'requested' };
};
