import { describe, expect, it } from 'vitest';
import {
  canIncludeIn,
  isAtLeastAsOpen,
  licenceNames,
  moreOpenLicences,
} from '../../functions/licences/licence-rules.ts';
import { LICENCE_IDS, LICENCES } from '../../functions/licences/licences.ts';

describe('licences as data', () => {
  it('lists the seven Creative Commons licences with deed URLs', () => {
    expect(LICENCE_IDS).toHaveLength(7);
    for (const id of LICENCE_IDS) expect(LICENCES[id].deedUrl).toMatch(/^https:\/\/creativecommons\.org\/.+\/$/);
    expect(LICENCES['CC0-1.0'].attribution).toBe(false);
    expect(LICENCES['CC-BY-NC-SA-4.0']).toMatchObject({ attribution: true, shareAlike: true, nonCommercial: true });
  });
});

describe('a licence may only become more open', () => {
  it.each([
    ['CC-BY-SA-4.0', 'CC-BY-4.0', true],
    ['CC-BY-4.0', 'CC0-1.0', true],
    ['CC-BY-NC-ND-4.0', 'CC-BY-NC-4.0', true],
    ['CC-BY-NC-ND-4.0', 'CC-BY-4.0', true],
    ['CC-BY-4.0', 'CC-BY-SA-4.0', false],
    ['CC0-1.0', 'CC-BY-4.0', false],
    ['CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0', false],
    ['CC-BY-ND-4.0', 'CC-BY-SA-4.0', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(isAtLeastAsOpen(to, from)).toBe(allowed);
  });

  it('includes itself and CC0 among the more open ones', () => {
    expect(moreOpenLicences('CC-BY-SA-4.0')).toEqual(['CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0']);
    expect(moreOpenLicences('CC0-1.0')).toEqual(['CC0-1.0']);
  });
});

describe('including a work in a collection', () => {
  it('asks share-alike works for the same licence', () => {
    expect(canIncludeIn('CC-BY-SA-4.0', 'CC-BY-SA-4.0')).toBe(true);
    expect(canIncludeIn('CC-BY-SA-4.0', 'CC-BY-4.0')).toBe(false);
  });
  it('keeps non-commercial works out of collections open to commercial reuse', () => {
    expect(canIncludeIn('CC-BY-NC-4.0', 'CC-BY-4.0')).toBe(false);
    expect(canIncludeIn('CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0')).toBe(true);
  });
  it('accepts open works anywhere', () => {
    expect(canIncludeIn('CC0-1.0', 'CC-BY-NC-ND-4.0')).toBe(true);
    expect(canIncludeIn('CC-BY-4.0', 'CC-BY-SA-4.0')).toBe(true);
  });
  it('names licences for people', () => {
    expect(licenceNames(['CC-BY-4.0', 'CC-BY-SA-4.0'])).toBe('CC BY 4.0, CC BY-SA 4.0');
  });
});
