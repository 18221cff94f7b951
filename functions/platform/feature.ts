import type { Hono } from 'hono';
import type { MergePath, MergeSchemaPath, Schema } from 'hono/types';
import type { DailyTask } from './daily-task.ts';
import type { DemoSeeder } from './demo-seeder.ts';
import type { AppDeps, FeatureHooks, ProjectVisibilityListener } from './deps.ts';
import type { PersonalDataPart } from './personal-data-part.ts';
import type { Reportable } from './reportable.ts';
import type { AppEnv } from './router.ts';
import type { UploadProcessor } from './upload-processor.ts';
import type { StepResult, WorkRecord } from './work.ts';

/**
 * What one feature plugs into the portal, exported from its `feature.ts`. Every part is optional:
 * a feature contributes only what it has. `functions/features.ts` lists the features; the API,
 * the jobs and the local runtime read that list, never a feature's folder.
 */
export interface Feature {
  /** The feature's folder name, for logs and messages. */
  readonly name: string;
  /** Sub-apps mounted under `/api`, in this order (a static path before a parameter that would match it). */
  readonly routes?: readonly RouteMount[];
  /** Run once a day by the daily job. */
  readonly dailyTasks?: readonly DailyTask[];
  /** Handle objects created in the media bucket under their prefix. */
  readonly uploadProcessors?: readonly UploadProcessor[];
  /** The feature's share of a person's data, for export and erasure. */
  readonly personalData?: readonly PersonalDataPart[];
  /** Load the feature's part of the demo city on a new local table. */
  readonly demoSeeders?: readonly DemoSeeder[];
  /** React when the city hides or restores a project. */
  readonly projectVisibilityListeners?: readonly ProjectVisibilityListener[];
  /** The kinds of item residents may report: moderation reports, hides, queues and reviews them. */
  readonly reportables?: readonly Reportable[];
  /** Long work its use cases record and the work job does in steps (see work.ts). */
  readonly workHandlers?: readonly WorkHandler[];
}

/**
 * What a feature does for one kind of work item (work.ts). A step does a bounded amount (a batch
 * of files, a batch of records) and must be safe to repeat: a run can stop after any write, and
 * the next one starts again from the item's saved progress and from what is left in the table and
 * the bucket. It receives the contributions of all features (an erasure walks every feature's part).
 */
export interface WorkHandler {
  readonly kind: string;
  step(deps: AppDeps, work: WorkRecord, contributions: Contributions): Promise<StepResult>;
}

/**
 * A sub-app and where it is mounted. The sub-app is built from the dependencies and from the
 * contributions of all features (accounts' `/me` walks every feature's personal data).
 */
export interface RouteMount<Path extends string = string, S extends Schema = Schema> {
  readonly path: Path;
  readonly app: (deps: AppDeps, contributions: Contributions) => Hono<AppEnv, S>;
}

/** A mount point, with its path and its routes' types kept for the web's typed client. */
export const mount = <const Path extends string, S extends Schema>(
  path: Path,
  app: RouteMount<Path, S>['app'],
): RouteMount<Path, S> => ({ path, app });

/** Declares a feature, keeping the exact types of its routes (the typed client is built from them). */
export const defineFeature = <const F extends Feature>(feature: F): F => feature;

/** Every feature's contributions gathered, in the order the parts that walk them need. */
export interface Contributions {
  readonly dailyTasks: readonly DailyTask[];
  readonly uploadProcessors: readonly UploadProcessor[];
  readonly personalData: readonly PersonalDataPart[];
  readonly demoSeeders: readonly DemoSeeder[];
  readonly reportables: readonly Reportable[];
  readonly workHandlers: readonly WorkHandler[];
  /** Handed to use cases with the dependencies (`AppDeps.hooks`). */
  readonly hooks: FeatureHooks;
}

/**
 * Gathers the features' contributions. Features are listed after the features they build on;
 * demo seeders run in that order (people before their projects), personal data is exported and
 * erased in the reverse one (a trail's stops use media, so trails go before media).
 */
export const composeFeatures = (features: readonly Feature[]): Contributions => {
  const all = <T>(pick: (feature: Feature) => readonly T[] | undefined): T[] =>
    features.flatMap((feature) => pick(feature) ?? []);
  return {
    dailyTasks: all((feature) => feature.dailyTasks),
    uploadProcessors: all((feature) => feature.uploadProcessors),
    personalData: all((feature) => feature.personalData).reverse(),
    demoSeeders: all((feature) => feature.demoSeeders),
    reportables: all((feature) => feature.reportables),
    workHandlers: all((feature) => feature.workHandlers),
    hooks: { projectVisibilityListeners: all((feature) => feature.projectVisibilityListeners) },
  };
};

/** Every route mount of the features, in their order. */
export const routeMountsOf = (features: readonly Feature[]): RouteMount[] =>
  features.flatMap((feature) => feature.routes ?? []);

type MountedSchemaOf<Mount, Base extends string> =
  Mount extends RouteMount<infer Path, infer S> ? MergeSchemaPath<S, MergePath<Base, Path>> : never;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/**
 * The routes' types of every feature mounted under `Base`: what chaining `app.route(path, subApp)`
 * over the list would have accumulated (an intersection, as OpenAPIHono's `route` builds it),
 * computed from the list's type instead of a hand-written chain.
 */
export type MountedSchema<Features extends readonly Feature[], Base extends string> = UnionToIntersection<
  MountedSchemaOf<NonNullable<Features[number]['routes']>[number], Base>
>;
