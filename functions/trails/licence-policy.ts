import { licenceNames } from '../licences/licence-rules.ts';
import { LICENCES, type LicenceId } from '../licences/licences.ts';
import { AppError } from '../platform/errors.ts';

/** Whether a contribution under `licence` may join a trail whose policy is `policy`. Pure. */
export const isAllowedByPolicy = (licence: LicenceId, policy: readonly LicenceId[]): boolean =>
  policy.includes(licence);

/** The refusal of a contribution whose licence the trail does not accept, naming those it does. */
export const licenceOutsidePolicy = (
  medium: { id: string; title: string; licence: LicenceId },
  policy: readonly LicenceId[],
) =>
  new AppError(
    'conflict',
    `This trail accepts contributions under ${licenceNames(policy)} only; “${medium.title}” is under ${LICENCES[medium.licence].shortName}.`,
    {
      extensions: {
        reason: 'licence-outside-policy',
        allowedLicences: [...policy],
        licence: medium.licence,
        mediaId: medium.id,
        mediaTitle: medium.title,
      },
    },
  );

export interface PolicyProblem {
  mediaId: string;
  title: string;
  licence: LicenceId;
  reason: 'share-alike' | 'outside-policy';
  message: string;
}

/**
 * What keeps a trail (a fork, or a trail whose policy changes) from carrying these media under
 * this policy. A share-alike medium asks that its licence stay among the trail's own: its
 * reusers' obligation to share alike must remain possible inside the trail. Any other medium
 * outside the policy would contradict what the trail promises its reusers. Pure.
 */
export const policyProblems = (
  policy: readonly LicenceId[],
  media: readonly { id: string; title: string; licence: LicenceId }[],
): PolicyProblem[] =>
  media
    .filter((medium) => !isAllowedByPolicy(medium.licence, policy))
    .map((medium) => {
      const name = LICENCES[medium.licence].shortName;
      return LICENCES[medium.licence].shareAlike
        ? {
            mediaId: medium.id,
            title: medium.title,
            licence: medium.licence,
            reason: 'share-alike' as const,
            message: `“${medium.title}” is under ${name}, a share-alike licence: the trail’s policy must keep ${name}.`,
          }
        : {
            mediaId: medium.id,
            title: medium.title,
            licence: medium.licence,
            reason: 'outside-policy' as const,
            message: `“${medium.title}” is under ${name}, which the policy leaves out.`,
          };
    });
