import type { AppDeps } from '../platform/deps.ts';
import { unknownStaffPlaces } from '../platform/staff-places.ts';
import type { UserRecord } from './schema.ts';
import { listUsers, updateUser } from './store.ts';

/**
 * The migration of staff roles written before lending points existed (free-text ids): finds the
 * accounts whose `staffOf` names a place the city does not have, and with `remove` drops those ids
 * (the account keeps its other points; with none left it is no longer staff). Idempotent: a second
 * run finds nothing. Run by an admin (`npm run admin -- stale-staff-points [--remove]`) after
 * creating the real points, so an id can be matched by hand before it is dropped.
 */
export const staleStaffPlaces = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'hooks'>,
  { remove }: { remove: boolean },
): Promise<{ email: string; unknown: string[] }[]> => {
  const found: { user: UserRecord; unknown: string[] }[] = [];
  let startKey: Parameters<typeof listUsers>[1]['startKey'];
  do {
    const page = await listUsers(deps, { limit: 100, startKey });
    for (const user of page.items) {
      if (user.staffOf.length === 0) continue;
      const unknown = await unknownStaffPlaces(deps, user.staffOf);
      if (unknown.length > 0) found.push({ user, unknown });
    }
    startKey = page.lastKey;
  } while (startKey);
  if (remove) {
    for (const { user, unknown } of found)
      await updateUser(deps, user.id, {
        staffOf: user.staffOf.filter((id) => !unknown.includes(id)),
        updatedAt: deps.clock.now().toISOString(),
      });
  }
  return found.map(({ user, unknown }) => ({ email: user.email, unknown }));
};
