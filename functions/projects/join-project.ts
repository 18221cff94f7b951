import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { newMember, projectOrThrow, requireNotMember } from './project-access.ts';
import { projectShownChanged } from './public-paths.ts';
import { addJoinRequest, admitMember, isListedPublicly } from './store.ts';

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
  await requireNotMember(deps, slug, viewer);
  const now = deps.clock.now().toISOString();
  if (project.joinMode === 'open') {
    const joined = await admitMember(deps, newMember(viewer, slug, now), {
      at: now,
      actorName: viewer.attributionName,
      action: 'joined',
    });
    if (!joined) throw new AppError('conflict', 'You are already a member of this project.');
    await projectShownChanged(deps, slug);
    return { outcome: 'joined' };
  }
  const requested = await addJoinRequest(deps, {
    slug,
    userId: viewer.id,
    attributionName: viewer.attributionName,
    message,
    createdAt: now,
  });
  if (!requested) throw new AppError('conflict', 'You have already asked to join; the stewards will answer.');
  return { outcome: 'requested' };
};
