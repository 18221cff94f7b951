import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { requireSignedIn } from './auth.ts';
import { SESSION_SECURITY, SIGNED_IN_ERRORS } from './openapi-common.ts';

type Method = RouteConfig['method'];

/** What a route declares of its own: its summary, request and responses (and rarer fields). */
type Declaration = Omit<RouteConfig, 'method' | 'path' | 'tags' | 'security' | 'middleware'>;

/**
 * How a feature declares its routes for the OpenAPI document, all under its tags, so that each
 * declaration names only what is its own. An `open` route is for anyone. A `signedIn` route needs
 * the session and passes `guard` (a sign-in, or `requireRole(...)`); it may give every signed-in
 * error (`SIGNED_IN_ERRORS`), which its responses need not repeat (an entry of its own wins).
 */
export const routeDeclarations = (tags: string[], guard: typeof requireSignedIn = requireSignedIn) => ({
  open: <M extends Method, P extends string, D extends Declaration>(method: M, path: P, declaration: D) =>
    createRoute({ method, path, tags, ...declaration }),
  signedIn: <M extends Method, P extends string, D extends Declaration>(method: M, path: P, declaration: D) =>
    createRoute({
      security: SESSION_SECURITY,
      middleware: guard,
      method,
      path,
      tags,
      ...declaration,
      responses: { ...SIGNED_IN_ERRORS, ...declaration.responses },
    }),
});
