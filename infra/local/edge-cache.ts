import { type EdgeCache, pathCovers } from '../../functions/platform/edge-cache.ts';
import { API_CACHE_TTL, CACHE_KEY_COOKIES } from '../../functions/platform/edge-cache-policy.ts';

interface Entry {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  expiresAt: number;
}

/** The local edge's cache, which the app's use cases invalidate as they would CloudFront's. */
export interface LocalEdgeCache extends EdgeCache {
  /** Every invalidation asked for, in order (one batch per request), for tests to read. */
  readonly invalidations: readonly (readonly string[])[];
  /** The `/api/*` behaviour: a GET answered from the cache when it holds a fresh copy. */
  serve(request: Request, origin: () => Promise<Response>): Promise<Response>;
}

const CACHED_METHODS = new Set(['GET', 'HEAD']);

/**
 * How long CloudFront keeps an answer under the API's cache policy: `s-maxage`, else `max-age`,
 * within the policy's bounds; nothing for `private`, `no-store` or `no-cache` (0 is the default TTL).
 */
export const sharedCacheSeconds = (cacheControl: string | null): number => {
  const directives = new Map(
    (cacheControl ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split('=') as [string, string | undefined])
      .filter(([name]) => name),
  );
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return 0;
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? API_CACHE_TTL.defaultSeconds);
  if (!Number.isFinite(seconds)) return 0;
  return Math.min(Math.max(seconds, API_CACHE_TTL.minSeconds), API_CACHE_TTL.maxSeconds);
};

/** The cache key of the API's cache policy: the path, the whole query string and the session cookie. */
const cacheKey = (request: Request) => {
  const url = new URL(request.url);
  const cookies = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => CACHE_KEY_COOKIES.some((name) => pair.startsWith(`${name}=`)))
    .sort();
  return {
    path: `${url.pathname}${url.search}`,
    variant: `${request.method === 'HEAD' ? 'GET' : request.method} ${cookies.join('; ')}`,
  };
};

/**
 * What CloudFront's `/api/*` behaviour caches, on one machine: successful GETs whose Cache-Control
 * lets a shared cache keep them, under the same key and for the same time; an invalidation drops
 * every variant (cookies included) of the paths it covers, as CloudFront's does. A cached answer
 * carries `x-cache: Hit from cloudfront`, as in AWS. (Simplified: stale-while-revalidate is not
 * honoured, an answer is simply dropped when it expires.)
 */
export const createLocalEdgeCache = (now: () => number = Date.now): LocalEdgeCache => {
  const entries = new Map<string, Map<string, Entry>>();
  const invalidations: string[][] = [];
  return {
    invalidations,
    invalidate: async (paths) => {
      invalidations.push([...paths]);
      for (const path of entries.keys()) {
        if (paths.some((invalidation) => pathCovers(invalidation, path))) entries.delete(path);
      }
    },
    serve: async (request, origin) => {
      if (!CACHED_METHODS.has(request.method)) return origin();
      const { path, variant } = cacheKey(request);
      const cached = entries.get(path)?.get(variant);
      if (cached && cached.expiresAt > now()) {
        const headers = new Headers(cached.headers);
        headers.set('x-cache', 'Hit from cloudfront');
        return new Response(request.method === 'HEAD' ? null : cached.body, { status: cached.status, headers });
      }
      const response = await origin();
      const seconds = response.status === 200 ? sharedCacheSeconds(response.headers.get('cache-control')) : 0;
      if (seconds <= 0 || request.method === 'HEAD') return withMiss(response);
      const body = await response.arrayBuffer();
      const headers = [...response.headers.entries()];
      const variants = entries.get(path) ?? new Map<string, Entry>();
      variants.set(variant, { status: response.status, headers, body, expiresAt: now() + seconds * 1000 });
      entries.set(path, variants);
      return withMiss(new Response(body, { status: response.status, headers }));
    },
  };
};

const withMiss = (response: Response) => {
  const headers = new Headers(response.headers);
  headers.set('x-cache', 'Miss from cloudfront');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};
