/**
 * The units' API as the unit page and the labels page call it: the public read of a unit by tag
 * (may come from the edge's cache) and its history (staff, never cached).
 */
import type { InferResponseType } from 'hono/client';
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const units = api.api.lending.units;

export const readUnit = (tag: string) => units[':tag'].$get({ param: { tag } }, { init: { signal: requestTimeout() } });
export const readUnitHistory = (tag: string) =>
  units[':tag'].history.$get({ param: { tag } }, { init: { cache: 'no-store', signal: requestTimeout() } });

export type PublicUnit = InferResponseType<(typeof units)[':tag']['$get'], 200>;
export type UnitHistory = InferResponseType<(typeof units)[':tag']['history']['$get'], 200>;
