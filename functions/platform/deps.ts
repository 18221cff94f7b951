import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from './config.ts';
import type { CredentialSigner } from './credential-signer.ts';
import type { EdgeCache } from './edge-cache.ts';
import type { Mailer } from './mailer.ts';
import type { BusinessMetrics } from './metrics.ts';
import type { WorkStarter } from './work.ts';

/** Time is injected so that expiry, idle sessions and digests can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Everything the API and the jobs need from the outside world. The Lambda entries, the local
 * server and the tests each build one of these with their own clients.
 */
export interface AppDeps {
  db: DynamoDBDocumentClient;
  s3: S3Client;
  tableName: string;
  mediaBucket: string;
  mailer: Mailer;
  /** The shared cache in front of the public reads, told what a change makes stale. */
  edgeCache: EdgeCache;
  clock: Clock;
  config: AppConfig;
  /** Starts the work job on a recorded work item (see work.ts), without waiting for it. */
  work: WorkStarter;
  /** The portal's own counters (uploads accepted, sign-ins…), for the operations dashboard. */
  metrics: BusinessMetrics;
  /** Signs the credentials (Open Badges) the portal issues: KMS in AWS, a key file locally. */
  credentialSigner: CredentialSigner;
  /** What features do when another feature's state changes, gathered from the feature list. */
  hooks: FeatureHooks;
}

/**
 * The hooks a use case calls while it runs. They travel with the dependencies (not as imports) so
 * that a feature can tell others about a change without knowing who listens: projects does not
 * import trails, trails plugs its listener in through its `feature.ts`. They live here, beside
 * `AppDeps`, because each hook receives the dependencies and the dependencies carry the hooks.
 */
export interface FeatureHooks {
  projectVisibilityListeners: readonly ProjectVisibilityListener[];
  /** Which ids name real places staff can be attached to (lending points): accounts checks roles with it. */
  staffPlaces: readonly StaffPlaces[];
}

/** A project was hidden by the city (moderation) or restored: what depends on it follows. */
export interface ProjectVisibilityListener {
  onProjectVisibilityChanged(deps: AppDeps, change: { slug: string; hidden: boolean }): Promise<void>;
}

/**
 * The places staff can be attached to (accounts' `staffOf`): a feature that keeps such places
 * (lending keeps its lending points) says which ids are real. Accounts comes before lending in the
 * feature list and never imports it; it asks through `deps.hooks.staffPlaces` (`staff-places.ts`).
 */
export interface StaffPlaces {
  /** Of `ids`, the ones this feature knows as a place (the others are left to other features). */
  known(deps: Pick<AppDeps, 'db' | 'tableName'>, ids: readonly string[]): Promise<string[]>;
}
