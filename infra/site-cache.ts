/**
 * How long browsers and CloudFront keep the site's files, in AWS (the site deployment sets it as
 * each object's Cache-Control) and locally (the local edge sends the same values). No CDK import:
 * the local runtime imports this file.
 */
export const SITE_CACHE_CONTROL = {
  /** Pages must pick up a new build at once; `no-cache` still lets the browser revalidate cheaply. */
  html: 'no-cache',
  /** `_astro/*` names carry a content hash: they never change, and stay across deploys. */
  hashed: 'public, max-age=31536000, immutable',
  /** Other files (icon, service worker): a few minutes. */
  other: 'public, max-age=300',
} as const;

export const HASHED_ASSETS_FOLDER = '_astro';

export const siteCacheControl = (path: string): string =>
  path.endsWith('.html')
    ? SITE_CACHE_CONTROL.html
    : path.split(/[\\/]/).includes(HASHED_ASSETS_FOLDER)
      ? SITE_CACHE_CONTROL.hashed
      : SITE_CACHE_CONTROL.other;
