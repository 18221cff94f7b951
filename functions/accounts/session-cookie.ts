import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE_BASE_NAME as BASE_NAME } from '../platform/edge-cache-policy.ts';
import { SESSION_ABSOLUTE_MS } from './sessions.ts';

/**
 * On HTTPS the cookie is `__Host-` prefixed (Secure, Path=/, no Domain: it cannot be set by a
 * sibling subdomain); on plain-HTTP localhost it cannot be, so it is not.
 */
const cookieSettings = (publicUrl: string) => {
  const secure = new URL(publicUrl).protocol === 'https:';
  return { secure, prefix: secure ? ('host' as const) : undefined };
};

export const readSessionCookie = (c: Context, publicUrl: string): string | undefined => {
  const { prefix } = cookieSettings(publicUrl);
  return prefix ? getCookie(c, BASE_NAME, prefix) : getCookie(c, BASE_NAME);
};

export const writeSessionCookie = (c: Context, publicUrl: string, sessionId: string) => {
  const { secure, prefix } = cookieSettings(publicUrl);
  setCookie(c, BASE_NAME, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    prefix,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
};

export const clearSessionCookie = (c: Context, publicUrl: string) => {
  const { secure, prefix } = cookieSettings(publicUrl);
  deleteCookie(c, BASE_NAME, { path: '/', secure, prefix, httpOnly: true, sameSite: 'Lax' });
};
