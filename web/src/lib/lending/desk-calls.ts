/**
 * The desk's API as its islands call it: the viewer's desks, a desk today, its search, a loan,
 * hand-over, take-back, walk-in; and a person's own loan. Each answers the response.
 */
import type { InferRequestType } from 'hono/client';
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const desk = api.api.lending.desk;

export const readDeskPoints = () => desk.$get(undefined, fresh());

export const readDesk = (pointId: string) => desk[':pointId'].$get({ param: { pointId } }, fresh());

export const searchDesk = (pointId: string, q: string) =>
  desk[':pointId'].search.$get({ param: { pointId }, query: { q } }, fresh());

export const readDeskLoan = (pointId: string, id: string) =>
  desk[':pointId'].loans[':id'].$get({ param: { pointId, id } }, fresh());

type HandOverBody = InferRequestType<(typeof desk)[':pointId']['loans'][':id']['hand-over']['$post']>['json'];
type TakeBackBody = InferRequestType<(typeof desk)[':pointId']['loans'][':id']['take-back']['$post']>['json'];
type WalkInBody = InferRequestType<(typeof desk)[':pointId']['walk-ins']['$post']>['json'];

export const handOver = (pointId: string, id: string, json: HandOverBody) =>
  desk[':pointId'].loans[':id']['hand-over'].$post({ param: { pointId, id }, json }, fresh());

export const takeBack = (pointId: string, id: string, json: TakeBackBody) =>
  desk[':pointId'].loans[':id']['take-back'].$post({ param: { pointId, id }, json }, fresh());

export const lendWalkIn = (pointId: string, json: WalkInBody) =>
  desk[':pointId']['walk-ins'].$post({ param: { pointId }, json }, fresh());

export const readMyLoan = (id: string) => api.api.me.lending[':id'].$get({ param: { id } }, fresh());
