import { accountsFeature } from './accounts/feature.ts';
import { healthFeature } from './health/feature.ts';
import { mediaFeature } from './media/feature.ts';
import { moderationFeature } from './moderation/feature.ts';
import { composeFeatures } from './platform/feature.ts';
import { projectsFeature } from './projects/feature.ts';
import { trailsFeature } from './trails/feature.ts';

/**
 * Every feature of the portal: the one list the API (`api/app.ts`), the jobs (`jobs/`) and the
 * local runtime (`infra/local/`) read. Adding a feature is writing its `feature.ts` and one line
 * here; removing one is deleting its folders and its line.
 *
 * Order matters: a feature comes after the ones it builds on (people, their media, projects
 * showing media, trails in projects). Demo seeders run in this order, personal data is erased
 * in the reverse one, and routes are mounted in this order.
 */
export const FEATURES = [
  healthFeature,
  accountsFeature,
  mediaFeature,
  projectsFeature,
  trailsFeature,
  moderationFeature,
] as const;

/** The features' daily tasks, upload processors, personal data, seeders and hooks, gathered once. */
export const CONTRIBUTIONS = composeFeatures(FEATURES);
