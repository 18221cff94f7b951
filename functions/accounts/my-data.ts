import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { ContributionChoice, PersonalDataPart } from '../platform/personal-data-part.ts';
import type { UserRecord } from './schema.ts';
import { toProfile } from './schema.ts';
import { endAllSessions } from './sessions.ts';
import { deleteUser, getUser, listSessionsOfUser } from './store.ts';

const userOrThrow = async (deps: AppDeps, userId: string) => {
  const user = await getUser(deps, userId);
  if (!user) throw new AppError('not-found', 'This account no longer exists.');
  return user;
};

/** Everything stored about a person: the account, its sessions, then each feature's part. */
export const exportMyData = async (
  deps: AppDeps,
  { userId, parts }: { userId: string; parts: readonly PersonalDataPart[] },
) => {
  const user = await userOrThrow(deps, userId);
  const sessions = await listSessionsOfUser(deps, userId);
  const features = Object.fromEntries(
    await Promise.all(parts.map(async (part) => [part.name, await part.export(deps, user)] as const)),
  );
  return {
    exportedAt: deps.clock.now().toISOString(),
    profile: { ...toProfile(user), status: user.status, updatedAt: user.updatedAt },
    sessions: sessions.map(({ createdAt, lastSeenAt, userAgent }) => ({ createdAt, lastSeenAt, userAgent })),
    ...features,
  };
};

/**
 * Erases a person: each feature applies their contribution choice, then sessions end and the
 * account and its address are deleted. The typed e-mail must match: this cannot be undone.
 */
export const eraseMyAccount = async (
  deps: AppDeps,
  options: {
    userId: string;
    confirmEmail: string;
    contributions: ContributionChoice;
    parts: readonly PersonalDataPart[];
  },
): Promise<void> => {
  const user: UserRecord = await userOrThrow(deps, options.userId);
  if (options.confirmEmail !== user.email) {
    throw new AppError('validation', 'The confirmation does not match the e-mail address of this account.', {
      extensions: {
        errors: [{ in: 'body', path: 'confirmEmail', message: 'Type the e-mail address of this account' }],
      },
    });
  }
  for (const part of options.parts) await part.erase(deps, { user, contributions: options.contributions });
  await endAllSessions(deps, user.id);
  await deleteUser(deps, user);
};
