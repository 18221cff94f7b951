import { z } from '@hono/zod-openapi';
import { OUTCOME_FIGURES } from '../store/outcomes.ts';

/** The contract of the waiting list and the monthly open figures (the stored records are in `records.ts`). */

const day = z.iso.date().openapi({ example: '2026-12-15', description: 'A calendar day in the city (YYYY-MM-DD)' });

export const JoinWaitlistSchema = z
  .object({
    modelId: z.string().min(1).max(80),
    pointId: z.string().min(1).max(80),
    pickUp: day,
    returnDay: day,
  })
  .openapi('JoinWaitlistRequest');

export const WaitingEntryParamSchema = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' }),
});

export const ClaimHoldSchema = z
  .object({ acceptTerms: z.literal(true, { error: 'Accept the loan terms to reserve.' }) })
  .openapi('ClaimHoldRequest');

export const WaitingEntryViewSchema = z
  .object({
    id: z.string(),
    model: z.object({ id: z.string(), name: z.string() }),
    point: z.object({ id: z.string(), name: z.string(), address: z.string() }),
    pickUp: day,
    returnDay: day,
    status: z.enum(['waiting', 'offered', 'claimed', 'left', 'expired', 'lapsed']),
    joinedAt: z.string(),
    /** While an offer holds a unit for the person: until when (ISO instant). */
    holdExpiresAt: z.string().nullable(),
    reservationId: z.string().nullable(),
  })
  .openapi('WaitingEntry');

export const OutcomesQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'A month, YYYY-MM.' })
    .openapi({ param: { name: 'month', in: 'query' }, example: '2026-12' }),
});

const figures = Object.fromEntries(OUTCOME_FIGURES.map((figure) => [figure, z.number().int()])) as Record<
  (typeof OUTCOME_FIGURES)[number],
  z.ZodNumber
>;

export const OutcomesSchema = z
  .object({
    month: z.string(),
    /** Reservation attempts (refused ones included) plus waiting-list joins. */
    requests: z.number().int(),
    ...figures,
    /** Units in service, as the daily task last counted them in the month (null before it ran). */
    units: z.number().int().nullable(),
    definitions: z.record(z.string(), z.string()),
  })
  .openapi('LendingOutcomes');
