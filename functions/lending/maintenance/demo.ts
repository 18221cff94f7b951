import { z } from 'zod';
import { demoViewer } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { getAssetTagHolder } from '../store/units.ts';
import { changeTicket } from './change-ticket.ts';
import { openTicket } from './open-ticket.ts';

/** `content/demo/lending.json`'s `tickets` (its other keys are the points', the catalogue's, the reservations' and the waiting lists'). */
export const DemoTicketsSchema = z.object({
  tickets: z
    .array(
      z.object({
        /** A demo person of `accounts.json` who staffs the unit's point (or an admin). */
        by: z.email(),
        assetTag: z.string(),
        reason: z.string(),
        days: z.number().int().min(1),
        /** Where the ticket stands after seeding. */
        status: z.enum(['open', 'in-repair']),
      }),
    )
    .default([]),
});

/**
 * Puts the demo's units in maintenance through the use case the desk goes through (after the demo
 * reservations, so a reservation on the unit moves or is cancelled as it would be). A unit not in
 * service (seeded already) is said in a line.
 */
export const seedDemoTickets = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const lines: string[] = [];
  for (const wanted of DemoTicketsSchema.parse(content).tickets) {
    const holder = await getAssetTagHolder(deps, wanted.assetTag);
    if (!holder) {
      lines.push(`demo ticket skipped: no unit ${wanted.assetTag}`);
      continue;
    }
    try {
      const viewer = await demoViewer(deps, wanted.by);
      const ticket = await openTicket(deps, {
        by: viewer.id,
        modelId: holder.modelId,
        unitId: holder.unitId,
        reason: wanted.reason,
        days: wanted.days,
      });
      if (wanted.status === 'in-repair')
        await changeTicket(deps, { viewer, ticketId: ticket.id, change: { status: 'in-repair' } });
      lines.push(`demo ticket: ${wanted.assetTag} ${wanted.status}, ${ticket.period.from} to ${ticket.period.to}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      lines.push(`demo ticket skipped (${wanted.assetTag}): ${error.message}`);
    }
  }
  return lines;
};
