import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import type { RegistrationRecord } from './sessions-schema.ts';
import {
  firstWaiting,
  getRegistration,
  giveUpItems,
  promoteToFreeSeatItems,
  removeRegistrationItem,
} from './store/registrations.ts';
import { getSession } from './store/sessions.ts';
import { sendWorkshopNotice } from './workshop-mails.ts';

/** How many times a write that lost a race (the head left, someone joined the list) reads again. */
const ATTEMPTS = 10;

/**
 * The first person still waiting for a session, read from the table: the waiting list is an
 * index that may lag a moment, so each candidate is re-read (and the write is conditioned on
 * their still waiting).
 */
const headOfWaitingList = async (deps: AppDeps, sessionId: string): Promise<RegistrationRecord | undefined> => {
  for (const candidate of await firstWaiting(deps, sessionId, 5)) {
    const current = await getRegistration(deps, sessionId, candidate.userId);
    if (current?.status === 'waiting') return current;
  }
  return undefined;
};

/**
 * A person gives up their registration. A seat given up goes, in the same transaction, to the
 * head of the waiting list (who is e-mailed, with the calendar event); when nobody waits, the
 * seat is freed. A write that lost a race (the head left, someone joined the list) reads again
 * and retries, so a seat is never left free beside someone waiting nor given twice.
 * `startedToo` lets the erasure remove a registration of a session that has begun or passed
 * (no seat to hand on then); a person giving one up through the API cannot.
 */
export const giveUpRegistration = async (
  deps: AppDeps,
  options: { sessionId: string; userId: string; startedToo?: boolean },
): Promise<{ gone: boolean; promoted?: string }> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const registration = await getRegistration(deps, options.sessionId, options.userId);
    if (!registration) return { gone: false };
    const session = await getSession(deps, options.sessionId);
    const started = !session || session.startsAt <= deps.clock.now().toISOString();
    if (started && !options.startedToo) {
      throw new AppError('conflict', 'This session has begun: its registrations are kept as they are.');
    }
    if (!session || session.status === 'cancelled' || started) {
      if (await transact(deps, [removeRegistrationItem(deps, registration)])) return { gone: true };
      continue;
    }
    const now = deps.clock.now().toISOString();
    const head = registration.status === 'registered' ? await headOfWaitingList(deps, session.id) : undefined;
    if (await transact(deps, giveUpItems(deps, { registration, head, now }))) {
      if (head) await sendWorkshopNotice(deps, 'promoted', session, head);
      return { gone: true, ...(head ? { promoted: head.userId } : {}) };
    }
  }
  throw new AppError('conflict', 'The session is busy; try again in a moment.');
};

/**
 * Seats that became free (an instructor added some) go to the waiting list in its order, each
 * promoted person e-mailed.
 */
export const promoteToFreeSeats = async (deps: AppDeps, sessionId: string): Promise<number> => {
  let promoted = 0;
  for (let attempt = 0; attempt < ATTEMPTS * 10; attempt++) {
    const session = await getSession(deps, sessionId);
    if (session?.status !== 'open' || session.taken >= session.seats || session.waiting === 0) break;
    const head = await headOfWaitingList(deps, sessionId);
    if (!head) break;
    if (await transact(deps, promoteToFreeSeatItems(deps, head, deps.clock.now().toISOString()))) {
      promoted++;
      await sendWorkshopNotice(deps, 'promoted', session, head);
    }
  }
  return promoted;
};
