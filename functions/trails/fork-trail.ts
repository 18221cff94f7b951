import { randomUUID } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireSteward } from '../projects/public.ts';
import { putNewTrail } from './create-trail.ts';
import { policyProblems } from './licence-policy.ts';
import type { ForkRequestSchema, TrailRecord } from './schema.ts';
import { getTrailPage, isPublic } from './store.ts';
import { trailRoute } from './trail-geometry.ts';
import { creditsOf, mediaByStop } from './trail-views.ts';

/**
 * Peer property: a citizen forks a published trail into a project they steward. The stops are
 * copied (with their contributors) and refer to the same media; the fork says where it comes
 * from, with the original's credits, and its licence policy must respect the share-alike media
 * it carries (refused otherwise, with the reason). A draft cannot be forked (404).
 */
export const forkTrail = async (
  deps: AppDeps,
  { viewer, trailId, request }: { viewer: Viewer; trailId: string; request: z.infer<typeof ForkRequestSchema> },
): Promise<TrailRecord> => {
  const source = await getTrailPage(deps, trailId);
  if (!source || !isPublic(source.trail)) throw new AppError('not-found', `There is no trail "${trailId}".`);
  const { project } = await requireSteward(deps, request.projectSlug, viewer);
  const ready = mediaByStop(source.media);
  const carried = source.stops.flatMap((stop) => ready.get(stop.id) ?? []);
  const policy = request.licencePolicy ?? source.trail.licencePolicy;
  const problems = policyProblems(
    policy,
    carried.map(({ card }) => card),
  );
  if (problems.length > 0)
    throw new AppError(
      'conflict',
      `This fork’s licence policy does not fit the media it carries: ${problems.map((p) => p.message).join(' ')}`,
      {
        extensions: { problems },
      },
    );

  const now = deps.clock.now().toISOString();
  const { distanceMetres, walkingMinutes } = trailRoute(source.trail.drawnRoute, source.stops);
  const copies = source.stops.map((stop) => ({ stop, id: randomUUID() }));
  const { trail } = source;
  return putNewTrail(
    deps,
    {
      projectSlug: project.slug,
      projectTitle: project.title,
      title: request.title ?? trail.title,
      description: trail.description,
      descriptionHtml: trail.descriptionHtml,
      languages: trail.languages,
      area: trail.area,
      coverMediaId: trail.coverMediaId,
      coverUrl: trail.coverUrl,
      status: 'draft',
      contributionMode: 'members',
      moderationMode: 'review-first',
      licencePolicy: policy,
      featured: false,
      stopOrder: copies.map(({ id }) => id),
      drawnRoute: trail.drawnRoute,
      forkedFrom: {
        id: trail.id,
        title: trail.title,
        projectSlug: trail.projectSlug,
        // The original's own origin stays credited down the line.
        credits: creditsOf([
          ...carried.map(({ card }) => card),
          ...(trail.forkedFrom?.credits ?? []).flatMap((credit) =>
            credit.works.map((work) => ({ ...work, attributionName: credit.attributionName })),
          ),
        ]),
      },
      stopCount: copies.length,
      start: copies[0] ? { lat: copies[0].stop.lat, lng: copies[0].stop.lng } : undefined,
      distanceMetres,
      walkingMinutes,
      version: 0,
      createdBy: viewer.id,
      createdAt: now,
      updatedAt: now,
    },
    (id) =>
      copies.map(({ stop, id: stopId }) => ({
        stop: { ...stop, id: stopId, trailId: id },
        media: (ready.get(stop.id) ?? []).map((use) => ({ ...use, trailId: id, stopId })),
      })),
  );
};
