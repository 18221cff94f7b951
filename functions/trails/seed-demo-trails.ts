import { z } from 'zod';
import { demoViewer, demoViewerById } from '../accounts/public.ts';
import { getMedia } from '../media/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { contributeStop } from './contribute-stop.ts';
import { createTrail } from './create-trail.ts';
import { publishTrail } from './publish-trail.ts';
import { approveProposal } from './review-proposal.ts';
import { CreateTrailSchema, PositionSchema, StopInputSchema } from './schema.ts';
import { updateTrail } from './update-trail.ts';

export const DemoTrailsSchema = z.object({
  trails: z.array(
    z.object({
      steward: z.email(),
      trail: CreateTrailSchema.extend({ id: z.string() }),
      featured: z.boolean().default(false),
      route: z.array(PositionSchema).min(2).optional(),
      stops: z.array(StopInputSchema.omit({ mediaIds: true }).extend({ media: z.array(z.string()).min(1) })),
    }),
  ),
});

/**
 * Creates the demo city's trails through the same use cases people go through: the steward
 * starts the trail; each stop is contributed by the uploader of its media (a member's stop on a
 * review-first trail is proposed, then approved by the steward); then the trail is published,
 * which checks the publication rule (all but the city's training requirement, see below).
 */
export const seedDemoTrails = async (
  deps: AppDeps,
  content: unknown,
  mediaIds: Map<string, string>,
): Promise<string[]> => {
  const lines: string[] = [];
  for (const demo of DemoTrailsSchema.parse(content).trails) {
    const steward = await demoViewer(deps, demo.steward);
    const { id: preferredId, ...input } = demo.trail;
    const trail = await createTrail(deps, { viewer: steward, input, preferredId });
    for (const { media: files, ...place } of demo.stops) {
      const ids = files.map((file) => {
        const id = mediaIds.get(file);
        if (!id) throw new Error(`Demo trails: no demo medium ${file}`);
        return id;
      });
      const first = await getMedia(deps, ids[0] ?? '');
      if (!first) throw new Error(`Demo trails: medium ${files[0]} missing`);
      const contributor = await demoViewerById(deps, first.ownerId);
      const result = await contributeStop(deps, {
        viewer: contributor,
        trailId: trail.id,
        input: StopInputSchema.parse({ ...place, mediaIds: ids }),
      });
      if (result.proposalId)
        await approveProposal(deps, { viewer: steward, trailId: trail.id, proposalId: result.proposalId });
    }
    if (demo.route)
      await updateTrail(deps, {
        viewer: steward,
        trailId: trail.id,
        changes: { route: { type: 'LineString', coordinates: demo.route } },
      });
    if (demo.featured)
      await updateTrail(deps, {
        viewer: { ...steward, roles: ['admin'] },
        trailId: trail.id,
        changes: { featured: true },
      });
    // The demo stands for trails published before the city required a training to publish
    // (PUBLISH_REQUIRES_TRAINING): turning it on gates new publications, it unpublishes nothing.
    // Nobody holds a certification yet when the trails are seeded (training comes after them).
    const beforeTheRequirement = { ...deps, config: { ...deps.config, publishRequiresTraining: undefined } };
    await publishTrail(beforeTheRequirement, { viewer: steward, trailId: trail.id });
    lines.push(`demo trail: ${trail.title} (${demo.stops.length} stops) — /parcours/voir/?id=${trail.id}`);
  }
  return lines;
};
