import { randomUUID } from 'node:crypto';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { findModule } from './catalogue.ts';
import { promoteToFreeSeats } from './registration-give-up.ts';
import type { EditSession, ScheduleSession, SessionRecord } from './sessions-schema.ts';
import { sessionShownChanged, sessionView } from './sessions-views.ts';
import {
  cancelSessionItems,
  editSessionItems,
  getSession,
  isInstructorOf,
  readSessionCollection,
  scheduleSessionItems,
} from './store/sessions.ts';
import { sendWorkshopNotice } from './workshop-mails.ts';

const notTeaching = (moduleId: string) =>
  new AppError('forbidden', `Only instructors of the module ${moduleId} can manage its sessions.`);

/** The session, or a 404. */
export const existingSession = async (deps: AppDeps, sessionId: string): Promise<SessionRecord> => {
  const session = await getSession(deps, sessionId);
  if (!session) throw new AppError('not-found', 'There is no such workshop session.');
  return session;
};

/** For an instructor's reads: 403 unless the viewer is an instructor of the session's module. */
export const requireInstructor = async (deps: AppDeps, moduleId: string, viewer: Viewer) => {
  if (!(await isInstructorOf(deps, moduleId, viewer.id))) throw notTeaching(moduleId);
};

/**
 * An instructor of the module schedules a session. The instructor check is in the write's
 * transaction: an instructor removed meanwhile schedules nothing.
 */
export const scheduleSession = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; input: ScheduleSession },
) => {
  if (!findModule(options.moduleId)) throw new AppError('not-found', `There is no module ${options.moduleId}.`);
  const now = deps.clock.now().toISOString();
  const { input } = options;
  if (input.startsAt <= now) {
    throw new AppError('validation', 'A session is scheduled in the future.', {
      extensions: { errors: [{ in: 'body', path: 'startsAt', message: 'Must be in the future' }] },
    });
  }
  const session: SessionRecord = {
    id: randomUUID(),
    moduleId: options.moduleId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    seats: input.seats,
    taken: 0,
    waiting: 0,
    language: input.language,
    deadline: input.deadline ?? input.startsAt,
    ...(input.minimum !== undefined ? { minimum: input.minimum } : {}),
    status: 'open',
    createdBy: options.viewer.id,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await transact(deps, scheduleSessionItems(deps, session)))) throw notTeaching(options.moduleId);
  await sessionShownChanged(deps, session.id);
  return sessionView(session);
};

/** Why an instructor's write on a session was refused, read after the refusal. */
const explainRefusal = async (deps: AppDeps, sessionId: string, viewer: Viewer, changes?: EditSession) => {
  const session = await existingSession(deps, sessionId);
  if (!(await isInstructorOf(deps, session.moduleId, viewer.id))) return notTeaching(session.moduleId);
  if (session.status !== 'open') return new AppError('conflict', 'This session was cancelled.');
  if (changes?.seats !== undefined && changes.seats < session.taken) {
    return new AppError('conflict', `${session.taken} seats are taken: the seats cannot go below that.`, {
      extensions: { taken: session.taken },
    });
  }
  if (changes?.deadline !== undefined && changes.deadline > session.startsAt) {
    return new AppError('validation', 'Registrations must close by the start.', {
      extensions: { errors: [{ in: 'body', path: 'deadline', message: 'After the start' }] },
    });
  }
  return new AppError('conflict', 'The session changed meanwhile; read it again.');
};

/**
 * An instructor changes an open session: place, seats (never below those taken: a condition of
 * the write, so a registration landing first is counted), deadline, minimum. Seats added go to
 * the waiting list first, in its order.
 */
export const editSession = async (
  deps: AppDeps,
  options: { viewer: Viewer; sessionId: string; changes: EditSession },
) => {
  const before = await existingSession(deps, options.sessionId);
  const written = await transact(
    deps,
    editSessionItems(deps, {
      sessionId: before.id,
      moduleId: before.moduleId,
      instructorId: options.viewer.id,
      changes: options.changes,
      now: deps.clock.now().toISOString(),
    }),
  );
  if (!written) throw await explainRefusal(deps, options.sessionId, options.viewer, options.changes);
  await promoteToFreeSeats(deps, options.sessionId);
  await sessionShownChanged(deps, options.sessionId);
  return sessionView(await existingSession(deps, options.sessionId));
};

/**
 * An instructor calls off an open session (too few people, the instructor is ill) with a
 * message; everyone registered or waiting is e-mailed it, in their language.
 */
export const cancelSession = async (deps: AppDeps, options: { viewer: Viewer; sessionId: string; message: string }) => {
  const before = await existingSession(deps, options.sessionId);
  const written = await transact(
    deps,
    cancelSessionItems(deps, {
      sessionId: before.id,
      moduleId: before.moduleId,
      instructorId: options.viewer.id,
      message: options.message,
      now: deps.clock.now().toISOString(),
    }),
  );
  if (!written) throw await explainRefusal(deps, options.sessionId, options.viewer);
  await sessionShownChanged(deps, options.sessionId);
  const { session, registrations } = await readSessionCollection(deps, options.sessionId);
  if (!session) throw new AppError('not-found', 'There is no such workshop session.');
  let told = 0;
  for (const registration of registrations) {
    if (await sendWorkshopNotice(deps, 'cancelled', session, registration)) told++;
  }
  return { session: sessionView(session), told };
};
