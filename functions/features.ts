import { accountsFeature } from './accounts/feature.ts';
import { calendarFeedFeature } from './calendar-feed/feature.ts';
import { healthFeature } from './health/feature.ts';
import { lendingFeature } from './lending/feature.ts';
import { mediaFeature } from './media/feature.ts';
import { moderationFeature } from './moderation/feature.ts';
import { composeFeatures } from './platform/feature.ts';
import { projectsFeature } from './projects/feature.ts';
import { trailsFeature } from './trails/feature.ts';
import { trainingFeature } from './training/feature.ts';

/**
 * Every feature of the portal: the one list the API (`api/app.ts`), the jobs (`jobs/`) and the
 * local runtime (`infra/local/`) read. Adding a feature is writing its `feature.ts` and one line
 * here (and its `background.ts` in `background.ts` if it works outside requests); removing one
 * is deleting its folders and its lines.
 *
 * Order matters: a feature comes after the ones it builds on (people, their media, projects
 * showing media, trails in projects). Routes are mounted in this order and personal data is
 * erased in the reverse one.
 */
export const FEATURES = [
  healthFeature,
  accountsFeature,
  mediaFeature,
  projectsFeature,
  trailsFeature,
  trainingFeature,
  lendingFeature,
  moderationFeature,
  // Reads the others' events through their `calendarEvents` parts.
  calendarFeedFeature,
] as const;

/** The features' personal data, reportables and hooks, gathered once. */
export const CONTRIBUTIONS = composeFeatures(FEATURES);
