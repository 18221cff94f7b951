import type { AppDeps } from './deps.ts';
import type { AppError } from './errors.ts';

/**
 * The person whose data is exported or erased, as the features see them: who they are and the
 * names their contributions are credited with. The account itself (profile, sessions) belongs to
 * the accounts feature, which walks the parts and passes its user record (a wider shape).
 */
export interface DataSubject {
  id: string;
  email: string;
  displayName: string;
  attributionName: string;
}

/** What happens to a leaving citizen's published Creative Commons contributions. */
export const CONTRIBUTION_CHOICES = ['keep-credited', 'keep-anonymous', 'withdraw'] as const;
export type ContributionChoice = (typeof CONTRIBUTION_CHOICES)[number];

/**
 * A feature's share of what the city holds about a person. Each feature that stores personal
 * data writes one in its own folder and lists it in its `feature.ts`; `GET /api/me/export` and
 * `DELETE /api/me` walk them all.
 */
export interface PersonalDataPart {
  /** Key of this part in the export document, e.g. `media`. */
  name: string;
  export(deps: AppDeps, person: DataSubject): Promise<unknown>;
  /**
   * Why the person cannot be erased yet, if this part has a reason (equipment still out or
   * reserved: the city must get it back first), as the problem to answer (a 409 naming what to
   * do); undefined when nothing here stands in the way. Asked before the erasure is recorded.
   */
  refuseErasure?(deps: AppDeps, person: DataSubject): Promise<AppError | undefined>;
  /**
   * Erases a batch of this part, at most `limit` records (a medium, a membership, a stop…),
   * applying the person's choice for their published Creative Commons contributions, and answers
   * whether that was all ('done') or some remain ('more'). The work job calls it again until done,
   * possibly in another run: it must find what remains from the table itself and be safe to
   * repeat. Runs before the account itself is deleted.
   */
  erase(
    deps: AppDeps,
    options: { user: DataSubject; contributions: ContributionChoice; limit: number },
  ): Promise<'done' | 'more'>;
}
