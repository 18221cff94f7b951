import { z } from '@hono/zod-openapi';
import { RESERVATION_STATUSES } from '../records.ts';
import { WaitingEntryViewSchema } from '../waitlist/schema.ts';

/** The contract of reservations: requests and answers (the stored records are in `records.ts`). */

const day = z.iso.date().openapi({ example: '2026-12-15', description: 'A calendar day in the city (YYYY-MM-DD)' });

export const ReserveSchema = z
  .object({
    modelId: z.string().min(1).max(80),
    pointId: z.string().min(1).max(80),
    pickUp: day,
    returnDay: day,
    acceptTerms: z.literal(true, { error: 'Accept the loan terms to reserve.' }),
  })
  .openapi('ReserveRequest');

export const ChangeDatesSchema = z.object({ pickUp: day, returnDay: day }).openapi('ChangeReservationDates');

export const ReservationIdParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const ReservationViewSchema = z
  .object({
    id: z.string(),
    model: z.object({ id: z.string(), name: z.string() }),
    category: z.string(),
    point: z.object({ id: z.string(), name: z.string(), address: z.string() }),
    pickUp: day,
    returnDay: day,
    status: z.enum(RESERVATION_STATUSES),
    phase: z.enum(['upcoming', 'current', 'past']),
    createdAt: z.string(),
    updatedAt: z.string(),
    cancelledAt: z.string().optional(),
  })
  .openapi('Reservation');

export const MyLoansSchema = z
  .object({
    today: day,
    upcoming: z.array(ReservationViewSchema),
    current: z.array(ReservationViewSchema),
    past: z.array(ReservationViewSchema),
    /** The waiting lists the person is on (`waitlist/schema.ts`): waiting, offered a hold, or just ended. */
    waiting: z.array(WaitingEntryViewSchema),
  })
  .openapi('MyLoans');
