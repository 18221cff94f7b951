/**
 * The offline copy of a trail: on the walker's request, the page registers the service worker
 * (`/sw.js`, which serves cached answers when the network fails) and fills one Cache Storage
 * cache per trail with what the trail page needs: the page itself (under its address, query
 * included), the scripts and styles it loaded, `GET /api/trails/{id}`, every medium and caption
 * file. The page fills the cache itself, so it can show the progress file by file.
 */
import type { TrailDetail } from './types.ts';

/** Shared with `public/sw.js`, which looks up every cache of this prefix. */
const CACHE_PREFIX = 'communs-trail-';

const cacheName = (id: string) => `${CACHE_PREFIX}${id}`;

/** The trail as the page reads it: the very address the offline copy answers. */
export const trailApiPath = (id: string) => `/api/trails/${encodeURIComponent(id)}`;

export const offlineSupported = (): boolean =>
  window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window;

export const isSavedOffline = async (id: string): Promise<boolean> => {
  if (!('caches' in window) || !(await caches.has(cacheName(id)))) return false;
  const cache = await caches.open(cacheName(id));
  return (await cache.match(trailApiPath(id))) !== undefined;
};

/** Same-origin paths only: the portal serves the page, the API and the media from one origin. */
const sameOriginPath = (address: string): string | undefined => {
  const url = new URL(address, window.location.href);
  return url.origin === window.location.origin ? `${url.pathname}${url.search}` : undefined;
};

/** Every file the trail page needs without a network, each once. */
export const offlineFiles = (trail: TrailDetail): string[] => {
  const content = [`${window.location.pathname}${window.location.search}`, trailApiPath(trail.id), '/favicon.svg'];
  if (trail.coverUrl) content.push(trail.coverUrl);
  for (const stop of trail.stops) {
    for (const media of stop.media) content.push(media.url, ...media.captions.map((caption) => caption.url));
  }
  // The page's own scripts, styles and chunks (the map's too): whatever it loaded from /_astro/.
  const loaded = [
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href),
  ];
  const assets = loaded.map(sameOriginPath).filter((path) => path?.startsWith('/_astro/'));
  return [...new Set([...content.map(sameOriginPath), ...assets])].filter((path): path is string => Boolean(path));
};

/** Downloads and keeps the trail; `progress` is told after each file. Nothing is kept if one fails. */
export const saveOffline = async (trail: TrailDetail, progress: (done: number, total: number) => void) => {
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
  const files = offlineFiles(trail);
  const cache = await caches.open(cacheName(trail.id));
  let done = 0;
  progress(done, files.length);
  try {
    for (const file of files) {
      // `no-cache`: the copy kept is the current one, not whatever the HTTP cache held.
      const response = await fetch(file, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${file} answered ${response.status}`);
      await cache.put(file, response);
      progress(++done, files.length);
    }
  } catch (error) {
    await caches.delete(cacheName(trail.id));
    throw error;
  }
};

/**
 * Keeps a saved copy in step with the trail, once the page has read it from the network: files
 * the trail gained since (a new stop's recording) are fetched, files it lost are dropped. Best
 * effort and quiet: the copy stays usable as it was if the network fails meanwhile.
 */
export const refreshOffline = async (trail: TrailDetail) => {
  const cache = await caches.open(cacheName(trail.id));
  const wanted = new Set(offlineFiles(trail));
  for (const request of await cache.keys()) {
    const path = sameOriginPath(request.url);
    if (path && !wanted.has(path) && !path.startsWith('/_astro/')) await cache.delete(request);
  }
  for (const file of wanted) {
    if (await cache.match(file)) continue;
    const response = await fetch(file, { cache: 'no-cache' });
    if (response.ok) await cache.put(file, response);
  }
};

/** Forgets the trail's copy; with no trail left offline, the service worker goes too. */
export const removeOffline = async (id: string) => {
  await caches.delete(cacheName(id));
  const left = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  if (left.length === 0) await (await navigator.serviceWorker.getRegistration('/'))?.unregister();
};
