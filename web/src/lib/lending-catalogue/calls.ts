/**
 * The catalogue's API as the islands call it. Public reads may come from the edge's cache; the
 * staff's reads and writes never do. Each answers the response, for the caller to read by status.
 */
import { api, apiFetch } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const cached = () => ({ init: { signal: requestTimeout() } });
const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const models = api.api.lending.models;

export const readCategories = () => api.api.lending.categories.$get(undefined, cached());
export const readModels = (options: { fresh?: boolean } = {}) =>
  models.$get(undefined, options.fresh ? fresh() : cached());
export const readModel = (id: string) => models[':id'].$get({ param: { id } }, cached());
export const readAvailability = (id: string, query: { point: string; from: string; to: string }) =>
  models[':id'].availability.$get({ param: { id }, query }, cached());

export const readUnits = (id: string) => models[':id'].units.$get({ param: { id } }, fresh());
export const addUnit = (id: string, json: { assetTag: string; pointId: string; serial?: string; notes?: string }) =>
  models[':id'].units.$post({ param: { id }, json }, fresh());
export const editUnit = (
  id: string,
  unitId: string,
  json: { serial?: string | null; notes?: string | null; status?: 'in-service' | 'retired' },
) => models[':id'].units[':unitId'].$patch({ param: { id, unitId }, json }, fresh());
export const startMaintenance = (id: string, unitId: string, json: { from: string; to: string }) =>
  models[':id'].units[':unitId'].maintenance.$post({ param: { id, unitId }, json }, fresh());
export const endMaintenance = (id: string, unitId: string) =>
  models[':id'].units[':unitId'].maintenance.$delete({ param: { id, unitId } }, fresh());

/**
 * The lending points' names by id, from the points' public list when it answers (another part of
 * lending serves it); empty otherwise, and the pages show the points' ids.
 */
export const readPointNames = async (): Promise<Map<string, string>> => {
  try {
    const response = await apiFetch('/api/lending/points', { signal: requestTimeout() });
    if (!response.ok) return new Map();
    const body = (await response.json()) as Record<string, unknown>;
    const list = (Array.isArray(body.points) ? body.points : Array.isArray(body.items) ? body.items : []) as {
      id?: unknown;
      name?: unknown;
    }[];
    return new Map(
      list.flatMap((point) =>
        typeof point.id === 'string' && typeof point.name === 'string' ? [[point.id, point.name] as const] : [],
      ),
    );
  } catch {
    return new Map();
  }
};
