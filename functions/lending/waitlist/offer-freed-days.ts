import { getUser } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { takesDay } from '../availability.ts';
import { daysBetween } from '../opening-days.ts';
import type { Day, WaitingEntryRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { holdDayItem, listUnitDays } from '../store/occupancy.ts';
import { addOutcomesItem } from '../store/outcomes.ts';
import { getPoint } from '../store/points.ts';
import { firstTimeBorrowers, listWaitingFor, replaceEntryItem } from '../store/waitlist.ts';
import { cityMonth } from './outcome-figures.ts';
import { holdExpiresAt, waitingOrder } from './waiting-order.ts';
import { sendHoldOffer } from './waitlist-mail.ts';

/** Days of a unit just freed (`reservations/unit-freed.ts` passes its own). */
interface FreedDays {
  modelId: string;
  pointId: string;
  unitId: string;
  days: Day[];
}

/** A transaction holds at most 100 items: the days, the entry and the month's figure. */
const MAX_HOLD_DAYS = 98;

/**
 * Days of a unit came free: the people waiting for them, in the list's order, are offered the
 * unit for their whole run of days when all of it is free on that unit now. Each offer is ONE
 * transaction: a hold on every day (the same occupancy items any claim writes, each only where
 * no live occupancy is), the entry moved from waiting to offered (only if it still is), the
 * month's figure. A day taken meanwhile, or an entry that left: the next one. Several people
 * may be offered when the days freed cover several of their runs. Answers the offers made.
 */
export const offerFreedDays = async (deps: AppDeps, freed: FreedDays): Promise<WaitingEntryRecord[]> => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const days = freed.days.filter((day) => day >= today).sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return [];
  const [held, waiting] = await Promise.all([
    getModelWithUnits(deps, freed.modelId),
    listWaitingFor(deps, { modelId: freed.modelId, pointId: freed.pointId, from: today, to: last }),
  ]);
  const unit = held?.units.find((u) => u.id === freed.unitId);
  // A unit in maintenance, retired or elsewhere is never offered.
  if (!held || !unit || unit.status !== 'in-service' || unit.pointId !== freed.pointId) return [];
  const candidates = waiting.filter((e) => e.status === 'waiting' && e.returnDay >= first && e.pickUp >= today);
  if (candidates.length === 0) return [];
  const firstTimers = held.model.scarce
    ? await firstTimeBorrowers(
        deps,
        candidates.map((e) => e.userId),
      )
    : new Set<string>();
  const offers: WaitingEntryRecord[] = [];
  for (const entry of waitingOrder(candidates, { scarce: held.model.scarce, firstTimers })) {
    const run = daysBetween(entry.pickUp, entry.returnDay);
    if (run.length > MAX_HOLD_DAYS) continue;
    // What the unit really holds now (strongly consistent); the write decides all the same.
    const taken = new Set((await listUnitDays(deps, unit.id)).filter((o) => takesDay(o, now)).map((o) => o.day));
    if (run.some((day) => taken.has(day))) continue;
    const at = now.toISOString();
    const expires = holdExpiresAt(now);
    const offered: WaitingEntryRecord = {
      ...entry,
      status: 'offered',
      offer: { unitId: unit.id, offeredAt: at, holdExpiresAt: expires },
      updatedAt: at,
    };
    const written = await transact(deps, [
      ...run.map((day) =>
        holdDayItem(
          deps,
          {
            unitId: unit.id,
            modelId: unit.modelId,
            pointId: unit.pointId,
            day,
            holdFor: entry.id,
            holdExpiresAt: expires,
          },
          now,
        ),
      ),
      replaceEntryItem(deps, offered, entry),
      addOutcomesItem(deps, cityMonth(deps, now), { offers: 1 }),
    ]);
    if (!written) continue;
    offers.push(offered);
    const [person, point] = await Promise.all([getUser(deps, entry.userId), getPoint(deps, entry.pointId)]);
    if (person && point) {
      await sendHoldOffer(deps, { entry: offered, model: held.model, point, person });
    }
  }
  return offers;
};
