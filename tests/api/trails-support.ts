import type { MediaRecord } from '../../functions/media/schema.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { contributeStop } from '../../functions/trails/contribute-stop.ts';
import { createTrail } from '../../functions/trails/create-trail.ts';
import { publishTrail } from '../../functions/trails/publish-trail.ts';
import { CreateTrailSchema, StopInputSchema } from '../../functions/trails/schema.ts';
import { readyMediaFixture } from './media-support.ts';
import { projectFixture, viewerFor } from './projects-support.ts';

/** Stops along the quays of a harbour town, about 150 m apart. */
export const QUAY_STOPS = [
  { title: 'Le pont', lat: 48.3841, lng: -4.4953 },
  { title: 'La tour', lat: 48.3836, lng: -4.4972 },
  { title: 'Les ateliers', lat: 48.3855, lng: -4.4993 },
];

/** A ready audio medium with a transcript, the kind a trail stop plays. */
export const stopAudioFixture = (deps: AppDeps, ownerId: string, overrides: Partial<MediaRecord> = {}) =>
  readyMediaFixture(deps, ownerId, { transcript: 'Ici, le pont se lève pour les navires.', ...overrides });

/**
 * A trail in a new project stewarded by `stewardId`, with `stops` stops (one audio each, with a
 * transcript), published unless told otherwise; made through the use cases.
 */
export const trailFixture = async (
  deps: AppDeps,
  stewardId: string,
  options: { stops?: number; publish?: boolean; input?: Record<string, unknown> } = {},
) => {
  const project = await projectFixture(deps, stewardId);
  const viewer = await viewerFor(deps, stewardId);
  const trail = await createTrail(deps, {
    viewer,
    input: CreateTrailSchema.parse({
      projectSlug: project.slug,
      title: `Parcours ${crypto.randomUUID().slice(0, 8)}`,
      languages: ['fr'],
      area: 'Recouvrance',
      ...options.input,
    }),
  });
  const stopIds: string[] = [];
  const media: MediaRecord[] = [];
  for (const place of QUAY_STOPS.slice(0, options.stops ?? 2)) {
    const medium = await stopAudioFixture(deps, stewardId);
    media.push(medium);
    const { stopId } = await contributeStop(deps, {
      viewer,
      trailId: trail.id,
      input: StopInputSchema.parse({ ...place, mediaIds: [medium.id] }),
    });
    if (stopId) stopIds.push(stopId);
  }
  if (options.publish ?? true) await publishTrail(deps, { viewer, trailId: trail.id });
  return { trail, project, stopIds, media };
};
