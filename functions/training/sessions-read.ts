import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { waitingPosition } from './registration-register.ts';
import { existingSession, requireInstructor } from './sessions-manage.ts';
import type { RegistrationRecord, SessionView } from './sessions-schema.ts';
import { sessionView } from './sessions-views.ts';
import { getRegistration, registrationsOf } from './store/registrations.ts';
import { getSession, listSessionsStarting, readSessionCollection } from './store/sessions.ts';
import { sessionCalendar } from './workshop-mails.ts';

/** Sessions to come, soonest first: one Query, public. */
export const listUpcomingSessions = async (
  deps: AppDeps,
  page: { cursor?: string; limit: number },
): Promise<Read<{ items: SessionView[]; nextCursor: string | null }>> => {
  const { items, lastKey } = await listSessionsStarting(deps, {
    from: deps.clock.now().toISOString(),
    limit: page.limit,
    startKey: decodeCursor(page.cursor),
  });
  return { view: { items: items.map(sessionView), nextCursor: encodeCursor(lastKey) }, cache: 'public' };
};

/** One session, public (a cancelled one says so, with its message). */
export const readSession = async (deps: AppDeps, sessionId: string): Promise<Read<SessionView>> => ({
  view: sessionView(await existingSession(deps, sessionId)),
  cache: 'public',
});

const rosterEntry = (registration: RegistrationRecord) => ({
  userId: registration.userId,
  displayName: registration.displayName,
  status: registration.status,
  registeredAt: registration.registeredAt,
  ...(registration.waitingSince ? { waitingSince: registration.waitingSince } : {}),
  ...(registration.attended !== undefined ? { attended: registration.attended } : {}),
});

/** The instructor's page of a session: who is registered (with attendance) and who waits, in order. One Query. */
export const readRoster = async (deps: AppDeps, options: { viewer: Viewer; sessionId: string }) => {
  const { session, registrations } = await readSessionCollection(deps, options.sessionId);
  if (!session) throw new AppError('not-found', 'There is no such workshop session.');
  await requireInstructor(deps, session.moduleId, options.viewer);
  const byName = (a: RegistrationRecord, b: RegistrationRecord) => a.displayName.localeCompare(b.displayName);
  return {
    session: sessionView(session),
    registered: registrations
      .filter((r) => r.status === 'registered')
      .sort(byName)
      .map(rosterEntry),
    waiting: registrations
      .filter((r) => r.status === 'waiting')
      .sort((a, b) => (a.waitingSince ?? '').localeCompare(b.waitingSince ?? ''))
      .map(rosterEntry),
  };
};

/** My registrations, upcoming and past, by start, each with its session as it is now. */
export const readMySessions = async (deps: AppDeps, viewer: Viewer) => {
  const mine = await registrationsOf(deps, viewer.id);
  const sessions = await Promise.all(mine.map((registration) => getSession(deps, registration.sessionId)));
  return mine.map((registration, index) => {
    const session = sessions[index];
    return {
      sessionId: registration.sessionId,
      moduleId: registration.moduleId,
      startsAt: registration.startsAt,
      status: registration.status,
      ...(registration.attended !== undefined ? { attended: registration.attended } : {}),
      ...(session ? { session: sessionView(session) } : {}),
    };
  });
};

/** My registration for one session, with my place on the waiting list. */
export const readMyRegistration = async (deps: AppDeps, options: { viewer: Viewer; sessionId: string }) => {
  const registration = await getRegistration(deps, options.sessionId, options.viewer.id);
  if (!registration) throw new AppError('not-found', 'You are not registered for this session.');
  const position =
    registration.status === 'waiting' ? await waitingPosition(deps, options.sessionId, options.viewer.id) : undefined;
  return {
    sessionId: registration.sessionId,
    status: registration.status,
    registeredAt: registration.registeredAt,
    ...(position ? { position } : {}),
    ...(registration.attended !== undefined ? { attended: registration.attended } : {}),
  };
};

/** The calendar file of my registration (a seat, not a place on the waiting list). */
export const myRegistrationCalendar = async (deps: AppDeps, options: { viewer: Viewer; sessionId: string }) => {
  const [session, registration] = await Promise.all([
    getSession(deps, options.sessionId),
    getRegistration(deps, options.sessionId, options.viewer.id),
  ]);
  if (!session || registration?.status !== 'registered') {
    throw new AppError('not-found', 'You hold no seat in this session.');
  }
  return sessionCalendar(deps, session, options.viewer.language);
};
