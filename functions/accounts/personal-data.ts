import type { AppDeps } from '../platform/deps.ts';
import type { ContributionChoice, UserRecord } from './schema.ts';

/**
 * A feature's share of what the city holds about a person. Each feature that stores personal
 * data writes one of these in its own folder; `functions/api/personal-data-parts.ts` lists them,
 * and `GET /api/me/export` and `DELETE /api/me` walk the list.
 */
export interface PersonalDataPart {
  /** Key of this part in the export document, e.g. `media`. */
  name: string;
  export(deps: AppDeps, user: UserRecord): Promise<unknown>;
  /**
   * Erases this part, applying the person's choice for their published Creative Commons
   * contributions. Runs before the account itself is deleted; must be safe to run twice.
   */
  erase(deps: AppDeps, options: { user: UserRecord; contributions: ContributionChoice }): Promise<void>;
}
