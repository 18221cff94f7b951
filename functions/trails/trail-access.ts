import type { Viewer } from '../platform/auth.ts';
import { hasRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { getMember } from '../projects/public.ts';
import type { TrailRecord } from './schema.ts';
import { getStop, getTrail, isPublic } from './store.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName'>;

const noSuchTrail = (id: string) => new AppError('not-found', `There is no trail "${id}".`);

/** The trail, or 404. */
export const trailOrThrow = async (deps: Deps, id: string): Promise<TrailRecord> => {
  const trail = await getTrail(deps, id);
  if (!trail) throw noSuchTrail(id);
  return trail;
};

/** The stop, or 404. */
export const stopOrThrow = async (deps: Deps, trailId: string, stopId: string) => {
  const stop = await getStop(deps, trailId, stopId);
  if (!stop) throw new AppError('not-found', 'There is no such stop on this trail.');
  return stop;
};

/** What the viewer may do on a trail: its project's stewards edit; members and, when open, citizens contribute. */
export const trailRoleOf = async (deps: Deps, trail: TrailRecord, viewer: Viewer | null) => {
  const member = viewer ? await getMember(deps, trail.projectSlug, viewer.id) : undefined;
  const steward = member?.role === 'steward';
  const visible = isPublic(trail) || Boolean(member) || hasRole(viewer, 'admin');
  const contributor =
    Boolean(viewer) && (Boolean(member) || (isPublic(trail) && trail.contributionMode === 'citizens'));
  return { visible, steward, contributor };
};

/** A trail the viewer may see: published ones for anyone; drafts for its project's members and admins. */
export const visibleTrail = async (deps: Deps, id: string, viewer: Viewer | null) => {
  const trail = await trailOrThrow(deps, id);
  const role = await trailRoleOf(deps, trail, viewer);
  if (!role.visible) throw noSuchTrail(id);
  return { trail, role };
};

/** The trail, if the viewer stewards its project; else 403 (404 for a draft they cannot see). */
export const requireTrailSteward = async (deps: Deps, id: string, viewer: Viewer) => {
  const { trail, role } = await visibleTrail(deps, id, viewer);
  if (!role.steward) throw new AppError('forbidden', 'Only the stewards of this trail’s project can do this.');
  return trail;
};

/** The trail, if the viewer may contribute to it (stewards included); else 403. */
export const requireTrailContributor = async (deps: Deps, id: string, viewer: Viewer) => {
  const { trail, role } = await visibleTrail(deps, id, viewer);
  if (!role.contributor)
    throw new AppError(
      'forbidden',
      trail.contributionMode === 'members'
        ? 'Only members of this trail’s project can contribute to it.'
        : 'This trail takes contributions once it is published.',
    );
  return { trail, steward: role.steward };
};
