import { z } from '@hono/zod-openapi';
import { DaySchema, PointIdSchema } from '../catalogue/schema.ts';
import { RESERVATION_STATUSES, TICKET_STATUSES, UNIT_CONDITIONS } from '../records.ts';

/** The desk's contract: requests and answers of `/api/lending/desk` and of a person's own loan. */

const localized = z.object({ fr: z.string(), en: z.string() });
const notes = z.string().trim().max(1000).optional();
/** As a handheld scanner types it (the tag, then Enter); trimmed and upper-cased by the use case. */
const assetTag = z.string().trim().min(1).max(40).openapi({ example: 'AUD-0007' });

export const DeskPointParamSchema = z.object({
  pointId: PointIdSchema.openapi({ param: { name: 'pointId', in: 'path' } }),
});
export const DeskLoanParamSchema = DeskPointParamSchema.extend({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
export const MyLoanParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const DeskSearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .openapi({ param: { name: 'q', in: 'query' }, example: 'AUD-0007' }),
});

const PartTickSchema = z.strictObject({ present: z.boolean(), damaged: z.boolean().optional() });

/** The checklist as the desk ticked it: drawn for one reservation, one tick per part of its kit, in order. */
const ChecklistSchema = z
  .strictObject({ reservationId: z.uuid(), parts: z.array(PartTickSchema).max(50) })
  .openapi('DeskChecklist');

export const HandOverSchema = z
  .strictObject({
    assetTag,
    checklist: ChecklistSchema,
    condition: z.enum(UNIT_CONDITIONS),
    notes,
    borrowerConfirmed: z.literal(true, { error: 'Check who the borrower is before handing over.' }),
  })
  .openapi('DeskHandOver');

export const TakeBackSchema = z
  .strictObject({
    assetTag,
    checklist: ChecklistSchema,
    condition: z.enum(UNIT_CONDITIONS),
    notes,
    recordings: z.enum(['handed-over', 'none'], {
      error: 'Say whether the recordings were handed over or the borrower declared none.',
    }),
    cardWiped: z.literal(true, { error: 'Wipe the card before taking the kit back.' }),
  })
  .openapi('DeskTakeBack');

export const WalkInSchema = z
  .strictObject({
    email: z
      .email()
      .max(254)
      .transform((email) => email.trim().toLowerCase()),
    assetTag,
    returnDay: DaySchema,
    parts: z.array(PartTickSchema).max(50),
    condition: z.enum(UNIT_CONDITIONS),
    notes,
    borrowerConfirmed: z.literal(true, { error: 'Check who the borrower is before lending.' }),
  })
  .openapi('DeskWalkIn');

const PartViewSchema = z.object({
  name: localized,
  quantity: z.number().int(),
  present: z.boolean().optional(),
  damaged: z.boolean().optional(),
});
const spans = z.array(z.object({ opens: z.string(), closes: z.string() }));

export const LoanViewSchema = z
  .object({
    id: z.string(),
    status: z.enum(RESERVATION_STATUSES),
    walkIn: z.boolean(),
    pickUp: DaySchema,
    returnDay: DaySchema,
    today: DaySchema,
    overdueDays: z.number().int(),
    model: z.object({ id: z.string(), name: z.string() }),
    unit: z.object({ id: z.string(), assetTag: z.string() }),
    point: z.object({
      id: z.string(),
      name: z.string(),
      address: z.string(),
      hours: z
        .object({ mon: spans, tue: spans, wed: spans, thu: spans, fri: spans, sat: spans, sun: spans })
        .optional(),
      closures: z.array(z.object({ from: DaySchema, to: DaySchema, reason: localized })),
      contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
    }),
    borrower: z.object({ name: z.string().nullable(), email: z.string().optional() }).optional(),
    checklist: z.array(PartViewSchema),
    handOver: z
      .object({
        at: z.string(),
        parts: z.array(PartViewSchema),
        condition: z.enum(UNIT_CONDITIONS),
        notes: z.string().optional(),
      })
      .optional(),
    takeBack: z
      .object({
        at: z.string(),
        parts: z.array(PartViewSchema),
        condition: z.enum(UNIT_CONDITIONS),
        notes: z.string().optional(),
        recordings: z.enum(['handed-over', 'none']),
        cardWiped: z.boolean(),
        lateDays: z.number().int(),
        ticketId: z.string().optional(),
      })
      .optional(),
  })
  .openapi('DeskLoan');

const DeskEntrySchema = z
  .object({
    id: z.string(),
    status: z.enum(RESERVATION_STATUSES),
    walkIn: z.boolean(),
    pickUp: DaySchema,
    returnDay: DaySchema,
    overdueDays: z.number().int(),
    model: z.object({ id: z.string(), name: z.string() }),
    unit: z.object({ id: z.string(), assetTag: z.string() }),
    borrower: z.object({ name: z.string().nullable() }),
  })
  .openapi('DeskEntry');

export const DeskSchema = z
  .object({
    today: DaySchema,
    point: z.object({ id: z.string(), name: z.string() }),
    pickUps: z.array(DeskEntrySchema),
    returns: z.array(DeskEntrySchema),
    dueTomorrow: z.array(DeskEntrySchema).openapi({ description: 'Loans due back tomorrow' }),
    overdue: z.array(DeskEntrySchema),
    maintenance: z.array(
      z.object({
        id: z.string(),
        status: z.enum(TICKET_STATUSES),
        assetTag: z.string(),
        modelId: z.string(),
        reason: z.string(),
        fromReturn: z.object({ missing: z.array(localized), damaged: z.array(localized) }).nullable(),
        period: z.object({ from: DaySchema, to: DaySchema }),
        openedAt: z.string(),
      }),
    ),
  })
  .openapi('Desk');

export const DeskSearchSchema = z
  .object({
    q: z.string(),
    today: DaySchema,
    matches: z.array(DeskEntrySchema),
    unit: z
      .object({
        assetTag: z.string(),
        status: z.string(),
        pointId: z.string(),
        model: z.object({
          id: z.string(),
          name: z.string(),
          parts: z.array(z.object({ name: localized, quantity: z.number().int() })),
          maxLoanDays: z.number().int(),
        }),
      })
      .optional(),
  })
  .openapi('DeskSearch');

export const DeskPointsSchema = z
  .object({ points: z.array(z.object({ id: z.string(), name: z.string() })) })
  .openapi('DeskPoints');
