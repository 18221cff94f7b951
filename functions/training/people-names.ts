import { getUser } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';

/** The display names of the people who acted or hold something, while they have an account (null once erased). */
export const namesOf = async (deps: Pick<AppDeps, 'db' | 'tableName'>, ids: readonly string[]) => {
  const unique = [...new Set(ids)];
  const users = await Promise.all(unique.map((id) => getUser(deps, id)));
  return new Map(unique.map((id, index) => [id, users[index]?.displayName ?? null]));
};
