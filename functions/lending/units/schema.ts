import { z } from '@hono/zod-openapi';
import { AssetTagSchema } from '../catalogue/schema.ts';
import { TICKET_STATUSES, UNIT_CONDITIONS, UNIT_EVENT_KINDS, UNIT_STATUSES } from '../records.ts';

/**
 * The unit page's contract: a unit found by its asset tag (the QR code on its label), and, for
 * staff of its point, its history. The stored records are `../records.ts`.
 */

export const TagParamSchema = z.object({ tag: AssetTagSchema });

export const PublicUnitSchema = z
  .object({
    assetTag: z.string(),
    modelId: z.string(),
    pointId: z.string(),
    status: z.enum(UNIT_STATUSES),
  })
  .openapi('LendingPublicUnit');

const localized = z.object({ fr: z.string(), en: z.string() });

/**
 * An event's facts are data, not sentences (the page says them in its reader's language); `note`
 * is the staff's own words, when they wrote any.
 */
const UnitEventSchema = z
  .object({
    at: z.string().openapi({ example: '2026-11-24T09:00:00.000Z' }),
    kind: z.enum(UNIT_EVENT_KINDS),
    by: z.string(),
    reservationId: z.string().nullable(),
    ticketId: z.string().nullable(),
    condition: z.enum(UNIT_CONDITIONS).nullable(),
    lateDays: z.number().int().nullable(),
    missing: z.array(localized),
    damaged: z.array(localized),
    /** The other unit of a swap (the one the reservation went to, or came from). */
    otherTag: z.string().nullable(),
    /** Why a reservation left the unit. */
    cause: z.enum(['maintenance', 'retired']).nullable(),
    /** The reservation found no other unit and was cancelled. */
    cancelled: z.boolean(),
    walkIn: z.boolean(),
    ticketStatus: z.enum(TICKET_STATUSES).nullable(),
    note: z.string().nullable(),
  })
  .openapi('LendingUnitEvent');

export const UnitHistorySchema = z
  .object({ assetTag: z.string(), unitId: z.string(), pointId: z.string(), events: z.array(UnitEventSchema) })
  .openapi('LendingUnitHistory');

export type PublicUnit = z.infer<typeof PublicUnitSchema>;
export type UnitHistory = z.infer<typeof UnitHistorySchema>;
