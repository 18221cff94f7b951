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
 * A `signedInRead` is a signed-in GET without input: it can only be refused for want of a sign-in
 * (no input to be invalid, and the cross-site check leaves reads alone).
 */
export const routeDeclarations = (tags: string[], guard: typeof requireSignedIn = requireSignedIn) => {
  const guarded = { security: SESSION_SECURITY, middleware: guard, tags };
  return {
    open: <M extends Method, P extends string, D extends Declaration>(method: M, path: P, declaration: D) =>
      createRoute({ method, path, tags, ...declaration }),
    signedIn: <M extends Method, P extends string, D extends Declaration>(method: M, path: P, declaration: D) =>
      createRoute({
        ...guarded,
        method,
        path,
        ...declaration,
        responses: { ...SIGNED_IN_ERRORS, ...declaration.responses },
      }),
    signedInRead: <P extends string, D extends Declaration>(path: P, declaration: D) =>
      createRoute({
        ...guarded,
        method: 'get' as const,
        path,
        ...declaration,
        responses: { 401: SIGNED_IN_ERRORS[401], ...declaration.responses },
      }),
  };
};
