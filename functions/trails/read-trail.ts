import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { getTrailPage, isPublic } from './store.ts';
import { trailRoleOf } from './trail-access.ts';
import { toTrailDetail } from './trail-views.ts';

type TrailDetail = ReturnType<typeof toTrailDetail>;

/**
 * A trail as its page shows it, in one read: a published one for anyone (cacheable); a draft or
 * hidden one only for its project's members and admins (never cached), else 404.
 */
export const readTrail = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  { trailId, viewer }: { trailId: string; viewer: Viewer | null },
): Promise<Read<TrailDetail>> => {
  const page = await getTrailPage(deps, trailId);
  if (!page) throw new AppError('not-found', `There is no trail "${trailId}".`);
  if (isPublic(page.trail)) return { view: toTrailDetail(page), cache: 'public' };
  const role = await trailRoleOf(deps, page.trail, viewer);
  if (!role.visible) throw new AppError('not-found', `There is no trail "${trailId}".`);
  return { view: toTrailDetail(page), cache: 'private' };
};

/** A published trail for its open-data files (GeoJSON, GPX, credits): residents' only, 404 otherwise. */
export const readPublishedTrail = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  trailId: string,
): Promise<Read<TrailDetail>> => {
  const page = await getTrailPage(deps, trailId);
  if (!page || !isPublic(page.trail)) throw new AppError('not-found', `There is no published trail "${trailId}".`);
  return { view: toTrailDetail(page), cache: 'public' };
};
