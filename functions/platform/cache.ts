import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './router.ts';

/**
 * Cache-Control values. Public reads are cached briefly by browsers and longer by CloudFront
 * (`s-maxage`), with stale-while-revalidate so resident traffic rarely reaches the Lambda.
 */
export const PUBLIC_LIST_CACHE = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300';
export const PUBLIC_DETAIL_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';
export const PRIVATE_NO_STORE = 'private, no-store';

/** Who may keep a read's answer: shared caches (public), or nobody but the browser, never stored (private). */
export type CacheClass = 'public' | 'private';

/** What a read use case answers: the view, and whether it may be cached for everyone. */
export interface Read<T> {
  view: T;
  cache: CacheClass;
}

/**
 * The Cache-Control header of a read's answer; `publicly` is how long a public one is kept
 * (a list changes more often than a detail).
 */
export const cacheControl = (cache: CacheClass, publicly: string = PUBLIC_LIST_CACHE): string =>
  cache === 'public' ? publicly : PRIVATE_NO_STORE;

/**
 * A signed-in person's reads are never kept by a shared cache, even a public one: they may have
 * just changed it (an editor rereading a project), and the edge keys them apart from residents'
 * reads (the session cookie is in CloudFront's cache key, `edge-cache-policy.ts`).
 */
export const keepSignedInReadsPrivate: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  // The answer's own header (tests/infra/request-headers.test.ts lists what requests carry).
  const answer = c.res.headers;
  if (c.var.viewer && /\bpublic\b/i.test(answer.get('cache-control') ?? ''))
    answer.set('cache-control', PRIVATE_NO_STORE);
};

/** A route's answer to a read: the view, with the Cache-Control its class allows. */
export const answerRead = <T>(c: Context, { view, cache }: Read<T>, publicly?: string) => {
  c.header('cache-control', cacheControl(cache, publicly));
  return c.json(view, 200);
};
