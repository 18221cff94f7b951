import type { AppDeps } from '../platform/deps.ts';
import type { TransactItem } from '../platform/transact.ts';
import { findModule, trainingCatalogue } from './catalogue.ts';
import { type CertificationRequirement, certificationRequirement } from './certification-requirement.ts';
import { acceptedMajor } from './certification-rules.ts';
import type { TrainingModule } from './module-schema.ts';
import { certificationCheckItem } from './store/certifications.ts';

/** What other features (lending first) may use of training. */

/** The module whose certification unlocks an equipment category; none when the category needs no training. */
export const requiredTrainingFor = (category: string): TrainingModule | undefined =>
  trainingCatalogue().find((module) => module.manifest.unlocks.includes(category));

/**
 * The transaction item a booking of equipment in `category` includes, so that the write itself
 * refuses a person without a valid certification (none when the category needs no training).
 * Decide in the same transaction as the booking, never before it.
 */
export function certificationCheck(
  deps: Pick<AppDeps, 'tableName'>,
  personId: string,
  category: string,
  now: Date,
): TransactItem | undefined {
  const module = requiredTrainingFor(category);
  if (!module) return undefined;
  return certificationCheckItem(deps, {
    userId: personId,
    moduleId: module.id,
    acceptsFromMajor: acceptedMajor(module),
    now,
  });
}

/**
 * Explains a booking of equipment in `category` that the certification check refused: a 403
 * problem naming the module, its title and what is wrong (not started, expired, renew, revoked),
 * thrown unless the person holds the certification at `now` (then nothing: they were certified
 * meanwhile, and the booking may be tried again). Nothing when the category needs no training.
 */
export const refuseUnlessCertifiedFor = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  personId: string,
  category: string,
  now: Date,
): Promise<void> => {
  const module = requiredTrainingFor(category);
  if (!module) return;
  await certificationRequirement(deps, {
    personId,
    moduleId: module.id,
    now,
    act: 'borrow this equipment',
  }).refuseUnlessCertified();
};

/**
 * The certification a person needs to publish a trail, when the city requires one
 * (`PUBLISH_REQUIRES_TRAINING`, off by default); none otherwise. Trails' publication puts its
 * `check` in the publishing transaction and explains a refusal with `refuseUnlessCertified`.
 */
export const publishingRequirement = (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'config'>,
  personId: string,
  now: Date,
): CertificationRequirement | undefined =>
  deps.config.publishRequiresTraining
    ? certificationRequirement(deps, {
        personId,
        moduleId: deps.config.publishRequiresTraining,
        now,
        act: 'publish a trail',
      })
    : undefined;

/**
 * Why a setting that names a training module (`publishRequiresTraining`) cannot stand, or
 * undefined when it names a module of the catalogue. Synth and `npm start` refuse such a value,
 * rather than a portal where nobody could ever publish.
 */
export const unknownModuleReason = (moduleId: string): string | undefined =>
  findModule(moduleId)
    ? undefined
    : `"${moduleId}" is no module of content/training/ (the modules: ${trainingCatalogue()
        .map((module) => module.id)
        .join(', ')}).`;

export type { CertificationRequirement };
export { findModule };
