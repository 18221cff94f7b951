import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { listMembershipsOf } from '../projects/public.ts';
import type { TrailQuerySchema, TrailSummary } from './schema.ts';
import { listPublishedTrails, listTrailsOfProject, type TrailSummaryRecord } from './store.ts';
import { toTrailSummary } from './trail-views.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName'>;
type TrailList = { items: TrailSummary[] };

/** Whether a published trail answers the list's filters (area, language, featured, project). Pure. */
const matches =
  ({ area, language, featured, project }: z.infer<typeof TrailQuerySchema>) =>
  (trail: TrailSummaryRecord) =>
    (!area || trail.area.toLowerCase() === area.toLowerCase()) &&
    (!language || trail.languages.includes(language)) &&
    (featured === undefined || Boolean(trail.featured) === (featured === 'true')) &&
    (!project || trail.projectSlug === project);

/** Published trails, newest first, filtered: one read, the same for everyone. */
export const listTrails = async (deps: Deps, filters: z.infer<typeof TrailQuerySchema>): Promise<Read<TrailList>> => ({
  view: { items: (await listPublishedTrails(deps)).filter(matches(filters)).map(toTrailSummary) },
  cache: 'public',
});

/** Every trail of the projects the viewer is a member of, drafts included: theirs only. */
export const listMyTrails = async (deps: Deps, viewer: Viewer): Promise<Read<TrailList>> => {
  const memberships = await listMembershipsOf(deps, viewer.id);
  const trails = await Promise.all(memberships.map(({ slug }) => listTrailsOfProject(deps, slug)));
  return { view: { items: trails.flat().map(toTrailSummary) }, cache: 'private' };
};
