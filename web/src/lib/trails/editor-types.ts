/**
 * The trail shapes the editor works with, inferred from the API's routes (never copied by hand),
 * and what the editor's islands share.
 */
import type { InferResponseType } from 'hono/client';
import type { LicenceId } from '../../../../functions/licences/licences.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { api } from '../api.ts';
import type { Translate } from '../ui/strings.ts';

type TrailEndpoint = (typeof api.api.trails)[':id'];
export type TrailEditor = InferResponseType<TrailEndpoint['editor']['$get'], 200>;
export type TrailDetail = TrailEditor['trail'];
export type Stop = TrailDetail['stops'][number];
export type StopMedia = Stop['media'][number];
export type MissingItem = TrailEditor['missing'][number];
export type Proposal = TrailEditor['proposals'][number];
export type LineString = NonNullable<TrailDetail['route']>;
export type ContributionMode = TrailDetail['contributionMode'];
export type ModerationMode = TrailDetail['moderationMode'];
export type OwnMedia = InferResponseType<typeof api.api.me.media.$get, 200>['items'][number];
export type MyTrail = InferResponseType<typeof api.api.me.trails.$get, 200>['items'][number];

/** The extensions a trail problem may carry (problem+json), each for one kind of refusal. */
export interface TrailProblem {
  status: number;
  errors?: { path: string }[];
  /** 409 on publishing, or a medium that is not accessible on a published trail. */
  missing?: MissingItem[];
  /** 409 on a contribution whose licence the trail's policy does not accept. */
  allowedLicences?: LicenceId[];
  licence?: LicenceId;
  /** 409 on a policy change that would leave out media already on the trail. */
  problems?: { mediaId: string; title: string; licence: LicenceId; reason: 'share-alike' | 'outside-policy' }[];
  /** 403 on publishing when the city requires a training (a setting) the steward does not hold now. */
  requiredTraining?: RequiredTraining;
}

/** The training a refused publication names: its module, title, and the steward's state in it. */
export interface RequiredTraining {
  moduleId: string;
  title: Record<Locale, string>;
  /** Why the steward's certification does not do (the API's certification states but `certified`). */
  status: { state: 'not-started' | 'expired' | 'renew' | 'revoked' };
}

/** What the parts of the editor page share: the trail as last read, and ways to change what is shown. */
export interface EditorContext {
  root: HTMLElement;
  s: Translate;
  trailId: string;
  /** The editor as the API last returned it. */
  current(): TrailEditor;
  /** Shows an editor the API just returned (after a change). */
  apply(editor: TrailEditor): void;
  /** Reads the editor again and shows it; false when that failed. */
  reload(): Promise<boolean>;
  /** The viewer's own ready media, read once. */
  ownMedia(): Promise<OwnMedia[]>;
  /** The page's main status line (announced). */
  announce(message: string, tone?: 'info' | 'success' | 'error'): void;
  /** Called with each editor shown. */
  onRender(listener: (editor: TrailEditor) => void): void;
}
