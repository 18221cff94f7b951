import { AppError } from '../../platform/errors.ts';
import type { CheckedPart, KitPart } from '../records.ts';

/** One tick of the desk's checklist, in the kit's order. */
export interface PartTick {
  present: boolean;
  damaged?: boolean;
}

/** The checklist a desk form sends: the reservation it was drawn for, and one tick per part. */
export interface ChecklistInput {
  reservationId: string;
  parts: PartTick[];
}

/**
 * The kit's parts as staff ticked them: names and quantities copied from the list the form was
 * drawn from (the model's at hand-over, the hand-over's at take-back), never from the request.
 * A list of another length was drawn from another kit: 400 naming the field. Pure.
 */
export const checkedParts = (kit: readonly (KitPart | CheckedPart)[], ticks: readonly PartTick[]): CheckedPart[] => {
  if (ticks.length !== kit.length)
    throw new AppError('validation', `This kit has ${kit.length} part(s) to tick, not ${ticks.length}.`, {
      extensions: {
        errors: [{ in: 'body', path: 'checklist.parts', message: `Tick each of the ${kit.length} part(s).` }],
      },
    });
  return kit.map((part, index) => {
    const tick = ticks[index] as PartTick;
    return {
      name: part.name,
      quantity: part.quantity,
      present: tick.present,
      ...(tick.damaged ? { damaged: true } : {}),
    };
  });
};

/**
 * What a take-back found wrong: parts handed over that did not come back, and parts that came
 * back damaged (a part not handed over is not missing). Pure.
 */
export const returnFaults = (handedOver: readonly CheckedPart[], returned: readonly CheckedPart[]) => ({
  missing: returned.filter((part, index) => !part.present && handedOver[index]?.present !== false).map((p) => p.name),
  damaged: returned.filter((part) => part.present && part.damaged).map((p) => p.name),
});
