/**
 * What the shared cache in front of `/api/*` keys and keeps: read by the CDK cache policy
 * (infra/constructs/api-request-policies.ts) and by the local edge (infra/local/edge-cache.ts), so
 * the two cannot cache differently.
 */

/** The session cookie's name (`__Host-` prefixed on HTTPS: see accounts/session-cookie.ts). */
export const SESSION_COOKIE_BASE_NAME = 'communs_session';

/**
 * Cookies in the cache key: a request that carries a session never shares an entry with the
 * residents' anonymous ones, so an editor never reads the copy the edge keeps for everyone (and
 * the API answers signed-in reads `private`, so they are not kept at all).
 */
export const CACHE_KEY_COOKIES = [SESSION_COOKIE_BASE_NAME, `__Host-${SESSION_COOKIE_BASE_NAME}`] as const;

/** The API cache policy's TTLs: nothing is kept unless the answer's Cache-Control says so. */
export const API_CACHE_TTL = { defaultSeconds: 0, minSeconds: 0, maxSeconds: 24 * 60 * 60 } as const;
