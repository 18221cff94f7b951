import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { trailShownChanged } from './public-paths.ts';
import type { StopRecord, StopUpdateSchema, TrailRecord } from './schema.ts';
import { removeMediaFromStop, removeStopOver, saveStop, saveStopOrderOver } from './store.ts';
import { requireTrailSteward, stopOrThrow, trailOrThrow } from './trail-access.ts';
import { refreshTrailSummary } from './trail-summary.ts';

type Deps = AppDeps;

/** A steward edits a stop's title, text, place or trigger radius. */
export const updateStop = async (
  deps: Deps,
  {
    viewer,
    trailId,
    stopId,
    changes,
  }: { viewer: Viewer; trailId: string; stopId: string; changes: z.infer<typeof StopUpdateSchema> },
) => {
  await requireTrailSteward(deps, trailId, viewer);
  const stop = await stopOrThrow(deps, trailId, stopId);
  const now = deps.clock.now().toISOString();
  const updated = await saveStop(deps, { ...stop, ...changes, updatedAt: now }, now);
  if (!updated) throw new AppError('not-found', 'There is no such stop on this trail.');
  await refreshTrailSummary(deps, trailId);
  await trailShownChanged(deps, trailId);
};

/**
 * Takes a stop and its media off the trail (the media themselves stay their contributors').
 * The new order is written against the version it was computed from, retried when a concurrent
 * change moved it, so a stop added meanwhile is never dropped.
 */
const deleteStop = async (deps: Deps, trailId: string, stopId: string, readTrail: () => Promise<TrailRecord>) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const trail = await readTrail();
    const now = deps.clock.now().toISOString();
    const removed = await removeStopOver(deps, trail, stopId, now);
    if (removed) {
      await refreshTrailSummary(deps, trailId);
      await trailShownChanged(deps, trailId);
      return;
    }
    await stopOrThrow(deps, trailId, stopId);
  }
  throw new AppError('conflict', 'The trail keeps changing; try again.');
};

/** A steward removes a stop. */
export const removeStop = async (
  deps: Deps,
  { viewer, trailId, stopId }: { viewer: Viewer; trailId: string; stopId: string },
) => {
  await requireTrailSteward(deps, trailId, viewer);
  await stopOrThrow(deps, trailId, stopId);
  await deleteStop(deps, trailId, stopId, () => requireTrailSteward(deps, trailId, viewer));
};

/** A contributor erased their account and withdrew their contributions: their stop goes. */
export const removeStopOnErasure = (deps: Deps, stop: Pick<StopRecord, 'trailId' | 'id'>) =>
  deleteStop(deps, stop.trailId, stop.id, () => trailOrThrow(deps, stop.trailId));

/** A steward takes a medium off a stop (moderation after publication, or a change of mind). */
export const removeStopMedia = async (
  deps: Deps,
  { viewer, trailId, stopId, mediaId }: { viewer: Viewer; trailId: string; stopId: string; mediaId: string },
) => {
  await requireTrailSteward(deps, trailId, viewer);
  const now = deps.clock.now().toISOString();
  const removed = await removeMediaFromStop(deps, { trailId, stopId, mediaId }, now);
  if (!removed) throw new AppError('not-found', 'This medium is not at this stop.');
  await trailShownChanged(deps, trailId);
};

/**
 * A steward puts the stops in a new order. The order must name every stop exactly once (400),
 * and is written only if the trail is still at the version it was read at: of two concurrent
 * reorders one wins, the other gets 409 and reloads — no stop is ever lost.
 */
export const reorderStops = async (
  deps: Deps,
  { viewer, trailId, stopIds, version }: { viewer: Viewer; trailId: string; stopIds: string[]; version: number },
) => {
  const trail = await requireTrailSteward(deps, trailId, viewer);
  const duplicates = stopIds.filter((id, index) => stopIds.indexOf(id) !== index);
  const current = new Set(trail.stopOrder);
  const missing = trail.stopOrder.filter((id) => !stopIds.includes(id));
  const unknown = stopIds.filter((id) => !current.has(id));
  if (duplicates.length > 0 || missing.length > 0 || unknown.length > 0)
    throw new AppError('validation', 'The new order must name every stop of the trail exactly once.', {
      extensions: {
        errors: [{ in: 'body', path: 'stopIds', message: 'Every stop exactly once' }],
        duplicates: [...new Set(duplicates)],
        missing,
        unknown,
      },
    });
  const stale = () =>
    new AppError(
      'conflict',
      'The trail changed since you loaded it (someone else edited its stops): reload and try again.',
      {
        extensions: { currentVersion: trail.version },
      },
    );
  if (version !== trail.version) throw stale();
  const written = await saveStopOrderOver(deps, trail, stopIds, deps.clock.now().toISOString());
  if (!written) throw stale();
  await refreshTrailSummary(deps, trailId);
  await trailShownChanged(deps, trailId);
};
