import { z } from '@hono/zod-openapi';
import { WEEKDAYS } from '../records.ts';
import { closureProblems, existingDay, hoursProblems } from './rules.ts';

/** The API's contract for lending points: what admins send, what everyone reads. */

export const PointIdSchema = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Lowercase letters, digits and single dashes' })
  .openapi({ example: 'mediatheque-capucins' });

export const PointIdParamSchema = z.object({ id: PointIdSchema });

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'A time HH:MM (00:00 to 23:59)' })
  .openapi({ example: '14:00' });

/** A civil day that exists. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'A day YYYY-MM-DD' })
  .refine(existingDay, { message: 'No such day' })
  .openapi({ example: '2026-12-24' });

const localized = (max: number) =>
  z.strictObject({ fr: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

export const OpeningSpanSchema = z.strictObject({ opens: clock, closes: clock }).openapi('OpeningSpan');

/** One or two spans a day (morning and afternoon); none: closed that day. */
const daySpans = z.array(OpeningSpanSchema).max(2);

export const WeeklyHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, daySpans])) as Record<
      (typeof WEEKDAYS)[number],
      typeof daySpans
    >,
  )
  .openapi('WeeklyHours');

export const ClosureSchema = z.strictObject({ from: day, to: day, reason: localized(200) }).openapi('Closure');

const pointFields = {
  name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(5).max(300),
  lat: z.number().min(-90, { message: 'A latitude, −90 to 90' }).max(90, { message: 'A latitude, −90 to 90' }),
  lng: z.number().min(-180, { message: 'A longitude, −180 to 180' }).max(180, { message: 'A longitude, −180 to 180' }),
  hours: WeeklyHoursSchema,
  closures: z.array(ClosureSchema).max(100).default([]),
  contact: z
    .strictObject({ email: z.email().max(254).optional(), phone: z.string().trim().min(4).max(40).optional() })
    .default({}),
  description: localized(2000).optional(),
};

/** The rules beyond shapes (spans in order, closures forward), as issues on their fields. */
const pointRules = (
  point: { hours: Parameters<typeof hoursProblems>[0]; closures: Parameters<typeof closureProblems>[0] },
  context: z.RefinementCtx,
) => {
  for (const problem of [...hoursProblems(point.hours), ...closureProblems(point.closures)])
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
};

/** What an admin sends to create a point: its id (a slug, stable: staff roles and units name it) and its fields. */
export const CreatePointSchema = z
  .strictObject({ id: PointIdSchema, ...pointFields })
  .superRefine(pointRules)
  .openapi('CreateLendingPoint');
export type CreatePointInput = z.infer<typeof CreatePointSchema>;

/** An edit names the version it was made from: a point changed meanwhile is not overwritten (409). */
export const UpdatePointSchema = z
  .strictObject({ expectedUpdatedAt: z.iso.datetime(), ...pointFields })
  .superRefine(pointRules)
  .openapi('UpdateLendingPoint');
export type UpdatePointInput = z.infer<typeof UpdatePointSchema>;

export const PointSchema = z
  .object({
    id: PointIdSchema,
    name: z.string(),
    address: z.string(),
    lat: z.number(),
    lng: z.number(),
    hours: WeeklyHoursSchema,
    closures: z.array(ClosureSchema),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
    description: z.object({ fr: z.string(), en: z.string() }).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('LendingPoint');
export type PointView = z.infer<typeof PointSchema>;

export const PointListSchema = z.object({ items: z.array(PointSchema) }).openapi('LendingPointList');
