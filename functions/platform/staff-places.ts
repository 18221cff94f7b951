import type { AppDeps } from './deps.ts';

export type { StaffPlaces } from './deps.ts';

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
