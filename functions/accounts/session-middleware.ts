import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../platform/deps.ts';
import type { AppEnv } from '../platform/router.ts';
import { readSessionCookie } from './session-cookie.ts';
import { resumeSession } from './sessions.ts';

/** Puts the signed-in viewer (or null) on every request; requests without a cookie cost nothing. */
export const loadViewer =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const sessionId = readSessionCookie(c, deps.config.publicUrl);
    c.set('viewer', sessionId ? await resumeSession(deps, sessionId) : null);
    await next();
  };
