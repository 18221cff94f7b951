import { z } from '@hono/zod-openapi';
import { AssetTagSchema } from '../catalogue/schema.ts';
import { UNIT_EVENT_KINDS, UNIT_STATUSES } from '../records.ts';

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

const UnitEventSchema = z
  .object({
    at: z.string().openapi({ example: '2026-11-24T09:00:00.000Z' }),
    kind: z.enum(UNIT_EVENT_KINDS),
    by: z.string(),
    reservationId: z.string().nullable(),
    ticketId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('LendingUnitEvent');

export const UnitHistorySchema = z
  .object({ assetTag: z.string(), unitId: z.string(), pointId: z.string(), events: z.array(UnitEventSchema) })
  .openapi('LendingUnitHistory');

export type PublicUnit = z.infer<typeof PublicUnitSchema>;
export type UnitHistory = z.infer<typeof UnitHistorySchema>;
