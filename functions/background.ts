import { accountsBackground } from './accounts/background.ts';
import { lendingBackground } from './lending/background.ts';
import { mediaBackground } from './media/background.ts';
import { composeBackground } from './platform/feature.ts';
import { projectsBackground } from './projects/background.ts';
import { trailsBackground } from './trails/background.ts';
import { trainingBackground } from './training/background.ts';

/**
 * What the features run outside requests: the one list the jobs (`jobs/`) and the local runtime
 * (`infra/local/`) read, never the API (its bundle would carry the upload inspection; see
 * `FeatureBackground`). A feature with background work adds its `background.ts` here, in the
 * order of `features.ts`: demo seeders run in this order (people before their projects).
 */
export const BACKGROUND = [
  accountsBackground,
  mediaBackground,
  projectsBackground,
  trailsBackground,
  trainingBackground,
  lendingBackground,
] as const;

/** The features' daily tasks, upload processors and demo seeders, gathered once. */
export const BACKGROUND_WORK = composeBackground(BACKGROUND);
