import { reportableMedia } from '../media/reportable.ts';
import type { QueueItem } from '../moderation/routes.ts';
import type { Reportable } from '../platform/reportable.ts';
import { reportableProjects } from '../projects/reportable.ts';
import { reportableTrails } from '../trails/reportable.ts';

/**
 * Everything residents can report, one adapter per kind: moderation (report, count, hide at the
 * threshold, queue, review) is written once over these. A new kind adds its adapter here.
 */
export const REPORTABLES: readonly Reportable<unknown, QueueItem>[] = [
  reportableMedia,
  reportableProjects,
  reportableTrails,
];
