import { mediaPaths } from '../media/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';
import { AppError } from '../platform/errors.ts';
import { unknownStaffPlaces } from '../platform/staff-places.ts';
import type { UserRecord } from './schema.ts';
import { endAllSessions } from './sessions.ts';
import { getUser, updateUser } from './store.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'edgeCache' | 'hooks'>;

const existingUser = async (deps: Deps, userId: string) => {
  const user = await getUser(deps, userId);
  if (!user) throw new AppError('not-found', 'There is no such user.');
  // Its erasure is under way: reinstating or changing it would let it be used again meanwhile.
  if (user.status === 'erasing') throw new AppError('conflict', 'This account is being erased.');
  return user;
};

/**
 * Refuses staff roles naming places the city does not have (a typo would make a staff member of
 * nowhere): 400 naming them, for the field `staffOf`.
 */
export const assertStaffPlacesExist = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'hooks'>,
  staffOf: readonly string[],
): Promise<void> => {
  const unknown = await unknownStaffPlaces(deps, staffOf);
  if (unknown.length === 0) return;
  const message = `No such lending point: ${unknown.join(', ')}`;
  throw new AppError('validation', `${message}.`, {
    extensions: { unknownPlaces: unknown, errors: [{ in: 'body', path: 'staffOf', message }] },
  });
};

/**
 * Grants or revokes admin and staff roles; staff roles name real lending points. An admin cannot take their own admin role away, so
 * the city never locks itself out by mistake.
 */
export const setUserRoles = async (
  deps: Deps,
  { actorId, userId, admin, staffOf }: { actorId: string; userId: string; admin: boolean; staffOf: string[] },
): Promise<UserRecord> => {
  await existingUser(deps, userId);
  if (actorId === userId && !admin) {
    throw new AppError('conflict', 'You cannot remove your own admin role; ask another admin.');
  }
  await assertStaffPlacesExist(deps, [...new Set(staffOf)]);
  return updateUser(deps, userId, { admin, staffOf: [...new Set(staffOf)], updatedAt: deps.clock.now().toISOString() });
};

/** Suspends a user: they cannot sign in and every session they have ends now. */
export const suspendUser = async (
  deps: Deps,
  { actorId, userId, reason }: { actorId: string; userId: string; reason: string },
): Promise<UserRecord> => {
  await existingUser(deps, userId);
  if (actorId === userId) throw new AppError('conflict', 'You cannot suspend your own account.');
  const user = await updateUser(deps, userId, {
    status: 'suspended',
    suspendedReason: reason,
    updatedAt: deps.clock.now().toISOString(),
  });
  await endAllSessions(deps, userId);
  // Their public page is no longer shown.
  await invalidatePublicPaths(deps, mediaPaths.contributor(userId));
  return user;
};

export const reinstateUser = async (deps: Deps, { userId }: { userId: string }): Promise<UserRecord> => {
  await existingUser(deps, userId);
  const user = await updateUser(deps, userId, {
    status: 'active',
    suspendedReason: undefined,
    updatedAt: deps.clock.now().toISOString(),
  });
  await invalidatePublicPaths(deps, mediaPaths.contributor(userId));
  return user;
};
