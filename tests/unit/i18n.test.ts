import { describe, expect, it } from 'vitest';
import { accountsFr } from '../../web/src/i18n/accounts/fr.ts';
import { calendarFeedFr } from '../../web/src/i18n/calendar-feed/fr.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fr } from '../../web/src/i18n/fr.ts';
import { type MessageKey, t } from '../../web/src/i18n/index.ts';
import { lendingFr } from '../../web/src/i18n/lending/fr.ts';
import { lendingCatalogueFr } from '../../web/src/i18n/lending-catalogue/fr.ts';
import { lendingDeskFr } from '../../web/src/i18n/lending-desk/fr.ts';
import { lendingMaintenanceFr } from '../../web/src/i18n/lending-maintenance/fr.ts';
import { lendingPointsFr } from '../../web/src/i18n/lending-points/fr.ts';
import { lendingUnitsFr } from '../../web/src/i18n/lending-units/fr.ts';
import { lendingWaitlistFr } from '../../web/src/i18n/lending-waitlist/fr.ts';
import { mediaFr } from '../../web/src/i18n/media/fr.ts';
import { projectsFr } from '../../web/src/i18n/projects/fr.ts';
import { siteFr } from '../../web/src/i18n/site/fr.ts';
import { trailEditorFr } from '../../web/src/i18n/trails/editor/fr.ts';
import { trailsFr } from '../../web/src/i18n/trails/fr.ts';
import { trainingFr } from '../../web/src/i18n/training/fr.ts';
import { trainingStaffFr } from '../../web/src/i18n/training-staff/fr.ts';
import type { Translation } from '../../web/src/i18n/translation.ts';

// The per-feature dictionaries are merged by spreading: a key defined by two features would be
// silently overwritten, and a feature merged in one language only would go unnoticed by the types.
const featureDictionaries = {
  siteFr,
  accountsFr,
  projectsFr,
  mediaFr,
  trailsFr,
  trailEditorFr,
  trainingFr,
  trainingStaffFr,
  lendingPointsFr,
  lendingFr,
  lendingCatalogueFr,
  lendingMaintenanceFr,
  lendingWaitlistFr,
  lendingUnitsFr,
  lendingDeskFr,
  calendarFeedFr,
};

const placeholders = (message: string): string[] =>
  [...new Set(Array.from(message.matchAll(/\{\w+\}/g), ([placeholder]) => placeholder))].sort();

describe('the dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('take each key from one feature only', () => {
    const keys = Object.values(featureDictionaries).flatMap((dictionary) => Object.keys(dictionary));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(Object.keys(fr).length);
  });

  it('fill the same placeholders in every language, and no message is empty', () => {
    for (const key of Object.keys(fr) as MessageKey[]) {
      const french = t('fr')(key);
      const english = t('en')(key);
      expect(placeholders(english), key).toEqual(placeholders(french));
      expect(french.trim() && english.trim(), key).toBeTruthy();
    }
  });

  it('are typed so that a translation missing a key, or with a key of its own, does not compile', () => {
    const reference = { 'x.one': 'un', 'x.two': 'deux' };
    // @ts-expect-error a key of the reference is missing
    const missing: Translation<typeof reference> = { 'x.one': 'one' };
    // @ts-expect-error a key the reference does not have
    const extra: Translation<typeof reference> = { 'x.one': 'one', 'x.two': 'two', 'x.three': 'three' };
    expect([missing, extra]).toHaveLength(2);
  });
});
