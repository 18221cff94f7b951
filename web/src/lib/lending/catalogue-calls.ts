/**
 * The catalogue's API as the islands call it. Public reads may come from the edge's cache; the
 * staff's reads and writes never do. Each answers the response, for the caller to read by status.
 */
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const cached = () => ({ init: { signal: requestTimeout() } });
const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const models = api.api.lending.models;

export const readCategories = () => api.api.lending.categories.$get(undefined, cached());
export const readModels = (options: { fresh?: boolean } = {}) =>
  models.$get(undefined, options.fresh ? fresh() : cached());
export const readModel = (id: string) => models[':id'].$get({ param: { id } }, cached());
/** `fresh` after the reader changed it (a reservation just made): past the browser's cache too. */
export const readAvailability = (
  id: string,
  query: { point: string; from: string; to: string },
  options: { fresh?: boolean } = {},
) => models[':id'].availability.$get({ param: { id }, query }, options.fresh ? fresh() : cached());

export const readUnits = (id: string) => models[':id'].units.$get({ param: { id } }, fresh());
export const addUnit = (id: string, json: { assetTag: string; pointId: string; serial?: string; notes?: string }) =>
  models[':id'].units.$post({ param: { id }, json }, fresh());
export const editUnit = (
  id: string,
  unitId: string,
  json: { serial?: string | null; notes?: string | null; status?: 'in-service' | 'retired'; pointId?: string },
) => models[':id'].units[':unitId'].$patch({ param: { id, unitId }, json }, fresh());
export const startMaintenance = (id: string, unitId: string, json: { from: string; to: string }) =>
  models[':id'].units[':unitId'].maintenance.$post({ param: { id, unitId }, json }, fresh());
export const endMaintenance = (id: string, unitId: string) =>
  models[':id'].units[':unitId'].maintenance.$delete({ param: { id, unitId } }, fresh());

/** A model as its editor reads it (never from a cache: it may have just changed). */
export const readModelFresh = (id: string) => models[':id'].$get({ param: { id } }, fresh());
type Part = { name: { fr: string; en: string }; quantity: number };
export const editModel = (
  id: string,
  json: {
    name?: string;
    category?: string;
    maxLoanDays?: number;
    leadDays?: number;
    description?: { fr: string; en: string };
    photo?: { url: string; alt: { fr: string; en: string } } | null;
    manualUrl?: string | null;
    parts?: Part[];
    pointIds?: string[];
    scarce?: boolean;
  },
) => models[':id'].$patch({ param: { id }, json }, fresh());

export const createModel = (json: {
  id?: string;
  category: string;
  name: string;
  description: { fr: string; en: string };
  parts: Part[];
  maxLoanDays: number;
  leadDays: number;
  pointIds: string[];
}) => models.$post({ json }, fresh());
