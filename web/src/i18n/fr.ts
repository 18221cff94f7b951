/**
 * The French dictionary: the reference, merged from each feature's strings, which live in one
 * folder per feature (`site/`, `accounts/`, …, named like `views/` and `lib/`). `en.ts` must have
 * exactly the same keys. `{name}` marks a value filled in at render time.
 * A new feature adds its `fr.ts` here and its `en.ts` in `en.ts`; keys start with the feature's
 * name, so two features never define the same key (a unit test checks it).
 */
import { accountsFr } from './accounts/fr.ts';
import { calendarFeedFr } from './calendar-feed/fr.ts';
import { lendingFr } from './lending/fr.ts';
import { lendingCatalogueFr } from './lending-catalogue/fr.ts';
import { lendingDeskFr } from './lending-desk/fr.ts';
import { lendingMaintenanceFr } from './lending-maintenance/fr.ts';
import { lendingPointsFr } from './lending-points/fr.ts';
import { lendingUnitsFr } from './lending-units/fr.ts';
import { lendingWaitlistFr } from './lending-waitlist/fr.ts';
import { mediaFr } from './media/fr.ts';
import { projectsFr } from './projects/fr.ts';
import { siteFr } from './site/fr.ts';
import { trailEditorFr } from './trails/editor/fr.ts';
import { trailsFr } from './trails/fr.ts';
import { trainingFr } from './training/fr.ts';
import { trainingStaffFr } from './training-staff/fr.ts';
import type { Translation } from './translation.ts';

export const fr = {
  ...siteFr,
  ...accountsFr,
  ...projectsFr,
  ...mediaFr,
  ...trailsFr,
  ...trailEditorFr,
  ...trainingFr,
  ...trainingStaffFr,
  ...lendingPointsFr,
  ...lendingFr,
  ...lendingCatalogueFr,
  ...lendingMaintenanceFr,
  ...lendingWaitlistFr,
  ...lendingDeskFr,
  ...lendingUnitsFr,
  ...calendarFeedFr,
};

/** A dictionary: exactly the keys of the French reference, each a string. */
export type Dictionary = Translation<typeof fr>;
