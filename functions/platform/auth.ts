import type { MiddlewareHandler } from 'hono';
import { AppError } from './errors.ts';

export type ViewerRole = 'citizen' | 'staff' | 'admin';

/** The signed-in person making the request, as every feature sees them. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  attributionName: string;
  language: 'fr' | 'en';
  roles: ViewerRole[];
  /** Lending points this person staffs. */
  staffOf: string[];
  /** Hash of the session id behind this request (to end exactly this session). */
  sessionHash: string;
}

/** Set by the session middleware on every /api request; null for residents (not signed in). */
export interface AuthVariables {
  viewer: Viewer | null;
}

type AuthEnv = { Variables: AuthVariables };

/** The signed-in viewer, or a 401 problem. */
export const viewerOrThrow = (viewer: Viewer | null): Viewer => {
  if (!viewer) throw new AppError('unauthenticated', 'Sign in to do this.');
  return viewer;
};

export const hasRole = (viewer: Viewer | null, role: ViewerRole): boolean => Boolean(viewer?.roles.includes(role));

/** Route guard: any signed-in citizen. */
export const requireSignedIn: MiddlewareHandler<AuthEnv> = async (c, next) => {
  viewerOrThrow(c.var.viewer);
  await next();
};

/** Route guard: signed in with one of these roles (401 for residents, 403 for others). */
export const requireRole =
  (...roles: ViewerRole[]): MiddlewareHandler<AuthEnv> =>
  async (c, next) => {
    const viewer = viewerOrThrow(c.var.viewer);
    if (!roles.some((role) => viewer.roles.includes(role))) {
      throw new AppError('forbidden', `Only ${roles.join(' or ')} accounts can do this.`);
    }
    await next();
  };
