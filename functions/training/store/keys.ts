/**
 * Key formats of training; the only place that knows them.
 *
 * - A person's training is one item collection, `TRAINEE#<userId>`: certifications (one per
 *   module), their audit trail, quiz attempts and the daily attempt counters. "My training" is one
 *   Query; a booking's `ConditionCheck` reads one item of it.
 * - A module's staff: `MODULE#<moduleId>` holds its instructors.
 * - A workshop session is one item collection, `SESSION#<sessionId>`: the session (with its seat
 *   counter) and one registration per person, so a registration and the counter change in one
 *   transaction and the instructor's page is one Query.
 */

const trainee = (userId: string) => `TRAINEE#${userId}`;
const session = (sessionId: string) => `SESSION#${sessionId}`;
const module = (moduleId: string) => `MODULE#${moduleId}`;
/** Sort keys of a module's collection: its instructors, and the log of admins naming and removing them. */
export const moduleSortKeys = { instructors: 'INSTRUCTOR#', log: 'LOG#' };

/** Sort keys inside a person's training collection, and the prefixes that select its parts. */
export const traineeSortKeys = {
  certifications: 'CERT#',
  certification: (moduleId: string) => `CERT#${moduleId}`,
  /** Grants, revocations, earned certifications: what was done to a person's certifications, by whom. */
  audit: 'AUDIT#',
  auditEntry: (moduleId: string, at: string, id: string) => `AUDIT#${at}#${moduleId}#${id}`,
  /** Below every audit entry written at `at` or later (entries sort by time first). */
  auditFrom: (at: string) => `AUDIT#${at}`,
  attempts: 'ATTEMPT#',
  attempt: (moduleId: string, attemptId: string) => `ATTEMPT#${moduleId}#${attemptId}`,
  /** One counter per module and day (Europe/Paris): at most three attempts. */
  attemptDays: 'ATTEMPTS#',
  attemptDay: (moduleId: string, day: string) => `ATTEMPTS#${moduleId}#${day}`,
  /** Progress towards a module that needs a workshop and a quiz: which of the two is done. */
  progresses: 'PROGRESS#',
  progress: (moduleId: string) => `PROGRESS#${moduleId}`,
  /** The person's choices about their training (whether their certifications show on their public page). */
  settings: 'SETTINGS',
};

export const sessionSortKeys = {
  session: 'SESSION',
  registrations: 'REG#',
  registration: (userId: string) => `REG#${userId}`,
};

export const UPCOMING_SESSIONS = 'SESSIONS#upcoming';

export const trainingKeys = {
  trainee,
  certification: (userId: string, moduleId: string) => ({
    pk: trainee(userId),
    sk: traineeSortKeys.certification(moduleId),
  }),
  auditEntry: (userId: string, moduleId: string, at: string, id: string) => ({
    pk: trainee(userId),
    sk: traineeSortKeys.auditEntry(moduleId, at, id),
  }),
  attempt: (userId: string, moduleId: string, attemptId: string) => ({
    pk: trainee(userId),
    sk: traineeSortKeys.attempt(moduleId, attemptId),
  }),
  attemptDay: (userId: string, moduleId: string, day: string) => ({
    pk: trainee(userId),
    sk: traineeSortKeys.attemptDay(moduleId, day),
  }),
  progress: (userId: string, moduleId: string) => ({ pk: trainee(userId), sk: traineeSortKeys.progress(moduleId) }),
  /** byKind: who holds a module's certification (the instructors' list), by person. */
  holder: (moduleId: string, userId: string) => ({ kindPk: `CERTIFIED#${moduleId}`, kindSk: userId }),
  settings: (userId: string) => ({ pk: trainee(userId), sk: traineeSortKeys.settings }),
  /** An instructor of a module, named by an admin. */
  instructor: (moduleId: string, userId: string) => ({
    pk: module(moduleId),
    sk: `${moduleSortKeys.instructors}${userId}`,
  }),
  moduleCollection: module,
  instructorLog: (moduleId: string, at: string, id: string) => ({
    pk: module(moduleId),
    sk: `${moduleSortKeys.log}${at}#${id}`,
  }),
  /** byOwner: the modules a person teaches (their instructor pages). */
  teaches: (userId: string, moduleId: string) => ({ ownerPk: `USER#${userId}`, ownerSk: `TEACHES#${moduleId}` }),
  session: (sessionId: string) => ({ pk: session(sessionId), sk: sessionSortKeys.session }),
  sessionCollection: session,
  registration: (sessionId: string, userId: string) => ({
    pk: session(sessionId),
    sk: sessionSortKeys.registration(userId),
  }),
  /** byKind: sessions to come, by start (the catalogue, the reminders' daily walk). */
  upcomingSession: (startsAt: string, sessionId: string) => ({
    kindPk: UPCOMING_SESSIONS,
    kindSk: `${startsAt}#${sessionId}`,
  }),
  /** byKind: a session's waiting list, first come first served. */
  waiting: (sessionId: string, since: string, userId: string) => ({
    kindPk: `WAITLIST#${sessionId}`,
    kindSk: `${since}#${userId}`,
  }),
  /** byOwner: a person's registrations, by session start (My training, export, erasure). */
  registrationOf: (userId: string, startsAt: string, sessionId: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `TRAINING_REG#${startsAt}#${sessionId}`,
  }),
};
