import { moreOpenLicences } from '../../../../functions/licences/licence-rules.ts';
import { LICENCE_IDS, LICENCES, type LicenceId } from '../../../../functions/licences/licences.ts';
/**
 * Licence policies of trails as the editor offers them: the seven licences, and presets named by
 * the least open licence they accept ("CC BY-SA or more open"). Pure, so islands may bundle it.
 */

export const POLICY_PRESETS = [
  { id: 'by', licences: moreOpenLicences('CC-BY-4.0') },
  { id: 'bySa', licences: moreOpenLicences('CC-BY-SA-4.0') },
  { id: 'byNcSa', licences: moreOpenLicences('CC-BY-NC-SA-4.0') },
  { id: 'all', licences: [...LICENCE_IDS] },
] as const satisfies readonly { id: string; licences: LicenceId[] }[];

export type PolicyPresetId = (typeof POLICY_PRESETS)[number]['id'];

/** What the API chooses when none is given: free cultural works (CC0, CC BY, CC BY-SA). */
export const DEFAULT_POLICY: LicenceId[] = moreOpenLicences('CC-BY-SA-4.0');

/** "CC0 1.0, CC BY 4.0, CC BY-SA 4.0": licences by their short names, in the usual order. */
export const licenceNames = (ids: readonly string[]) =>
  LICENCE_IDS.filter((id) => ids.includes(id))
    .map((id) => LICENCES[id].shortName)
    .join(', ');

export { LICENCE_IDS, LICENCES, type LicenceId };
