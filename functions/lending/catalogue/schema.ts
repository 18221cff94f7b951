import { z } from '@hono/zod-openapi';
import { lendingCategories } from '../categories.ts';
import { UNIT_STATUSES } from '../records.ts';

/**
 * The catalogue's contract: requests and answers of its routes (categories, models, units,
 * availability, maintenance). The stored records are `../records.ts`.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens')
  .max(64);
const bilingual = (max: number) =>
  z.object({ fr: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const localized = z.object({ fr: z.string(), en: z.string() }).openapi('LendingText');
const isoInstant = z.string().openapi({ example: '2026-11-24T09:00:00.000Z' });

/** A calendar day of the city, `YYYY-MM-DD` (a real date). */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is YYYY-MM-DD')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'Not a calendar day',
  )
  .openapi({ example: '2026-12-14' });

export const ModelIdSchema = slug.openapi({ example: 'zoom-h5' });
export const PointIdSchema = slug.openapi({ example: 'mediatheque-capucins' });
export const ModelParamSchema = z.object({ id: ModelIdSchema });
export const UnitParamSchema = z.object({ id: ModelIdSchema, unitId: z.uuid() });

const categoryId = z
  .string()
  .refine((id) => lendingCategories().some((category) => category.id === id), 'No such equipment category')
  .openapi({ example: 'audio-recorder' });

/** A photo is one of the portal's own files (a path) or an https address. */
const photoUrl = z
  .string()
  .max(500)
  .refine((url) => /^\/[^/]/.test(url) || /^https:\/\/[^\s]+$/.test(url), 'A path on this site or an https address');

const TrainingRefSchema = z
  .object({ moduleId: z.string(), title: localized })
  .openapi('LendingRequiredTraining', { description: 'The training module whose certification the category needs' });

const LimitsSchema = z
  .object({
    reservationsAtOnce: z.number().int(),
    daysInWindow: z.number().int(),
    windowDays: z.number().int(),
  })
  .openapi('LendingCategoryLimits');

export const CategorySchema = z
  .object({ id: z.string(), name: localized, limits: LimitsSchema, requiredTraining: TrainingRefSchema.nullable() })
  .openapi('LendingCategory');
export const CategoryListSchema = z.object({ categories: z.array(CategorySchema) }).openapi('LendingCategories');

const PartSchema = z.object({ name: bilingual(120), quantity: z.number().int().min(1).max(99) }).openapi('KitPart');
const PhotoSchema = z.object({ url: photoUrl, alt: bilingual(300) }).openapi('LendingPhoto');

export const ModelSummarySchema = z
  .object({
    id: z.string(),
    category: z.string(),
    name: z.string(),
    photo: PhotoSchema.nullable(),
    pointIds: z.array(z.string()),
    maxLoanDays: z.number().int(),
    leadDays: z.number().int(),
    requiredTraining: TrainingRefSchema.nullable(),
  })
  .openapi('LendingModelSummary');

export const ModelListSchema = z
  .object({
    models: z.array(ModelSummarySchema),
    /** The lending points the models name, with their names (a point since removed keeps its id). */
    points: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('LendingModels');

export const ModelDetailSchema = ModelSummarySchema.extend({
  description: localized,
  /** The description rendered by the house Markdown renderer (sanitised HTML). */
  descriptionHtml: localized,
  manualUrl: z.string().nullable(),
  parts: z.array(PartSchema),
  scarce: z.boolean(),
  rules: z.object({
    maxLoanDays: z.number().int(),
    leadDays: z.number().int(),
    categoryName: localized,
    limits: LimitsSchema,
    /** The waiting list's rules (`waitlist/waiting-order.ts`): how long a freed unit is held, and who comes first. */
    waitingList: z.object({ holdHours: z.number().int(), firstTimeBorrowersFirst: z.boolean() }),
  }),
  points: z.array(z.object({ id: z.string(), name: z.string(), unitsInService: z.number().int() })),
  updatedAt: isoInstant,
}).openapi('LendingModel');

export const AvailabilityQuerySchema = z.object({
  point: PointIdSchema,
  from: DaySchema,
  to: DaySchema,
});

export const AvailabilitySchema = z
  .object({
    modelId: z.string(),
    pointId: z.string(),
    from: z.string(),
    to: z.string(),
    /** The city's day the answer was computed on: earlier days are `past`. */
    today: z.string(),
    days: z.array(
      z.object({
        day: z.string(),
        /** The point opens that day (weekly hours, no closure): pick-up and return are possible. */
        open: z.boolean(),
        /** Days before today: never free. */
        past: z.boolean(),
        free: z.number().int(),
        units: z.number().int(),
      }),
    ),
  })
  .openapi('LendingAvailability');

const modelFields = {
  category: categoryId,
  name: z.string().trim().min(1).max(120),
  description: bilingual(8000),
  photo: PhotoSchema.nullable().optional(),
  manualUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .nullable()
    .optional(),
  parts: z.array(PartSchema).max(40),
  maxLoanDays: z.number().int().min(1).max(62),
  leadDays: z.number().int().min(0).max(60),
  pointIds: z
    .array(PointIdSchema)
    .min(1)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'Each point once'),
  scarce: z.boolean().optional(),
};

export const ModelInputSchema = z.object({ id: ModelIdSchema.optional(), ...modelFields }).openapi('LendingModelInput');
export const ModelUpdateSchema = z.object(modelFields).partial().openapi('LendingModelUpdate');

export const AssetTagSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'Letters, digits and hyphens, e.g. AUD-0007')
  .max(24)
  .openapi({ example: 'AUD-0007' });

/** Maintenance goes through its own route (it takes days); these are the statuses set directly. */
const settableStatus = z.enum(['in-service', 'retired']);

export const UnitInputSchema = z
  .object({
    assetTag: AssetTagSchema,
    serial: z.string().trim().min(1).max(80).optional(),
    pointId: PointIdSchema,
    status: settableStatus.optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .openapi('LendingUnitInput');

export const UnitUpdateSchema = z
  .object({
    serial: z.string().trim().min(1).max(80).nullable().optional(),
    pointId: PointIdSchema.optional(),
    status: settableStatus.optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .openapi('LendingUnitUpdate');

export const MaintenanceInputSchema = z
  .object({ from: DaySchema, to: DaySchema, notes: z.string().trim().max(2000).optional() })
  .openapi('LendingMaintenanceInput');

export const UnitSchema = z
  .object({
    id: z.string(),
    modelId: z.string(),
    assetTag: z.string(),
    serial: z.string().nullable(),
    pointId: z.string(),
    status: z.enum(UNIT_STATUSES),
    notes: z.string().nullable(),
    maintenance: z.object({ from: z.string(), to: z.string() }).nullable(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .openapi('LendingUnit');

export const UnitListSchema = z
  .object({ model: ModelSummarySchema, units: z.array(UnitSchema), manages: z.array(z.string()) })
  .openapi('LendingUnits');

export type ModelInput = z.infer<typeof ModelInputSchema>;
export type ModelUpdate = z.infer<typeof ModelUpdateSchema>;
export type UnitInput = z.infer<typeof UnitInputSchema>;
export type UnitUpdate = z.infer<typeof UnitUpdateSchema>;
export type MaintenanceInput = z.infer<typeof MaintenanceInputSchema>;
export type ModelSummary = z.infer<typeof ModelSummarySchema>;
export type ModelDetail = z.infer<typeof ModelDetailSchema>;
export type UnitView = z.infer<typeof UnitSchema>;
export type CategoryView = z.infer<typeof CategorySchema>;
export type AvailabilityView = z.infer<typeof AvailabilitySchema>;
