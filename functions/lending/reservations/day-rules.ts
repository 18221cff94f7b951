import type { FieldError } from '../../platform/errors.ts';
import type { CategoryLimits } from '../categories.ts';
import { addDays, dayCount, isOpenDay } from '../opening-days.ts';
import type { Day, LendingPointRecord, ModelRecord } from '../records.ts';

/**
 * Whether a run of days can be reserved at a point, before anything is written: each failing
 * rule names its field (`pickUp`, `returnDay`, `pointId`), so the form can show it next to the
 * input. Pure; `today` is the city's day (Europe/Paris), never UTC's.
 */
export const dayRuleErrors = (options: {
  model: Pick<ModelRecord, 'maxLoanDays' | 'leadDays' | 'pointIds'>;
  limits: Pick<CategoryLimits, 'daysInWindow' | 'windowDays'>;
  point: Pick<LendingPointRecord, 'id' | 'hours' | 'closures'>;
  pickUp: Day;
  returnDay: Day;
  today: Day;
}): FieldError[] => {
  const { model, limits, point, pickUp, returnDay, today } = options;
  const errors: FieldError[] = [];
  const error = (path: string, message: string) => errors.push({ in: 'body', path, message });
  if (!model.pointIds.includes(point.id)) error('pointId', 'This lending point does not hold this model.');
  if (pickUp < today) error('pickUp', 'The pick-up day is in the past.');
  else if (pickUp < addDays(today, model.leadDays))
    error(
      'pickUp',
      `Reserve at least ${model.leadDays} day(s) before the pick-up day (from ${addDays(today, model.leadDays)}).`,
    );
  else if (!isOpenDay(point, pickUp)) error('pickUp', 'The lending point is closed on the pick-up day.');
  if (returnDay < pickUp) error('returnDay', 'The return day is before the pick-up day.');
  else if (dayCount(pickUp, returnDay) > model.maxLoanDays)
    error('returnDay', `This model is lent for at most ${model.maxLoanDays} day(s), pick-up and return days included.`);
  else if (dayCount(pickUp, returnDay) > limits.daysInWindow)
    error('returnDay', `At most ${limits.daysInWindow} day(s) in any ${limits.windowDays} for this kind of equipment.`);
  else if (!isOpenDay(point, returnDay)) error('returnDay', 'The lending point is closed on the return day.');
  return errors;
};
