/** A lending point as the API answers it (`GET /api/lending/points`), the types taken from the API's own. */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';

export type LendingPoint = InferResponseType<(typeof api.api.lending.points)[':id']['$get'], 200>;
