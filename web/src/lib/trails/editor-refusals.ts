/**
 * What the editor says when the API refuses a contribution or a change (problem+json), in the
 * page's language: the API's own messages are English and never shown.
 */

import { LICENCES } from '../../../../functions/licences/licences.ts';
import type { Translate } from '../ui/strings.ts';
import { licenceNames } from './editor-licences.ts';
import type { OwnMedia, TrailProblem } from './editor-types.ts';

/**
 * A 409 on a stop or a medium brought to a trail: a licence outside the trail's policy (naming the
 * licences it accepts), a medium not accessible on a published trail, or a medium not ready.
 */
export const contributionConflict = (s: Translate, problem: TrailProblem, chosen: readonly OwnMedia[]): string => {
  if (problem.allowedLicences) {
    const allowed = licenceNames(problem.allowedLicences);
    const outside = chosen.find((media) => !problem.allowedLicences?.includes(media.licence));
    if (!outside) return s('trailEditor.refusal.licenceOnly', { allowed });
    return s('trailEditor.refusal.licence', {
      allowed,
      title: outside.title,
      licence: LICENCES[outside.licence].shortName,
    });
  }
  const gap = problem.missing?.[0];
  if (gap) {
    const title = chosen.find((media) => media.id === gap.mediaId)?.title ?? '';
    return s(
      gap.code === 'video-without-captions' ? 'trailEditor.refusal.captions' : 'trailEditor.refusal.transcript',
      { title },
    );
  }
  return s('trailEditor.refusal.notReady');
};

/** A 409 on a new licence policy that would leave out media already on the trail. */
export const policyConflict = (s: Translate, problem: TrailProblem): string => {
  const reasons = (problem.problems ?? []).map((item) =>
    s(item.reason === 'share-alike' ? 'trailEditor.refusal.policyShareAlike' : 'trailEditor.refusal.policyOutside', {
      title: item.title,
      licence: LICENCES[item.licence].shortName,
    }),
  );
  return [s('trailEditor.refusal.policy'), ...reasons].join(' ');
};
