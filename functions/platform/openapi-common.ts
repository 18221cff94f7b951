import { z } from '@hono/zod-openapi';
import { problem } from './router.ts';

/** The session cookie, as an OpenAPI security requirement for routes that need a sign-in. */
export const SESSION_SECURITY = [{ session: [] }];

export const SESSION_SECURITY_SCHEME = {
  type: 'apiKey' as const,
  in: 'cookie' as const,
  name: 'communs_session',
  description:
    'Set by POST /api/auth/verify. Named `__Host-communs_session` on HTTPS. Unsafe methods also need a same-origin `Origin` header or `x-communs-client`.',
};

/** The error responses every signed-in route may give, for the OpenAPI document. */
export const SIGNED_IN_ERRORS = {
  400: problem('Invalid input; `errors` lists the failing fields'),
  401: problem('Not signed in'),
  403: problem('Not allowed, or a cross-site request'),
} as const;

export const JSON_BODY = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const NoContentSchema = z.null();

/** A JSON success response for a route's `responses`. */
export const JSON_RESPONSE = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
