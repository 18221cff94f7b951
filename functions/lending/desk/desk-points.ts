import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { managesPoint } from '../catalogue/catalogue-access.ts';
import { listPoints } from '../store/points.ts';

/** The desks the viewer works at: the points they staff (every point for an admin), by name. */
export const listDeskPoints = async (deps: Pick<AppDeps, 'db' | 'tableName'>, viewer: Viewer) => {
  const points = await listPoints(deps);
  return {
    points: points
      .filter((point) => managesPoint(viewer, point.id))
      .map((point) => ({ id: point.id, name: point.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
};
