import type { AppDeps } from './deps.ts';

/**
 * The places staff can be attached to (accounts' `staffOf`): a feature that keeps such places
 * (lending keeps its lending points) says which ids are real. Accounts comes before lending in the
 * feature list and never imports it; it asks through `deps.hooks.staffPlaces` instead.
 */
export interface StaffPlaces {
  /** Of `ids`, the ones this feature knows as a place (the others are left to other features). */
  known(deps: Pick<AppDeps, 'db' | 'tableName'>, ids: readonly string[]): Promise<string[]>;
}

/**
 * The ids no feature knows as a place, in the order given. With no feature keeping places, every
 * id is unknown: a staff role must name something the city has.
 */
export const unknownStaffPlaces = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'hooks'>,
  ids: readonly string[],
): Promise<string[]> => {
  const known = new Set<string>();
  for (const places of deps.hooks.staffPlaces) for (const id of await places.known(deps, ids)) known.add(id);
  return ids.filter((id) => !known.has(id));
};
