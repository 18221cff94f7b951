import type { z } from '@hono/zod-openapi';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireSteward, slugCandidates, slugify } from '../projects/public.ts';
import type { CreateTrailSchema, TrailRecord } from './schema.ts';
import { addTrail, type StopWithMedia } from './store.ts';
import { trailCover } from './trail-cover.ts';

/**
 * Writes a new trail under the first free id made from its title ("Recouvrance à l'oreille" →
 * `recouvrance-a-l-oreille`, then `-2`, …), with the stops it comes with (a fork's copies).
 */
export const putNewTrail = async (
  deps: AppDeps,
  trail: Omit<TrailRecord, 'id'>,
  withStops: (id: string) => StopWithMedia[] = () => [],
  preferredId?: string,
): Promise<TrailRecord> => {
  for (const id of slugCandidates(preferredId ?? slugify(trail.title))) {
    const record: TrailRecord = { ...trail, id };
    if (await addTrail(deps, record, withStops(id))) return record;
  }
  throw new AppError('conflict', 'Too many trails carry this title; choose another.');
};

/** A project's steward starts a trail: a draft, until its stops meet the publication rule. */
export const createTrail = async (
  deps: AppDeps,
  {
    viewer,
    input,
    preferredId,
  }: {
    viewer: Viewer;
    input: z.infer<typeof CreateTrailSchema> /** Demo content keeps stable ids. */;
    preferredId?: string;
  },
): Promise<TrailRecord> => {
  const { project } = await requireSteward(deps, input.projectSlug, viewer);
  const { coverMediaId, ...fields } = input;
  const now = deps.clock.now().toISOString();
  return putNewTrail(
    deps,
    {
      ...fields,
      projectTitle: project.title,
      descriptionHtml: renderMarkdown(fields.description),
      ...(coverMediaId ? await trailCover(deps, viewer, coverMediaId) : {}),
      status: 'draft',
      featured: false,
      stopOrder: [],
      stopCount: 0,
      distanceMetres: 0,
      walkingMinutes: 0,
      version: 0,
      createdBy: viewer.id,
      createdAt: now,
      updatedAt: now,
    },
    undefined,
    preferredId,
  );
};
