/*
 * The offline copies of trails (issue #6). Registered only when a walker saves a trail for use
 * without data (web/src/lib/trails/offline.ts); that page fills one cache per trail
 * (`communs-trail-<id>`). Here: answers from those caches when the network fails.
 * - the trail page and GET /api/trails/{id}: network first (fresh when online), the copy otherwise;
 * - media, captions and the site's hashed assets: the copy first (they never change), else network.
 * Requests for anything else are not touched.
 */
const CACHE_PREFIX = 'communs-trail-';
const TRAIL_PAGES = ['/parcours/voir/', '/en/trails/view/'];
const TRAIL_API = /^\/api\/trails\/[a-z0-9-]+$/;

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

const trailCaches = async () => (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));

/** A cached file, whichever trail kept it. */
const cached = async (request, options) => {
  for (const name of await trailCaches()) {
    const found = await (await caches.open(name)).match(request, options);
    if (found) return { name, response: found };
  }
  return undefined;
};

/** Players ask for byte ranges: answer them from the whole cached file. */
const partial = async (response, range) => {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const body = await response.blob();
  const size = body.size;
  let start = match?.[1] ? Number(match[1]) : undefined;
  let end = match?.[2] ? Number(match[2]) : undefined;
  if (start === undefined && end !== undefined) {
    start = Math.max(0, size - end);
    end = size - 1;
  }
  start ??= 0;
  end = Math.min(end ?? size - 1, size - 1);
  if (!match || start > end || start >= size) {
    return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
  }
  const headers = new Headers(response.headers);
  headers.set('content-range', `bytes ${start}-${end}/${size}`);
  headers.set('content-length', String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, headers });
};

const cacheFirst = async (request) => {
  const hit = await cached(request, { ignoreVary: true });
  if (!hit) return fetch(request);
  const range = request.headers.get('range');
  return range ? partial(hit.response, range) : hit.response;
};

const networkFirst = async (request, isPage) => {
  try {
    const response = await fetch(request);
    if (response.ok) {
      // Keep the copy current while online.
      const hit = await cached(request);
      if (hit) await (await caches.open(hit.name)).put(request, response.clone());
    }
    return response;
  } catch (error) {
    // The same static page serves every trail: any kept copy of it will do.
    const hit = (await cached(request)) ?? (isPage ? await cached(request, { ignoreSearch: true }) : undefined);
    if (hit) return hit.response;
    throw error;
  }
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isPage = request.mode === 'navigate' && TRAIL_PAGES.includes(url.pathname);
  if (isPage || TRAIL_API.test(url.pathname)) {
    event.respondWith(networkFirst(request, isPage));
  } else if (url.pathname.startsWith('/media/') || url.pathname.startsWith('/_astro/')) {
    event.respondWith(cacheFirst(request));
  }
});
