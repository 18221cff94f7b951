import { accountsEn } from './accounts/en.ts';
import { calendarFeedEn } from './calendar-feed/en.ts';
import type { Dictionary } from './fr.ts';
import { lendingEn } from './lending/en.ts';
import { lendingCatalogueEn } from './lending-catalogue/en.ts';
import { lendingDeskEn } from './lending-desk/en.ts';
import { lendingMaintenanceEn } from './lending-maintenance/en.ts';
import { lendingPointsEn } from './lending-points/en.ts';
import { lendingUnitsEn } from './lending-units/en.ts';
import { lendingWaitlistEn } from './lending-waitlist/en.ts';
import { mediaEn } from './media/en.ts';
import { projectsEn } from './projects/en.ts';
import { siteEn } from './site/en.ts';
import { trailEditorEn } from './trails/editor/en.ts';
import { trailsEn } from './trails/en.ts';
import { trainingEn } from './training/en.ts';
import { trainingStaffEn } from './training-staff/en.ts';

/**
 * The English dictionary: each feature's English strings, which have exactly the keys of its
 * French ones; the `Dictionary` type makes sure no feature is left out.
 */
export const en: Dictionary = {
  ...siteEn,
  ...accountsEn,
  ...projectsEn,
  ...mediaEn,
  ...trailsEn,
  ...trailEditorEn,
  ...trainingEn,
  ...trainingStaffEn,
  ...lendingPointsEn,
  ...lendingEn,
  ...lendingCatalogueEn,
  ...lendingMaintenanceEn,
  ...lendingWaitlistEn,
  ...lendingDeskEn,
  ...lendingUnitsEn,
  ...calendarFeedEn,
};
