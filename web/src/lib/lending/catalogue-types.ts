import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';

/** The catalogue as the API returns it, inferred from its routes (never copied by hand). */
type Models = typeof api.api.lending.models;
export type Category = InferResponseType<typeof api.api.lending.categories.$get, 200>['categories'][number];
export type ModelSummary = InferResponseType<Models['$get'], 200>['models'][number];
export type ModelDetail = InferResponseType<Models[':id']['$get'], 200>;
export type Availability = InferResponseType<Models[':id']['availability']['$get'], 200>;
export type UnitList = InferResponseType<Models[':id']['units']['$get'], 200>;
export type Unit = UnitList['units'][number];
