import { z } from 'zod';
import file from '../../content/lending/categories.json' with { type: 'json' };

/**
 * Equipment categories, as the city writes them in `content/lending/categories.json`: the unit
 * training unlocks (a module's `unlocks`) and the fairness limits count. Read at build time
 * (bundled), checked here so a broken file fails the tests and the start, naming the field.
 */

const localized = z.object({ fr: z.string().min(1), en: z.string().min(1) });

export const categoryLimitsSchema = z.object({
  /** Reservations a person may hold at once in the category (upcoming or out). */
  reservationsAtOnce: z.number().int().min(1).max(20),
  /** Days a person may hold in any window of `windowDays` consecutive days. */
  daysInWindow: z.number().int().min(1).max(90),
  windowDays: z.number().int().min(1).max(90),
});

export const categorySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localized,
  limits: categoryLimitsSchema,
});

export const categoriesFileSchema = z
  .object({ categories: z.array(categorySchema).min(1) })
  .refine((value) => new Set(value.categories.map((c) => c.id)).size === value.categories.length, {
    message: 'category ids must be unique',
    path: ['categories'],
  });

export type Category = z.infer<typeof categorySchema>;
export type CategoryLimits = z.infer<typeof categoryLimitsSchema>;

/** Parses the file's content; throws naming the file and the field. */
export const parseCategories = (value: unknown): Category[] => {
  const parsed = categoriesFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/lending/categories.json: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data.categories;
};

let cached: Category[] | undefined;

/** The city's categories, in the file's order. */
export const lendingCategories = (): Category[] => {
  cached ??= parseCategories(file);
  return cached;
};

export const findCategory = (id: string): Category | undefined => lendingCategories().find((c) => c.id === id);
