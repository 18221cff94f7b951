import { LICENCES, type LicenceId } from './licences.ts';

/** The conditions a licence imposes on reusers; fewer conditions = more open. */
const CONDITIONS = ['attribution', 'shareAlike', 'nonCommercial', 'noDerivatives'] as const;

const conditionsOf = (id: LicenceId) => CONDITIONS.filter((condition) => LICENCES[id][condition]);

/**
 * True when `to` is at least as open as `from`: it imposes no condition `from` did not. A
 * published work may only move this way (reusers already relying on it keep their rights).
 */
export const isAtLeastAsOpen = (to: LicenceId, from: LicenceId): boolean => {
  const allowed = new Set(conditionsOf(from));
  return conditionsOf(to).every((condition) => allowed.has(condition));
};

/** Licences that a work under `from` may move to (itself included). */
export const moreOpenLicences = (from: LicenceId): LicenceId[] =>
  (Object.keys(LICENCES) as LicenceId[]).filter((to) => isAtLeastAsOpen(to, from));

/**
 * Whether a collection published under `collection` (a trail, a fork) may include an unmodified
 * work under `work`: a share-alike work asks for the very same licence on the collection, and a
 * non-commercial work cannot enter a collection that allows commercial reuse. No-derivatives
 * works may be included as they are (inclusion is not adaptation).
 */
export const canIncludeIn = (work: LicenceId, collection: LicenceId): boolean => {
  const w = LICENCES[work];
  const c = LICENCES[collection];
  if (w.shareAlike) return work === collection;
  if (w.nonCommercial && !c.nonCommercial) return false;
  return true;
};

/** Human-readable list, e.g. for a problem's detail: "CC BY 4.0, CC BY-SA 4.0". */
export const licenceNames = (ids: readonly LicenceId[]) => ids.map((id) => LICENCES[id].shortName).join(', ');
