import type { MiddlewareHandler } from 'hono';
import { AppError } from './errors.ts';
import { CLIENT_HEADER } from './request-headers.ts';

export { CLIENT_HEADER };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for the cookie session: an unsafe method must come from the portal's own origin
 * (the `Origin` header browsers always send on such requests) or carry the custom client header.
 */
export const requireSameOrigin = (publicUrl: string): MiddlewareHandler => {
  const ownOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const allowed = origin ? origin === ownOrigin : Boolean(c.req.header(CLIENT_HEADER));
      if (!allowed) {
        throw new AppError(
          'csrf-rejected',
          origin
            ? `Requests from ${origin} are not accepted; use the portal at ${ownOrigin}.`
            : `A request without an Origin header must send the ${CLIENT_HEADER} header.`,
        );
      }
    }
    await next();
  };
};
