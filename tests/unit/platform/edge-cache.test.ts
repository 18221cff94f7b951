import { describe, expect, it } from 'vitest';
import { pathCovers } from '../../../functions/platform/edge-cache.ts';
import { sharedCacheSeconds } from '../../../infra/local/edge-cache.ts';

describe('invalidation paths', () => {
  it('cover the exact path, or every path (query included) starting before the *', () => {
    expect(pathCovers('/api/projects/jardin', '/api/projects/jardin')).toBe(true);
    expect(pathCovers('/api/projects/jardin', '/api/projects/jardin/journal')).toBe(false);
    expect(pathCovers('/api/projects/jardin/*', '/api/projects/jardin/journal?limit=10')).toBe(true);
    expect(pathCovers('/api/projects?*', '/api/projects?tag=son&limit=20')).toBe(true);
    expect(pathCovers('/api/projects?*', '/api/projects')).toBe(false);
    expect(pathCovers('/api/trails/t1*', '/api/trails/t1.gpx')).toBe(true);
  });
});

describe('what the edge keeps of an API answer (the cache policy: TTL 0 by default, 1 day at most)', () => {
  it('s-maxage, else max-age; nothing that is private, no-store or no-cache, or says nothing', () => {
    expect(sharedCacheSeconds('public, max-age=60, s-maxage=300, stale-while-revalidate=600')).toBe(300);
    expect(sharedCacheSeconds('public, max-age=300')).toBe(300);
    expect(sharedCacheSeconds('private, no-store')).toBe(0);
    expect(sharedCacheSeconds('no-store')).toBe(0);
    expect(sharedCacheSeconds('public, no-cache')).toBe(0);
    expect(sharedCacheSeconds(null)).toBe(0);
    expect(sharedCacheSeconds('public, s-maxage=604800')).toBe(86400);
  });
});
