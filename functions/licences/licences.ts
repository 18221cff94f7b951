/**
 * The Creative Commons licences a contribution can carry, as data. Compatibility and openness
 * rules (licence-rules.ts) read only these properties.
 */
export interface Licence {
  id: LicenceId;
  /** Short name as Creative Commons writes it. */
  shortName: string;
  deedUrl: string;
  /** Reusers must credit the author. */
  attribution: boolean;
  /** Adaptations must be shared under the same licence. */
  shareAlike: boolean;
  /** No commercial use. */
  nonCommercial: boolean;
  /** No adaptations may be shared. */
  noDerivatives: boolean;
}

export const LICENCE_IDS = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
] as const;

export type LicenceId = (typeof LICENCE_IDS)[number];

/**
 * A licence as its id spells it: CC0 waives every right; the others require attribution (BY) and
 * add the elements their id names (SA, NC, ND), which also name their deed.
 */
const licence = (id: LicenceId): Licence => {
  if (id === 'CC0-1.0') {
    return {
      id,
      shortName: 'CC0 1.0',
      deedUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
      attribution: false,
      shareAlike: false,
      nonCommercial: false,
      noDerivatives: false,
    };
  }
  const elements = id.replace(/^CC-/, '').replace(/-4\.0$/, '');
  const has = (element: string) => elements.split('-').includes(element);
  return {
    id,
    shortName: `CC ${elements} 4.0`,
    deedUrl: `https://creativecommons.org/licenses/${elements.toLowerCase()}/4.0/`,
    attribution: true,
    shareAlike: has('SA'),
    nonCommercial: has('NC'),
    noDerivatives: has('ND'),
  };
};

export const LICENCES = Object.fromEntries(LICENCE_IDS.map((id) => [id, licence(id)])) as Record<LicenceId, Licence>;

export const licenceOf = (id: LicenceId): Licence => LICENCES[id];
