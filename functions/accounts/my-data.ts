import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { WorkHandler } from '../platform/feature.ts';
import {
  CONTRIBUTION_CHOICES,
  type ContributionChoice,
  type PersonalDataPart,
} from '../platform/personal-data-part.ts';
import { recordWorkRequest, startRecordedWork } from '../platform/request-work.ts';
import type { UserRecord } from './schema.ts';
import { toProfile } from './schema.ts';
import { endAllSessions } from './sessions.ts';
import { deleteUser, getUser, listSessionsOfUser, updateUser } from './store.ts';

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
 * Asks for a person's erasure: the typed e-mail must match (this cannot be undone). The account
 * stops being usable at once (no sign-in, every session ended) and the work job erases it, in
 * steps (see `accountErasureWork`): a heavy contributor's media, memberships and stops take longer
 * than a request may.
 */
export const requestErasure = async (
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
  // A part may stand in the way (equipment still out or reserved): say what to do first.
  for (const part of options.parts) {
    const refused = await part.refuseErasure?.(deps, user);
    if (refused) throw refused;
  }
  // Recorded first: whatever fails after this, the erasure the person confirmed happens.
  const ref = { kind: ERASURE, id: user.id };
  await recordWorkRequest(deps, ref, { contributions: options.contributions });
  await updateUser(deps, user.id, { status: 'erasing', updatedAt: deps.clock.now().toISOString() });
  await endAllSessions(deps, user.id);
  await startRecordedWork(deps, ref);
};

const ERASURE = 'account-erasure';

/** How many records (media, memberships, stops…) one step of an erasure handles. */
export const ERASURE_BATCH = 25;

const ErasureInputSchema = z.object({ contributions: z.enum(CONTRIBUTION_CHOICES) });
const ErasureProgressSchema = z.object({ partsDone: z.array(z.string()).default([]) });

/**
 * One step of an erasure: a batch of the first feature part not yet done (each applies the
 * person's choice for their published contributions); once every part is done, the sessions end
 * and the account and its address are deleted. The item keeps the parts done; each part finds
 * what remains of it in the table, so a step cut anywhere is simply done again.
 */
export const accountErasureWork: WorkHandler = {
  kind: ERASURE,
  step: async (deps, work, { personalData }) => {
    const user = await getUser(deps, work.id);
    if (!user) return { done: true };
    const { contributions } = ErasureInputSchema.parse(work.input);
    const { partsDone } = ErasureProgressSchema.parse(work.progress);
    const part = personalData.find((p) => !partsDone.includes(p.name));
    if (part) {
      const erased = await part.erase(deps, { user, contributions, limit: ERASURE_BATCH });
      return { done: false, progress: { partsDone: erased === 'done' ? [...partsDone, part.name] : partsDone } };
    }
    // Sessions again: one may have started between the request and the status change landing.
    await endAllSessions(deps, user.id);
    await deleteUser(deps, user);
    return { done: true };
  },
};
