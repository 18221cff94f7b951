import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';
import type { Profile } from '../api-types.ts';
import type { Translate } from '../ui/strings.ts';

/** The project shapes as the API returns them, inferred from its routes (never copied by hand). */
type ProjectEndpoint = (typeof api.api.projects)[':slug'];
export type ProjectDetail = InferResponseType<ProjectEndpoint['$get'], 200>;
/**
 * A medium of the library. `alt` is sent by the API (it is part of the stored card) but missing
 * from its response schema, so it is added here, optional, until the schema declares it.
 */
export type AttachedMedia = ProjectDetail['media'][number] & { alt?: string };
/** A medium as a journal post carries it (the same card, without the library's date). */
export type MediaCard = Omit<AttachedMedia, 'attachedAt'>;
export type JournalPost = InferResponseType<ProjectEndpoint['journal']['$get'], 200>['items'][number];
export type ActivityEntry = InferResponseType<ProjectEndpoint['activity']['$get'], 200>['items'][number];
export type Membership = InferResponseType<ProjectEndpoint['membership']['$get'], 200>;
export type JoinRequest = InferResponseType<ProjectEndpoint['requests']['$get'], 200>['items'][number];
export type MapProject = InferResponseType<typeof api.api.projects.map.$get, 200>['items'][number];
export type OwnMedia = InferResponseType<typeof api.api.me.media.$get, 200>['items'][number];
export type ProjectMember = ProjectDetail['members'][number];

/** What the project page's island shares with the parts it loads for signed-in people. */
export interface ProjectPage {
  root: HTMLElement;
  slug: string;
  s: Translate;
  /** The project as last read from the API. */
  project(): ProjectDetail;
  /** Reads the project again (bypassing the browser cache) and shows it. */
  refresh(): Promise<void>;
  /** Shows the project as an API call just returned it. */
  show(project: ProjectDetail): void;
  refreshJournal(): Promise<void>;
  refreshActivity(): Promise<void>;
  /** Called with the project each time it is shown (first load and refreshes). */
  onRender(listener: (project: ProjectDetail) => void): void;
  /** The sign-in page, coming back here. */
  signInHref: string;
}

export interface SignedInContext extends ProjectPage {
  profile: Profile;
  membership(): Membership;
  /** Asks the API again for the viewer's relation to the project, and shows it. */
  refreshMembership(): Promise<void>;
}
