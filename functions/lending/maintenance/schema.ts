import { z } from '@hono/zod-openapi';
import { PointIdSchema } from '../catalogue/schema.ts';
import { MAINTENANCE_MAX_DAYS } from '../catalogue/start-maintenance.ts';
import { TICKET_STATUSES } from '../records.ts';

/** The maintenance tickets' contract (routes under `/api/lending/tickets`). The stored record is `../records.ts`. */

const isoInstant = z.string().openapi({ example: '2026-12-01T09:00:00.000Z' });
const localized = z.object({ fr: z.string(), en: z.string() });

export const TicketParamSchema = z.object({ id: z.uuid() });

export const TicketListQuerySchema = z.object({ pointId: PointIdSchema });

export const TicketInputSchema = z
  .object({
    /** As scanned or typed at the desk (case does not matter). */
    assetTag: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[A-Za-z0-9-]+$/, 'Letters, digits and hyphens')
      .openapi({ example: 'AUD-0007' }),
    /** The desk's point: a tag of another point is refused, naming both. */
    pointId: PointIdSchema.optional(),
    reason: z.string().trim().min(1).max(2000),
    days: z.number().int().min(1).max(MAINTENANCE_MAX_DAYS).optional(),
  })
  .openapi('LendingTicketInput');

/** Where a ticket may go next: `open` → `in-repair` → `back-in-service`, or `retired` (from open or in repair). */
export const TicketChangeSchema = z
  .object({
    status: z.enum(['in-repair', 'back-in-service', 'retired']),
    note: z.string().trim().max(2000).optional(),
    /** The ticket's `updatedAt` as the page read it: a ticket changed meanwhile answers 409. */
    expectedUpdatedAt: isoInstant.optional(),
  })
  .openapi('LendingTicketChange');

export const TicketSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    modelId: z.string(),
    pointId: z.string(),
    assetTag: z.string(),
    status: z.enum(TICKET_STATUSES),
    reason: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    fromReturn: z
      .object({ reservationId: z.string(), missing: z.array(localized), damaged: z.array(localized) })
      .nullable(),
    openedBy: z.string(),
    openedAt: isoInstant,
    updatedAt: isoInstant,
    history: z.array(
      z.object({ at: isoInstant, by: z.string(), status: z.enum(TICKET_STATUSES), note: z.string().nullable() }),
    ),
  })
  .openapi('LendingTicket');

/** What opening a ticket did to the unit's reservations. */
export const OpenedTicketSchema = z
  .object({
    ticket: TicketSchema,
    moved: z.number().int(),
    cancelled: z.number().int(),
  })
  .openapi('LendingOpenedTicket');

export const TicketListSchema = z
  .object({
    pointId: z.string(),
    /** Open and in repair, oldest first. */
    tickets: z.array(TicketSchema.extend({ modelName: z.string() })),
  })
  .openapi('LendingTickets');

export type TicketInput = z.infer<typeof TicketInputSchema>;
export type TicketChange = z.infer<typeof TicketChangeSchema>;
export type TicketView = z.infer<typeof TicketSchema>;
