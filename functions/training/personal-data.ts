import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { inBatch } from '../platform/work.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { listModulesTaughtBy, removeInstructor } from './store/instructors.ts';
import { deleteTraineeItem, getTraineeRecords, listTraineeKeys } from './store/trainee.ts';

/**
 * Training's share of a person's data: their certifications, the audit trail of what was done to
 * them, their quiz attempts (questions, answers, scores), their progress, their settings (whether
 * their certifications show on their public page; null until they choose) and the modules they teach. Erasure
 * deletes all of it (a certification is the person's, not the city's record); the audit
 * entries an instructor wrote on others' certifications stay with those others, under an id
 * that no longer leads to anyone. Workshop registrations are `training-registrations`' part.
 */
export const trainingPersonalData: PersonalDataPart = {
  name: 'training',
  export: async (deps, person) => {
    const [records, teaches] = await Promise.all([
      getTraineeRecords(deps, person.id),
      listModulesTaughtBy(deps, person.id),
    ]);
    return {
      certifications: records.certifications,
      audit: records.audit,
      attempts: records.attempts,
      progress: records.progress,
      settings: records.settings
        ? { showOnProfile: records.settings.showOnProfile, updatedAt: records.settings.updatedAt }
        : null,
      teaches: teaches.map(({ moduleId, namedBy, namedAt }) => ({ moduleId, namedBy, namedAt })),
    };
  },
  erase: async (deps, { user, limit }) => {
    const [keys, teaches] = await Promise.all([listTraineeKeys(deps, user.id), listModulesTaughtBy(deps, user.id)]);
    const at = deps.clock.now().toISOString();
    const outcome = await inBatch(
      [
        ...teaches.map(
          (taught) => () =>
            removeInstructor(deps, { moduleId: taught.moduleId, userId: user.id, by: user.id, at }).then(() => {}),
        ),
        ...keys.map((key) => () => deleteTraineeItem(deps, key).then(() => {})),
      ],
      limit,
    );
    // Their public page no longer lists what this batch deleted (certifications, the setting that showed them).
    if (keys.length > 0) await holderCertificationsChanged(deps, user.id);
    return outcome;
  },
};
