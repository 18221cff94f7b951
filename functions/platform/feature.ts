import type { Hono } from 'hono';
import type { MergePath, MergeSchemaPath, Schema } from 'hono/types';
import type { LargeBody } from './body-limit.ts';
import type { CalendarFeedPart } from './calendar-feed-part.ts';
import type { DailyTask } from './daily-task.ts';
import type { DemoSeeder } from './demo-seeder.ts';
import type { AppDeps, FeatureHooks, ProjectVisibilityListener, StaffPlaces } from './deps.ts';
import type { PersonalDataPart } from './personal-data-part.ts';
import type { Reportable } from './reportable.ts';
import type { AppEnv } from './router.ts';
import type { UploadProcessor } from './upload-processor.ts';
import type { StepResult, WorkRecord } from './work.ts';

/**
 * What one feature plugs into the API, exported from its `feature.ts`. Every part is optional:
 * a feature contributes only what it has. `functions/features.ts` lists the features; the API,
 * the jobs and the local runtime read that list, never a feature's folder.
 *
 * What runs outside requests (daily tasks, upload processing, demo seeding) is the feature's
 * `background.ts` instead (`FeatureBackground` below): the API Lambda bundles everything its
 * feature list imports, and the upload inspection alone (audio/video parsers) would grow it by
 * a quarter for code no request runs.
 */
export interface Feature {
  /** The feature's folder name, for logs and messages. */
  readonly name: string;
  /** Sub-apps mounted under `/api`, in this order (a static path before a parameter that would match it). */
  readonly routes?: readonly RouteMount[];
  /** Routes of the feature that accept a body over the API's usual limit, each with its own maximum. */
  readonly largeBodies?: readonly LargeBody[];
  /** The feature's share of a person's data, for export and erasure. */
  readonly personalData?: readonly PersonalDataPart[];
  /** React when the city hides or restores a project. */
  readonly projectVisibilityListeners?: readonly ProjectVisibilityListener[];
  /** The kinds of item residents may report: moderation reports, hides, queues and reviews them. */
  readonly reportables?: readonly Reportable[];
  /** The places the feature keeps that staff can be attached to (lending points). */
  readonly staffPlaces?: readonly StaffPlaces[];
  /** The feature's events in a person's private calendar feed (loans, workshop sessions). */
  readonly calendarEvents?: readonly CalendarFeedPart[];
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

/** Every feature's contributions to the API gathered, in the order the parts that walk them need. */
export interface Contributions {
  readonly largeBodies: readonly LargeBody[];
  readonly personalData: readonly PersonalDataPart[];
  readonly reportables: readonly Reportable[];
  /** Every feature's part of a person's calendar feed, in the list's order. */
  readonly calendarEvents: readonly CalendarFeedPart[];
  /** Handed to use cases with the dependencies (`AppDeps.hooks`). */
  readonly hooks: FeatureHooks;
}

/** Each part that `pick` finds in the list, in the list's order. */
const gather = <Item, T>(items: readonly Item[], pick: (item: Item) => readonly T[] | undefined): T[] =>
  items.flatMap((item) => pick(item) ?? []);

/**
 * Gathers the features' contributions. Features are listed after the features they build on;
 * personal data is exported and erased in the reverse order (a trail's stops use media, so
 * trails go before media).
 */
export const composeFeatures = (features: readonly Feature[]): Contributions => ({
  largeBodies: gather(features, (feature) => feature.largeBodies),
  personalData: gather(features, (feature) => feature.personalData).reverse(),
  reportables: gather(features, (feature) => feature.reportables),
  calendarEvents: gather(features, (feature) => feature.calendarEvents),
  hooks: {
    projectVisibilityListeners: gather(features, (feature) => feature.projectVisibilityListeners),
    staffPlaces: gather(features, (feature) => feature.staffPlaces),
  },
});

/**
 * What one feature runs outside requests, exported from its `background.ts`: the jobs and the
 * local runtime read `functions/background.ts`'s list; the API never imports it.
 */
export interface FeatureBackground {
  /** The feature's folder name, as in its `feature.ts`. */
  readonly name: string;
  /** Run once a day by the daily job. */
  readonly dailyTasks?: readonly DailyTask[];
  /** Handle objects created in the media bucket under their prefix. */
  readonly uploadProcessors?: readonly UploadProcessor[];
  /** Load the feature's part of the demo city on a new local table. */
  readonly demoSeeders?: readonly DemoSeeder[];
  /** Long work its use cases record and the work job does in steps (see work.ts). */
  readonly workHandlers?: readonly WorkHandler[];
}

/** Every feature's background work gathered. */
export interface BackgroundWork {
  readonly dailyTasks: readonly DailyTask[];
  readonly uploadProcessors: readonly UploadProcessor[];
  /** In the list's order: people before their projects, media before what shows them. */
  readonly demoSeeders: readonly DemoSeeder[];
  readonly workHandlers: readonly WorkHandler[];
}

/** Declares a feature's background work. */
export const defineBackground = (background: FeatureBackground): FeatureBackground => background;

export const composeBackground = (backgrounds: readonly FeatureBackground[]): BackgroundWork => ({
  dailyTasks: gather(backgrounds, (background) => background.dailyTasks),
  uploadProcessors: gather(backgrounds, (background) => background.uploadProcessors),
  demoSeeders: gather(backgrounds, (background) => background.demoSeeders),
  workHandlers: gather(backgrounds, (background) => background.workHandlers),
});

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
