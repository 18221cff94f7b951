import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { hashToken, randomToken } from '../platform/tokens.ts';
import { rolesOf, type UserRecord } from './schema.ts';
import {
  advanceSessionGeneration,
  deleteSession,
  getSession,
  getUser,
  listSessionsOfUser,
  putSession,
  type SessionRecord,
  touchSession,
} from './store.ts';

const HOUR = 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * HOUR;
export const SESSION_ABSOLUTE_MS = 30 * 24 * HOUR;
/** Activity extends the idle limit, but writing on every request would cost; once an hour is enough. */
const TOUCH_EVERY_MS = HOUR;

/** When a session stops being valid: 7 days idle or 30 days after sign-in, whichever is first. */
export const sessionValidUntil = (session: Pick<SessionRecord, 'lastSeenAt' | 'absoluteExpiry'>): number =>
  Math.min(Date.parse(session.lastSeenAt) + SESSION_IDLE_MS, session.absoluteExpiry);

const ttlSeconds = (validUntilMs: number) => Math.ceil(validUntilMs / 1000);

/** Starts a session and returns its id, the cookie value (stored only as a hash). */
export const startSession = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock'>,
  { userId, userAgent }: { userId: string; userAgent?: string },
): Promise<string> => {
  const sessionId = randomToken();
  const now = deps.clock.now();
  const user = await getUser(deps, userId);
  const session: SessionRecord = {
    sessionHash: hashToken(sessionId),
    userId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    absoluteExpiry: now.getTime() + SESSION_ABSOLUTE_MS,
    userAgent: userAgent?.slice(0, 200),
    generation: user?.sessionGeneration ?? 0,
  };
  await putSession(deps, session, ttlSeconds(sessionValidUntil(session)));
  return sessionId;
};

export const viewerOf = (user: UserRecord, sessionHash: string): Viewer => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  attributionName: user.attributionName,
  language: user.language,
  roles: rolesOf(user),
  staffOf: user.staffOf,
  sessionHash,
});

/**
 * The viewer behind a session cookie, or null when the cookie is unknown, tampered with, expired,
 * or its user is suspended or gone. Never throws for a bad cookie: it is just anonymous.
 */
export const resumeSession = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock'>,
  sessionId: string,
): Promise<Viewer | null> => {
  if (sessionId.length < 20 || sessionId.length > 100) return null;
  const sessionHash = hashToken(sessionId);
  const session = await getSession(deps, sessionHash);
  const now = deps.clock.now().getTime();
  if (!session || sessionValidUntil(session) <= now) return null;
  const user = await getUser(deps, session.userId);
  if (user?.status !== 'active') return null;
  if ((session.generation ?? 0) < (user.sessionGeneration ?? 0)) return null;
  if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    const lastSeenAt = new Date(now).toISOString();
    await touchSession(deps, sessionHash, lastSeenAt, ttlSeconds(sessionValidUntil({ ...session, lastSeenAt })));
  }
  return viewerOf(user, sessionHash);
};

export const endSession = (deps: Pick<AppDeps, 'db' | 'tableName'>, sessionHash: string) =>
  deleteSession(deps, sessionHash);

/**
 * Ends every session of a user (sign-out everywhere, suspension, erasure). The generation ends
 * them all at once; the sessions listed (byOwner, which may not list one started a moment ago
 * yet) are deleted too, the others expire by themselves.
 */
export const endAllSessions = async (deps: Pick<AppDeps, 'db' | 'tableName'>, userId: string) => {
  await advanceSessionGeneration(deps, userId);
  const sessions = await listSessionsOfUser(deps, userId);
  await Promise.all(sessions.map((session) => deleteSession(deps, session.sessionHash)));
  return sessions.length;
};
