import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { cityDay } from '../platform/sent-once.ts';
import { type TransactItem, transact } from '../platform/transact.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { moduleOrThrow, refuseOwn, requireInstructor } from './module-access.ts';
import { existingSession } from './sessions-manage.ts';
import { instructorCheckItem } from './store/certifications.ts';
import { isInstructor } from './store/instructors.ts';
import { getProgress, recordAttendanceItems, unrecordAttendanceItems } from './store/progress.ts';
import { getRegistration, markAttendanceItem } from './store/registrations.ts';

/** How many times a mark that raced another write (a quiz passed, another instructor) reads again. */
const ATTEMPTS = 5;

/**
 * An instructor of the module marks whether a registered person attended. For a module that
 * needs a workshop, a first "attended" records it on the person's progress in the same
 * transaction, and earns the certification when the module has no quiz or the quiz is passed
 * (`recordAttendanceItems`); taking the mark back before anything was earned takes it off the
 * progress. Marks are taken from the session's day (in the city) on; nobody marks their own.
 */
export const markAttendance = async (
  deps: AppDeps,
  options: { viewer: Viewer; sessionId: string; userId: string; attended: boolean },
) => {
  const { viewer } = options;
  const session = await existingSession(deps, options.sessionId);
  const module = moduleOrThrow(session.moduleId);
  await requireInstructor(deps, viewer, module);
  refuseOwn(viewer, options.userId, 'mark the attendance that earns');
  if (session.status !== 'open') throw new AppError('conflict', 'This session was cancelled.');
  const now = deps.clock.now();
  if (cityDay(now, deps.config.timeZone) < cityDay(new Date(session.startsAt), deps.config.timeZone)) {
    throw new AppError('conflict', 'Attendance is marked from the day of the session.');
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const registration = await getRegistration(deps, session.id, options.userId);
    if (!registration) throw new AppError('not-found', 'This person is not registered for this session.');
    if (registration.status !== 'registered') {
      throw new AppError('conflict', 'This person is on the waiting list, not registered.');
    }
    const was = registration.attended === true;
    const items: TransactItem[] = [
      instructorCheckItem(deps, module.id, viewer.id),
      markAttendanceItem(deps, {
        sessionId: session.id,
        userId: options.userId,
        attended: options.attended,
        was,
        by: viewer.id,
        now: now.toISOString(),
      }),
    ];
    let earns = false;
    if (module.manifest.workshop && options.attended !== was) {
      const progress = await getProgress(deps, options.userId, module.id);
      if (options.attended) {
        const progressItems = recordAttendanceItems(deps, {
          module,
          userId: options.userId,
          progress,
          now,
          markedBy: viewer.id,
          sessionId: session.id,
        });
        // As `recordAttendanceItems` decides: no quiz to pass, or it is passed already.
        earns = !module.quiz || Boolean(progress?.quizPassedAt);
        items.push(...progressItems);
      } else if (progress?.attendedAt && progress.sessionId === session.id) {
        items.push(...unrecordAttendanceItems(deps, { userId: options.userId, moduleId: module.id, progress }));
      }
    }
    if (await transact(deps, items)) {
      if (earns) await holderCertificationsChanged(deps, options.userId);
      return { userId: options.userId, attended: options.attended, certified: earns };
    }
    if (!(await isInstructor(deps, module.id, viewer.id))) {
      throw new AppError('forbidden', `Only instructors of the module ${module.id} can mark attendance.`);
    }
  }
  throw new AppError('conflict', 'The attendance changed meanwhile; read the session again.');
};
