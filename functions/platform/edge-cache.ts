import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The shared cache in front of the API (CloudFront in AWS, the local edge on one machine). Public
 * reads stay there for minutes (`functions/platform/cache.ts`); a use case that changes what one
 * shows asks for its paths to be dropped, so residents do not see a hidden medium or an erased name.
 *
 * Paths are URL paths (`/api/projects/jardin`), optionally ending in `*` for every path that
 * starts so (`/api/projects?*`: the list whatever its query). Each feature names the paths of its
 * public reads in one place beside its routes (`<feature>/public-paths.ts`).
 *
 * An implementation never throws: a failed invalidation leaves an answer stale for minutes, which
 * must not turn a moderator's hide or a citizen's edit into an error. It logs and counts instead.
 */
export interface EdgeCache {
  invalidate(paths: readonly string[]): Promise<void>;
}

/** Where no shared cache stands in front of the API (the API tests' direct calls). */
export const noEdgeCache: EdgeCache = { invalidate: async () => {} };

const gathering = new AsyncLocalStorage<Set<string>>();

/**
 * Asks for `paths` to be dropped from the edge. Inside `gatherInvalidations` (every API request)
 * they are sent once, together, when the request is done: one CloudFront invalidation per request,
 * however many records it changed.
 */
export const invalidatePublicPaths = async (
  deps: { edgeCache: EdgeCache },
  paths: readonly string[],
): Promise<void> => {
  const batch = gathering.getStore();
  if (batch) {
    for (const path of paths) batch.add(path);
    return;
  }
  if (paths.length > 0) await deps.edgeCache.invalidate([...new Set(paths)]);
};

/** Runs `work`, then sends the paths its use cases asked to invalidate in one batch (even if it failed halfway). */
export const gatherInvalidations = async <T>(deps: { edgeCache: EdgeCache }, work: () => Promise<T>): Promise<T> => {
  const batch = new Set<string>();
  try {
    return await gathering.run(batch, work);
  } finally {
    if (batch.size > 0) await deps.edgeCache.invalidate([...batch]);
  }
};

/** Whether an invalidation path covers a request path (with its query string): exact, or a prefix before `*`. */
/**
 * Runs `work` as its own invocation would, outside the request that started it: what it makes
 * stale is sent as it goes, not added to that request's batch (already sent when it answered).
 * The local runtime runs Lambda's asynchronous invocations in-process with this.
 */
export const apartFromRequest = <T>(work: () => T): T => gathering.exit(work);

export const pathCovers = (invalidationPath: string, requestPath: string): boolean =>
  invalidationPath.endsWith('*')
    ? requestPath.startsWith(invalidationPath.slice(0, -1))
    : invalidationPath === requestPath;
