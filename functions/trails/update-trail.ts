import type { z } from '@hono/zod-openapi';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import type { Viewer } from '../platform/auth.ts';
import { hasRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { policyProblems } from './licence-policy.ts';
import { trailShownChanged } from './public-paths.ts';
import type { TrailRecord, TrailUpdateSchema } from './schema.ts';
import { getTrailPage, updateTrailFields } from './store.ts';
import { requireTrailSteward, trailOrThrow } from './trail-access.ts';
import { trailCover } from './trail-cover.ts';
import { refreshTrailSummary } from './trail-summary.ts';

/**
 * Stewards edit a trail's fields, its drawn route and its licence policy (which must still
 * cover every medium on the trail); admins feature it on the home page. Only the named fields
 * are written, so a concurrent stop change is never overwritten.
 */
export const updateTrail = async (
  deps: AppDeps,
  { viewer, trailId, changes }: { viewer: Viewer; trailId: string; changes: z.infer<typeof TrailUpdateSchema> },
): Promise<void> => {
  const { featured, route, coverMediaId, licencePolicy, description, ...plain } = changes;
  if (featured !== undefined && !hasRole(viewer, 'admin'))
    throw new AppError('forbidden', 'Only admins choose the featured trails.');
  // Admins may feature a trail they do not steward; every other change (an empty one too) is the stewards'.
  const onlyFeatured =
    featured !== undefined &&
    Object.values({ ...plain, route, coverMediaId, licencePolicy, description }).every((value) => value === undefined);
  if (onlyFeatured) await trailOrThrow(deps, trailId);
  else await requireTrailSteward(deps, trailId, viewer);

  if (licencePolicy) {
    const page = await getTrailPage(deps, trailId);
    const problems = policyProblems(
      licencePolicy,
      (page?.media ?? []).map(({ card }) => card),
    );
    if (problems.length > 0)
      throw new AppError(
        'conflict',
        `The new policy leaves out media already on the trail: ${problems.map((p) => p.message).join(' ')}`,
        {
          extensions: { problems },
        },
      );
  }
  const set: Partial<TrailRecord> = {
    ...plain,
    ...(licencePolicy ? { licencePolicy } : {}),
    ...(featured !== undefined ? { featured } : {}),
    ...(description !== undefined ? { description, descriptionHtml: renderMarkdown(description) } : {}),
    ...(coverMediaId ? await trailCover(deps, viewer, coverMediaId) : {}),
    ...(route ? { drawnRoute: route } : {}),
    updatedAt: deps.clock.now().toISOString(),
  };
  const remove: (keyof TrailRecord)[] = [
    ...(coverMediaId === null ? (['coverMediaId', 'coverUrl'] as const) : []),
    ...(route === null ? (['drawnRoute'] as const) : []),
  ];
  if (!(await updateTrailFields(deps, trailId, set, remove)))
    throw new AppError('not-found', `There is no trail "${trailId}".`);
  if (route !== undefined) await refreshTrailSummary(deps, trailId);
  await trailShownChanged(deps, trailId);
};
