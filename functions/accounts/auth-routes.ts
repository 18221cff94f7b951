import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { clientIp } from '../platform/client-ip.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { requestSignIn } from './request-sign-in.ts';
import {
  SIGN_IN_CONFIRM_PAGE,
  SignedInSchema,
  SignInConfirmSchema,
  SignInRequestSchema,
  SignInTokenSchema,
} from './schema.ts';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';
import { endAllSessions, endSession } from './sessions.ts';
import { verifySignIn } from './verify-sign-in.ts';

const SignInAcceptedSchema = z.object({ status: z.literal('sent'), detail: z.string() }).openapi('SignInAccepted');

const accountRoute = routeDeclarations(['Accounts']);

const signIn = accountRoute.open('post', '/sign-in', {
  summary: 'E-mail a one-time sign-in link (same answer whether or not the address has an account)',
  request: { body: JSON_BODY(SignInRequestSchema) },
  responses: {
    202: JSON_RESPONSE(SignInAcceptedSchema, 'If the address is valid, a link is on its way'),
    400: problem('Invalid e-mail or next path'),
    403: problem('Cross-site request'),
    429: problem('Too many requests for this address or from this network; see Retry-After'),
  },
});

const openLink = accountRoute.open('get', '/verify', {
  // Links live 15 minutes: once those e-mailed before the confirmation page have expired, this can go.
  deprecated: true,
  summary:
    'A sign-in link e-mailed before the confirmation page: redirects (303) to that page, token kept; signs no one in and leaves the token unused (mail scanners follow links)',
  request: { query: z.object({ token: SignInTokenSchema }) },
  responses: { 303: { description: 'To the confirmation page, token kept' }, 400: problem('No token') },
});

const verify = accountRoute.open('post', '/verify', {
  summary:
    'Use a sign-in link, once the person confirmed on the portal’s page: consumes the one-time token, starts a session (Set-Cookie) and answers where the person was going',
  request: { body: JSON_BODY(SignInConfirmSchema) },
  responses: {
    200: JSON_RESPONSE(SignedInSchema, 'Signed in (Set-Cookie): go to `next`'),
    400: problem('No token'),
    403: problem('Suspended account, or a cross-site request'),
    410: problem('Expired, used or unknown link: ask for a new one'),
  },
});

const signOut = accountRoute.signedIn('post', '/sign-out', {
  summary: 'End this session',
  responses: { 204: { description: 'Signed out' } },
});

const signOutEverywhere = accountRoute.signedIn('post', '/sign-out-everywhere', {
  summary: 'End every session of this account, on every device',
  responses: { 204: { description: 'All sessions ended' } },
});

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
    .openapi(openLink, (c) => {
      c.header('cache-control', 'no-store');
      // In French: the page's language switch keeps the token.
      return c.redirect(
        `${SIGN_IN_CONFIRM_PAGE.fr}?${new URLSearchParams({ token: c.req.valid('query').token })}`,
        303,
      );
    })
    .openapi(verify, async (c) => {
      const { token } = c.req.valid('json');
      c.header('cache-control', 'no-store');
      const { sessionId, next } = await verifySignIn(deps, { token, userAgent: c.req.header('user-agent') });
      writeSessionCookie(c, deps.config.publicUrl, sessionId);
      return c.json({ next }, 200);
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
