import { createRoute, z } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { clientIp } from '../platform/client-ip.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { requestSignIn } from './request-sign-in.ts';
import { SignInRequestSchema } from './schema.ts';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';
import { endAllSessions, endSession } from './sessions.ts';
import { verifySignIn } from './verify-sign-in.ts';

const SignInAcceptedSchema = z.object({ status: z.literal('sent'), detail: z.string() }).openapi('SignInAccepted');

const signIn = createRoute({
  method: 'post',
  path: '/sign-in',
  tags: ['Accounts'],
  summary: 'E-mail a one-time sign-in link (same answer whether or not the address has an account)',
  request: { body: JSON_BODY(SignInRequestSchema) },
  responses: {
    202: {
      content: { 'application/json': { schema: SignInAcceptedSchema } },
      description: 'If the address is valid, a link is on its way',
    },
    400: problem('Invalid e-mail or next path'),
    403: problem('Cross-site request'),
    429: problem('Too many requests for this address or from this network; see Retry-After'),
  },
});

const verify = createRoute({
  method: 'get',
  path: '/verify',
  tags: ['Accounts'],
  summary: 'Use a sign-in link: starts a session and redirects (303) to where the person was going',
  request: { query: z.object({ token: z.string().min(1).max(200) }) },
  responses: {
    303: { description: 'Signed in (Set-Cookie), or sent to the sign-in page to ask for a new link' },
    400: problem('No token'),
    410: problem('Expired, used or unknown link (when the client asks for JSON)'),
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/sign-out',
  tags: ['Accounts'],
  summary: 'End this session',
  security: SESSION_SECURITY,
  middleware: requireSignedIn,
  responses: { 204: { description: 'Signed out' }, ...SIGNED_IN_ERRORS },
});

const signOutEverywhere = createRoute({
  method: 'post',
  path: '/sign-out-everywhere',
  tags: ['Accounts'],
  summary: 'End every session of this account, on every device',
  security: SESSION_SECURITY,
  middleware: requireSignedIn,
  responses: { 204: { description: 'All sessions ended' }, ...SIGNED_IN_ERRORS },
});

/** Where a browser lands when a link cannot be used: the sign-in page, which offers a new link. */
const SIGN_IN_PAGE = '/connexion/';

export const authRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(signIn, async (c) => {
      const { email, next, language } = c.req.valid('json');
      await requestSignIn(deps, { email, next, language, clientIp: clientIp(c) });
      return c.json(
        {
          status: 'sent' as const,
          detail: 'If this address is valid, a sign-in link is on its way. It works once, for 15 minutes.',
        },
        202,
      );
    })
    .openapi(verify, async (c) => {
      const { token } = c.req.valid('query');
      c.header('cache-control', 'no-store');
      try {
        const { sessionId, next } = await verifySignIn(deps, { token, userAgent: c.req.header('user-agent') });
        writeSessionCookie(c, deps.config.publicUrl, sessionId);
        return c.redirect(next, 303);
      } catch (error) {
        const wantsJson = c.req.header('accept')?.includes('application/json');
        if (!(error instanceof AppError) || wantsJson) throw error;
        const reason = error.kind === 'forbidden' ? 'suspended' : 'expired';
        return c.redirect(`${SIGN_IN_PAGE}?link=${reason}`, 303);
      }
    })
    .openapi(signOut, async (c) => {
      await endSession(deps, viewerOrThrow(c.var.viewer).sessionHash);
      clearSessionCookie(c, deps.config.publicUrl);
      return c.body(null, 204);
    })
    .openapi(signOutEverywhere, async (c) => {
      await endAllSessions(deps, viewerOrThrow(c.var.viewer).id);
      clearSessionCookie(c, deps.config.publicUrl);
      return c.body(null, 204);
    });
