import type { PersonalDataPart } from '../accounts/personal-data.ts';
import { mediaPersonalData } from '../media/personal-data.ts';
import { projectsPersonalData } from '../projects/personal-data.ts';
import { trailsPersonalData } from '../trails/personal-data.ts';

/**
 * Each feature's share of a person's data, for export and erasure (GET /api/me/export,
 * DELETE /api/me). A feature that stores personal data adds its part here; the accounts
 * feature itself (profile, sessions) is handled last by the use cases.
 */
export const PERSONAL_DATA_PARTS: PersonalDataPart[] = [
  // Trails first: their stop media are uses of media, which the media part then updates or removes.
  trailsPersonalData,
  projectsPersonalData,
  mediaPersonalData,
];
