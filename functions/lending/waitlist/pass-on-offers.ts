import type { DailyTask } from '../../platform/daily-task.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay, claimDailySend, releaseDailySend } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { daysBetween } from '../opening-days.ts';
import type { WaitingEntryRecord } from '../records.ts';
import { getModelWithUnits, listModels } from '../store/models.ts';
import { recordUnits } from '../store/outcomes.ts';
import { getEntry, listOffersEndedBefore, replaceEntryItem } from '../store/waitlist.ts';
import { offerFreedDays } from './offer-freed-days.ts';
import { cityMonth } from './outcome-figures.ts';
import { holdIsLive } from './waiting-order.ts';

const JOB = 'lending-waitlist-pass-on';

/**
 * One ended offer: recorded expired (only if still offered and unchanged), then its days offered
 * to the next person waiting, once per entry and day (a `sent-once` marker claimed first: a run
 * repeated the same day offers nothing twice), then taken off the offers' list. A run stopped
 * between the offer and the last step is caught up the next day (the offer pass is harmless
 * to repeat: it offers only days still free to people still waiting).
 */
const passOn = async (deps: AppDeps, listed: WaitingEntryRecord, now: Date, today: string) => {
  let entry = await getEntry(deps, listed.id);
  const offer = entry?.offer;
  if (!entry || !offer) return 'gone';
  const at = now.toISOString();
  if (entry.status === 'offered') {
    if (holdIsLive(offer.holdExpiresAt, now)) return 'live';
    const expired: WaitingEntryRecord = { ...entry, status: 'expired', updatedAt: at };
    if (!(await transact(deps, [replaceEntryItem(deps, expired, entry)]))) return 'changed';
    entry = expired;
  }
  if (entry.status !== 'expired' || entry.passedOnAt) return 'done';
  const send = { job: JOB, target: entry.id, day: today };
  if (!(await claimDailySend(deps, send, now))) return 'done';
  try {
    await offerFreedDays(deps, {
      modelId: entry.modelId,
      pointId: entry.pointId,
      unitId: offer.unitId,
      days: daysBetween(entry.pickUp, entry.returnDay),
    });
  } catch (error) {
    await releaseDailySend(deps, send);
    throw error;
  }
  await transact(deps, [replaceEntryItem(deps, { ...entry, passedOnAt: at, updatedAt: at }, entry)]);
  return 'passed';
};

/** The units lendable today, for the month's open figures (one Query per model: a city has a few dozen). */
const countUnits = async (deps: AppDeps) => {
  const models = await listModels(deps);
  const held = await Promise.all(models.map((model) => getModelWithUnits(deps, model.id)));
  return held.reduce((sum, h) => sum + (h?.units.filter((unit) => unit.status === 'in-service').length ?? 0), 0);
};

/**
 * Each day: offers whose 24 hours passed unclaimed go to the next person waiting, and the month's
 * count of lendable units is recorded. (Offers are also passed on at once when their person
 * leaves; this catches the ones nobody answered.)
 */
export const passOnEndedOffers = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const figures = { passedOn: 0, failed: 0 };
  for (let page = 0; page < 20; page++) {
    const ended = await listOffersEndedBefore(deps, now.toISOString());
    let progressed = false;
    for (const listed of ended) {
      try {
        const outcome = await passOn(deps, listed, now, today);
        if (outcome === 'passed') {
          figures.passedOn++;
          progressed = true;
        }
      } catch (error) {
        figures.failed++;
        logger.warn('ended waiting-list offer not passed on', { entryId: listed.id, error: error as Error });
      }
    }
    if (ended.length < 100 || !progressed) break;
  }
  await recordUnits(deps, cityMonth(deps, now), await countUnits(deps), now.toISOString());
  return figures;
};

export const passOnEndedOffersTask: DailyTask = { name: JOB, run: passOnEndedOffers };
