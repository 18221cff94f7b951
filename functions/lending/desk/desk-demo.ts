import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { demoViewer } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import { findCategory } from '../categories.ts';
import { addDays } from '../opening-days.ts';
import type { ReservationRecord } from '../records.ts';
import { reserveTransaction } from '../reservations/transaction-items.ts';
import { getModelWithUnits } from '../store/models.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { getAssetTagHolder } from '../store/units.ts';

/** `content/demo/lending.json`'s `deskLoans`: loans already out at the desk (days relative to seeding). */
export const DemoDeskLoansSchema = z.object({
  deskLoans: z
    .array(
      z.object({
        /** A demo person of `accounts.json`, and the demo staff member who handed it over. */
        person: z.email(),
        staff: z.email(),
        assetTag: z.string(),
        /** Handed over this many days before seeding (0: today). */
        sinceDays: z.number().int().min(0),
        /** Due back this many days after seeding (negative: overdue). */
        dueInDays: z.number().int(),
      }),
    )
    .default([]),
});

/**
 * Loans out at the demo desk (one overdue, one due tomorrow), so that the desk has returns to take
 * back on the first day. Their hand-over days are in the past, which the desk's use case refuses
 * (it hands over only from the pick-up day to the return day, now), so this writes each with the
 * SAME transaction a walk-in loan makes (every day claimed only if free, the person's limits, the
 * unit in service, the unit's history): a loan the rules refuse is said in a line, not a failed start.
 */
export const seedDemoDeskLoans = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const { deskLoans } = DemoDeskLoansSchema.parse(content);
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const lines: string[] = [];
  for (const wanted of deskLoans) {
    const holder = await getAssetTagHolder(deps, wanted.assetTag);
    const found = holder && (await getModelWithUnits(deps, holder.modelId));
    const unit = found?.units.find((candidate) => candidate.id === holder?.unitId);
    const category = found && findCategory(found.model.category);
    if (!found || !unit || !category) {
      lines.push(`demo desk loan skipped: no unit ${wanted.assetTag}`);
      continue;
    }
    const [person, staff] = await Promise.all([demoViewer(deps, wanted.person), demoViewer(deps, wanted.staff)]);
    const pickUp = addDays(today, -wanted.sinceDays);
    const handedOverAt = new Date(Date.parse(`${pickUp}T09:30:00Z`)).toISOString();
    const loan: ReservationRecord = {
      id: randomUUID(),
      userId: person.id,
      modelId: found.model.id,
      category: category.id,
      pointId: unit.pointId,
      unitId: unit.id,
      pickUp,
      returnDay: addDays(today, wanted.dueInDays),
      status: 'out',
      termsAcceptedAt: handedOverAt,
      createdAt: handedOverAt,
      updatedAt: handedOverAt,
      walkIn: { by: staff.id },
      handOver: {
        at: handedOverAt,
        by: staff.id,
        parts: found.model.parts.map((part) => ({ ...part, present: true })),
        condition: 'good',
      },
    };
    const history = unitEventItem(deps, {
      unitId: unit.id,
      at: handedOverAt,
      kind: 'handed-over',
      by: staff.id,
      reservationId: loan.id,
      condition: 'good',
    });
    const transaction = reserveTransaction(deps, loan, category.limits, now, {
      items: [{ item: history, role: { role: 'unit' } }],
    });
    const outcome = await transactExplained(deps, transaction.items);
    lines.push(
      outcome.written
        ? `demo desk loan: ${wanted.assetTag} out to ${wanted.person}, ${loan.pickUp} to ${loan.returnDay}`
        : `demo desk loan skipped (${wanted.assetTag}, ${wanted.person}): a day taken, a limit reached or the unit out of service`,
    );
  }
  return lines;
};
