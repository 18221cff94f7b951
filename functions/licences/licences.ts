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

const cc = (
  id: LicenceId,
  shortName: string,
  path: string,
  flags: Omit<Licence, 'id' | 'shortName' | 'deedUrl'>,
): Licence => ({ id, shortName, deedUrl: `https://creativecommons.org/${path}`, ...flags });

export const LICENCES: Record<LicenceId, Licence> = {
  'CC0-1.0': cc('CC0-1.0', 'CC0 1.0', 'publicdomain/zero/1.0/', {
    attribution: false,
    shareAlike: false,
    nonCommercial: false,
    noDerivatives: false,
  }),
  'CC-BY-4.0': cc('CC-BY-4.0', 'CC BY 4.0', 'licenses/by/4.0/', {
    attribution: true,
    shareAlike: false,
    nonCommercial: false,
    noDerivatives: false,
  }),
  'CC-BY-SA-4.0': cc('CC-BY-SA-4.0', 'CC BY-SA 4.0', 'licenses/by-sa/4.0/', {
    attribution: true,
    shareAlike: true,
    nonCommercial: false,
    noDerivatives: false,
  }),
  'CC-BY-NC-4.0': cc('CC-BY-NC-4.0', 'CC BY-NC 4.0', 'licenses/by-nc/4.0/', {
    attribution: true,
    shareAlike: false,
    nonCommercial: true,
    noDerivatives: false,
  }),
  'CC-BY-NC-SA-4.0': cc('CC-BY-NC-SA-4.0', 'CC BY-NC-SA 4.0', 'licenses/by-nc-sa/4.0/', {
    attribution: true,
    shareAlike: true,
    nonCommercial: true,
    noDerivatives: false,
  }),
  'CC-BY-ND-4.0': cc('CC-BY-ND-4.0', 'CC BY-ND 4.0', 'licenses/by-nd/4.0/', {
    attribution: true,
    shareAlike: false,
    nonCommercial: false,
    noDerivatives: true,
  }),
  'CC-BY-NC-ND-4.0': cc('CC-BY-NC-ND-4.0', 'CC BY-NC-ND 4.0', 'licenses/by-nc-nd/4.0/', {
    attribution: true,
    shareAlike: false,
    nonCommercial: true,
    noDerivatives: true,
  }),
};

export const licenceOf = (id: LicenceId): Licence => LICENCES[id];
