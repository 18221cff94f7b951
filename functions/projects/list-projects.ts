import type { z } from '@hono/zod-openapi';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { ProjectQuerySchema } from './schema.ts';
import { pageOfResults, searchProjects } from './search-index.ts';
import { readSearchIndex } from './store.ts';

/** Residents' list of public projects: filtered, searched and paged from the one index read. */
export const listProjects = async (deps: AppDeps, query: z.infer<typeof ProjectQuerySchema>) => {
  const { cursor, limit, featured, ...filters } = query;
  const index = await readSearchIndex(deps);
  const results = searchProjects(index.entries, {
    ...filters,
    featured: featured === undefined ? undefined : featured === 'true',
  });
  return { view: pageOfResults(results, { cursor, limit }), cache: 'public' } satisfies Read<unknown>;
};

/** Every public project that has a place, for the map (the same one read). */
export const listProjectPlaces = async (deps: AppDeps) => {
  const index = await readSearchIndex(deps);
  const items = Object.values(index.entries).flatMap(({ slug, title, summary, place }) =>
    place ? [{ slug, title, summary, place }] : [],
  );
  return { view: { items }, cache: 'public' } satisfies Read<unknown>;
};
