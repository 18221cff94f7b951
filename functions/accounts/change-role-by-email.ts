import type { AppDeps } from '../platform/deps.ts';
import { assertStaffPlacesExist } from './manage-user.ts';
import { provisionUser } from './provision-user.ts';
import { rolesOf, type UserRecord } from './schema.ts';
import { updateUser } from './store.ts';

/**
 * Grants or revokes a role for an address (the admin CLI): the account is created if needed, so
 * the city can name its first admin before that person ever signs in. A staff role granted names
 * a real lending point (revoking one that names none is allowed: that is how a stale id goes).
 */
export const changeRoleByEmail = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'hooks'>,
  options: { email: string; role: 'admin' | 'staff'; grant: boolean; lendingPoint?: string },
): Promise<UserRecord> => {
  if (options.role === 'staff' && options.grant && options.lendingPoint)
    await assertStaffPlacesExist(deps, [options.lendingPoint]);
  const { user } = await provisionUser(deps, { email: options.email });
  const updatedAt = deps.clock.now().toISOString();
  if (options.role === 'admin') return updateUser(deps, user.id, { admin: options.grant, updatedAt });
  const point = options.lendingPoint;
  const staffOf = options.grant
    ? [...new Set([...user.staffOf, ...(point ? [point] : [])])]
    : point
      ? user.staffOf.filter((p) => p !== point)
      : [];
  return updateUser(deps, user.id, { staffOf, updatedAt });
};

export const describeRoles = (user: UserRecord) =>
  `${user.email}: ${rolesOf(user).join(', ')}${user.staffOf.length ? ` (lending points: ${user.staffOf.join(', ')})` : ''}`;
