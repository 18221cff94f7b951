import type { Read } from '../../platform/cache.ts';
import { lendingCategories } from '../categories.ts';
import type { CategoryView } from './schema.ts';
import { toCategoryView } from './views.ts';

/** The city's equipment categories with their limits and the training each needs (public: a deployment changes them). */
export const listCategories = (): Read<{ categories: CategoryView[] }> => ({
  view: { categories: lendingCategories().map(toCategoryView) },
  cache: 'public',
});
