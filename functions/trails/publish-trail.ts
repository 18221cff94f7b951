import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { type CertificationRequirement, publishingRequirement } from '../training/public.ts';
import { trailShownChanged } from './public-paths.ts';
import { missingForPublication } from './publication-rule.ts';
import type { TrailRecord } from './schema.ts';
import { getTrailPage, saveTrailOver, type TrailPage } from './store.ts';
import { requireTrailSteward } from './trail-access.ts';
import { mediaByStop } from './trail-views.ts';

/** What the publication rule still asks of a trail (the editor's checklist). Pure. */
export const missingOf = ({ stops, media }: TrailPage) => {
  const ready = mediaByStop(media);
  return missingForPublication(
    stops.map((stop) => ({
      id: stop.id,
      title: stop.title,
      media: (ready.get(stop.id) ?? []).map(({ card }) => card),
    })),
  );
};

/**
 * Saves the trail in its new status over the version that was read (409 if it moved meanwhile),
 * with the certification the city may require of the person publishing checked in the same
 * write (403 naming the training when it is missing, expired or revoked).
 */
const saveStatus = async (deps: AppDeps, trail: TrailRecord, requirement?: CertificationRequirement) => {
  if (!(await saveTrailOver(deps, trail, requirement ? [requirement.check] : []))) {
    await requirement?.refuseUnlessCertified();
    throw new AppError('conflict', 'The trail changed meanwhile: try again.');
  }
  // On or off the lists, its page and exports public or gone.
  await trailShownChanged(deps, trail.id);
};

const pageOrThrow = async (deps: AppDeps, trailId: string) => {
  const page = await getTrailPage(deps, trailId);
  if (!page) throw new AppError('not-found', `There is no trail "${trailId}".`);
  return page;
};

/**
 * Publishes a trail that meets the publication rule (409 listing what is missing otherwise).
 * Written against the version that was checked, so a stop added meanwhile cannot slip in unchecked.
 */
export const publishTrail = async (deps: AppDeps, { viewer, trailId }: { viewer: Viewer; trailId: string }) => {
  await requireTrailSteward(deps, trailId, viewer);
  const page = await pageOrThrow(deps, trailId);
  const missing = missingOf(page);
  if (missing.length > 0)
    throw new AppError('conflict', `The trail cannot be published yet: ${missing.map((m) => m.message).join(' ')}`, {
      extensions: { missing },
    });
  if (page.trail.status === 'published') return;
  const at = deps.clock.now();
  // The city may require a training to publish (a setting): explained up front, decided in the write.
  const requirement = publishingRequirement(deps, viewer.id, at);
  await requirement?.refuseUnlessCertified();
  const now = at.toISOString();
  await saveStatus(
    deps,
    { ...page.trail, status: 'published', publishedAt: page.trail.publishedAt ?? now, updatedAt: now },
    requirement,
  );
};

/** Takes a trail back to draft: off the lists and its public page, kept for its members. */
export const unpublishTrail = async (deps: AppDeps, { viewer, trailId }: { viewer: Viewer; trailId: string }) => {
  const trail = await requireTrailSteward(deps, trailId, viewer);
  if (trail.status === 'draft') return;
  await saveStatus(deps, { ...trail, status: 'draft', updatedAt: deps.clock.now().toISOString() });
};
