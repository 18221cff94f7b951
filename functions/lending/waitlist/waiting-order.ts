import type { WaitingEntryRecord } from '../records.ts';

/**
 * The waiting list's rules, pure (unit-tested): who is offered a freed unit first, and how long
 * an offer holds it.
 *
 * First come, first served: entries in the order they joined. A scarce model gives first-time
 * borrowers (people who never reserved anything in the city) priority over the others who
 * joined for the same days: within each group of entries for the same pick-up and return days,
 * the first-time borrowers take the group's earliest places, in the order they joined, then the
 * others. Entries for other days keep their places: nobody jumps ahead of a person waiting for
 * different days (a comparator mixing both rules would not even be an order).
 */

/** How long an offered unit is held for the person before it passes to the next: 24 hours. */
export const HOLD_HOURS = 24;

/** The end of a hold offered at `now`. */
export const holdExpiresAt = (now: Date): string => new Date(now.getTime() + HOLD_HOURS * 3600_000).toISOString();

/** Whether a hold ending at `expiresAt` still holds its days at `now` (the same rule as the conditions). */
export const holdIsLive = (expiresAt: string, now: Date): boolean => expiresAt >= now.toISOString();

type Ordered = Pick<WaitingEntryRecord, 'id' | 'userId' | 'pickUp' | 'returnDay' | 'joinedAt'>;

const byArrival = (a: Ordered, b: Ordered) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id);

/** The order in which entries are offered a freed unit. */
export const waitingOrder = <T extends Ordered>(
  entries: readonly T[],
  options: { scarce: boolean; firstTimers: ReadonlySet<string> },
): T[] => {
  const arrival = [...entries].sort(byArrival);
  if (!options.scarce) return arrival;
  const period = (entry: Ordered) => `${entry.pickUp}/${entry.returnDay}`;
  const groups = new Map<string, T[]>();
  for (const entry of arrival) groups.set(period(entry), [...(groups.get(period(entry)) ?? []), entry]);
  // Each group, first-time borrowers first (each part still in arrival order: the sort is stable).
  const reordered = new Map(
    [...groups].map(([key, group]) => [
      key,
      [...group].sort((a, b) => Number(options.firstTimers.has(b.userId)) - Number(options.firstTimers.has(a.userId))),
    ]),
  );
  // The places stay the group's: the n-th place of a group goes to its n-th entry in the new order.
  return arrival.map((entry) => reordered.get(period(entry))?.shift() ?? entry);
};
