/** Requests to the API: how long one may take, and how a read skips the caches. */

/** A request that takes longer than this is shown as an error, rather than loading forever. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** The signal that aborts a request after `REQUEST_TIMEOUT_MS`. */
export const requestTimeout = (): AbortSignal => AbortSignal.timeout(REQUEST_TIMEOUT_MS);

/**
 * `fetch` for a public read that must not come from a cache: what someone just changed, or what a
 * signed-in person sees. The browser's `no-store` is not enough in AWS, where CloudFront keeps
 * public API answers for minutes and ignores a viewer's no-cache: a change invalidates them, but an
 * invalidation takes seconds to reach every edge. Its cache key is the path, the query string and
 * the session cookie, so a unique query parameter (which the API ignores) reaches the API itself.
 */
export const uncachedFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
  url.searchParams.set('fresh', `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  return fetch(url, { ...init, cache: 'no-store' });
};
