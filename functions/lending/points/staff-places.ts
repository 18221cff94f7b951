import type { StaffPlaces } from '../../platform/staff-places.ts';
import { listPoints } from '../store/points.ts';

/** Lending points are the places staff are attached to: an id is known when a point has it (one Query). */
export const lendingStaffPlaces: StaffPlaces = {
  known: async (deps, ids) => {
    if (ids.length === 0) return [];
    const points = new Set((await listPoints(deps)).map((point) => point.id));
    return ids.filter((id) => points.has(id));
  },
};
