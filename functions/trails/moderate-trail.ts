import { review } from '../moderation/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { reportableTrails } from './reportable.ts';

/** Admins hide a trail with a reason its stewards read in the editor; the reports are resolved. */
export const hideTrail = (deps: AppDeps, { trailId, reason }: { trailId: string; reason: string }) =>
  review(deps, reportableTrails, trailId, { hide: { reason } });

/** Admins show a hidden or reported trail again; the reports are resolved. */
export const restoreTrail = (deps: AppDeps, { trailId }: { trailId: string }) =>
  review(deps, reportableTrails, trailId, 'restore');
