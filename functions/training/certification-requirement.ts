import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { TransactItem } from '../platform/transact.ts';
import { findModule } from './catalogue.ts';
import { acceptedMajor, certificationStatus } from './certification-rules.ts';
import { certificationCheckItem, getCertification } from './store/certifications.ts';

/** A certification another feature's write requires of a person: the check its transaction includes, and the explanation of a refusal. */
export interface CertificationRequirement {
  moduleId: string;
  /** The `ConditionCheck` to put in the same transaction as the write it guards. */
  check: TransactItem;
  /** A 403 problem naming the module and what is wrong (not started, expired, renew, revoked) unless the person holds it now. */
  refuseUnlessCertified(): Promise<void>;
}

/** What the person must hold of `moduleId` to act at `now`. */
export function certificationRequirement(
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  options: { personId: string; moduleId: string; now: Date; act: string },
): CertificationRequirement {
  const module = findModule(options.moduleId);
  // A setting naming a module the city does not have is a deployment mistake: say so loudly.
  if (!module)
    throw new Error(`Training module "${options.moduleId}" is required to ${options.act} but does not exist`);
  return {
    moduleId: module.id,
    check: certificationCheckItem(deps, {
      userId: options.personId,
      moduleId: module.id,
      acceptsFromMajor: acceptedMajor(module),
      now: options.now,
    }),
    refuseUnlessCertified: async () => {
      const certification = await getCertification(deps, options.personId, module.id);
      const status = certification
        ? certificationStatus(certification, module, options.now)
        : ({ state: 'not-started' } as const);
      if (status.state === 'certified') return;
      throw new AppError(
        'forbidden',
        `To ${options.act}, complete the training “${module.manifest.title.en}” (« ${module.manifest.title.fr} »).`,
        { extensions: { requiredTraining: { moduleId: module.id, title: module.manifest.title, status } } },
      );
    },
  };
}
