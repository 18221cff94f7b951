import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { existingSession } from './sessions-manage.ts';
import type { RegistrationRecord } from './sessions-schema.ts';
import { firstWaiting, getRegistration, joinWaitlistItems, registerItems } from './store/registrations.ts';
import { getSession } from './store/sessions.ts';
import { sendWorkshopNotice } from './workshop-mails.ts';

/** How many times a registration that found the session changed under it (a seat freed, filled) tries again. */
const ATTEMPTS = 5;

/**
 * Why a registration was refused, read after the refusal; undefined when nothing refuses it any
 * more (a seat was freed meanwhile, the list emptied): the caller tries again.
 */
const refusal = async (deps: AppDeps, sessionId: string, viewer: Viewer, waitlist: boolean, now: string) => {
  const [session, mine] = await Promise.all([getSession(deps, sessionId), getRegistration(deps, sessionId, viewer.id)]);
  if (mine) {
    return new AppError('conflict', 'You are already registered for this session.', {
      extensions: { registration: mine.status },
    });
  }
  if (!session) return new AppError('not-found', 'There is no such workshop session.');
  if (session.status !== 'open') return new AppError('conflict', 'This session was cancelled.');
  if (session.deadline <= now) return new AppError('conflict', 'Registrations for this session are closed.');
  if (session.taken >= session.seats && !waitlist) {
    return new AppError('conflict', 'This session is full; you may join its waiting list.', {
      extensions: { full: true, waitlist: true },
    });
  }
  return undefined;
};

/**
 * A signed-in person registers for a session. The seat is decided by the write alone (one
 * transaction: the counter, conditioned on a free seat, an open session and its deadline, with
 * their one registration); nothing read before decides it. When the session is full they may
 * join the waiting list instead (`waitlist`). Registering twice is a 409.
 */
export const registerForSession = async (
  deps: AppDeps,
  options: { viewer: Viewer; sessionId: string; waitlist: boolean },
) => {
  const { viewer } = options;
  // Only what never changes is read first: the start and the module, for the person's list.
  const { startsAt, moduleId } = await existingSession(deps, options.sessionId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = deps.clock.now().toISOString();
    const registration: RegistrationRecord = {
      sessionId: options.sessionId,
      userId: viewer.id,
      moduleId,
      startsAt,
      email: viewer.email,
      displayName: viewer.displayName,
      language: viewer.language,
      status: 'registered',
      registeredAt: now,
    };
    if (await transact(deps, registerItems(deps, registration, now))) {
      await notify(deps, 'registered', registration);
      return { sessionId: options.sessionId, status: 'registered' as const, registeredAt: now };
    }
    if (options.waitlist) {
      const waiting = { ...registration, status: 'waiting' as const, waitingSince: now };
      if (await transact(deps, joinWaitlistItems(deps, waiting, now))) {
        await notify(deps, 'waiting', waiting);
        return {
          sessionId: options.sessionId,
          status: 'waiting' as const,
          registeredAt: now,
          position: await waitingPosition(deps, options.sessionId, viewer.id),
        };
      }
    }
    const refused = await refusal(deps, options.sessionId, viewer, options.waitlist, now);
    if (refused) throw refused;
  }
  throw new AppError('conflict', 'The session is busy; try again in a moment.');
};

/** Place on a session's waiting list, 1 for the head (undefined when not on it). */
export const waitingPosition = async (deps: AppDeps, sessionId: string, userId: string) => {
  const index = (await firstWaiting(deps, sessionId, 500)).findIndex((entry) => entry.userId === userId);
  return index >= 0 ? index + 1 : undefined;
};

const notify = async (deps: AppDeps, notice: 'registered' | 'waiting', registration: RegistrationRecord) => {
  const session = await getSession(deps, registration.sessionId);
  if (session) await sendWorkshopNotice(deps, notice, session, registration);
};
