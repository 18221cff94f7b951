import type { Read } from '../platform/cache.ts';
import { trainingCatalogue } from './catalogue.ts';
import type { ModuleSummary } from './schema.ts';
import { inCatalogueOrder, toModuleSummary } from './views.ts';

/** The catalogue as the API knows it, in the city's order (public: it changes only with a deployment). */
export const listModules = (): Read<{ modules: ModuleSummary[] }> => ({
  view: {
    modules: inCatalogueOrder(trainingCatalogue()).map(toModuleSummary),
  },
  cache: 'public',
});
