import { describe, expect, it } from 'vitest';
import { checkedParts, returnFaults } from '../../../functions/lending/desk/checklist.ts';
import { overdueDays } from '../../../functions/lending/desk/views.ts';
import { AppError } from '../../../functions/platform/errors.ts';

const kit = [
  { name: { fr: 'Enregistreur', en: 'Recorder' }, quantity: 1 },
  { name: { fr: 'Bonnette', en: 'Windshield' }, quantity: 2 },
  { name: { fr: 'Carte SD', en: 'SD card' }, quantity: 1 },
];

describe('the desk’s checklist', () => {
  it('copies names and quantities from the kit, the ticks from the form', () => {
    expect(checkedParts(kit, [{ present: true }, { present: false }, { present: true, damaged: true }])).toEqual([
      { name: kit[0]?.name, quantity: 1, present: true },
      { name: kit[1]?.name, quantity: 2, present: false },
      { name: kit[2]?.name, quantity: 1, present: true, damaged: true },
    ]);
  });

  it('refuses a list of another length (drawn from another kit) with a 400 naming the field', () => {
    const refused = (() => {
      try {
        checkedParts(kit, [{ present: true }]);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(400);
    expect((refused as AppError).extensions).toMatchObject({ errors: [{ path: 'checklist.parts' }] });
  });

  it('finds missing parts among those handed over only, and damaged parts among those returned', () => {
    const handedOver = checkedParts(kit, [{ present: true }, { present: false }, { present: true }]);
    const returned = checkedParts(handedOver, [
      { present: true, damaged: true },
      { present: false },
      { present: false },
    ]);
    expect(returnFaults(handedOver, returned)).toEqual({ missing: [kit[2]?.name], damaged: [kit[0]?.name] });
  });

  it('counts a loan late from the day after its return day, and only while out', () => {
    expect(overdueDays({ status: 'out', returnDay: '2026-12-03' }, '2026-12-03')).toBe(0);
    expect(overdueDays({ status: 'out', returnDay: '2026-12-03' }, '2026-12-06')).toBe(3);
    expect(overdueDays({ status: 'returned', returnDay: '2026-12-03' }, '2026-12-06')).toBe(0);
  });
});
