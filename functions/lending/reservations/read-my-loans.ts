import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import type { LendingPointRecord, ModelRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { listReservationsOf } from '../store/reservations.ts';
import { listWaitingShown } from '../waitlist/list-waiting.ts';
import { toWaitingView } from '../waitlist/waiting-view.ts';
import { type ReservationView, toReservationView } from './reservation-view.ts';

/** Each distinct id read once. */
const byId = async <T>(ids: string[], read: (id: string) => Promise<T | undefined>) =>
  new Map(await Promise.all([...new Set(ids)].map(async (id) => [id, await read(id)] as const)));

/**
 * The viewer's loans: one Query of their reservations (byOwner), the models and points named,
 * split into upcoming (soonest first), current and past (latest first, cancelled ones included),
 * and the waiting lists they are on (one Query more, beside it).
 */
export const readMyLoans = async (deps: AppDeps, viewer: Viewer) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const [reservations, entries] = await Promise.all([
    listReservationsOf(deps, viewer.id),
    listWaitingShown(deps, viewer.id, today),
  ]);
  const [models, points] = await Promise.all([
    byId<ModelRecord>(
      [...reservations, ...entries].map((r) => r.modelId),
      (id) => getModel(deps, id),
    ),
    byId<LendingPointRecord>(
      [...reservations, ...entries].map((r) => r.pointId),
      (id) => getPoint(deps, id),
    ),
  ]);
  const views = reservations
    .map((r) => toReservationView(r, { model: models.get(r.modelId), point: points.get(r.pointId) }, today))
    .sort((a, b) => a.pickUp.localeCompare(b.pickUp));
  const of = (phase: ReservationView['phase']) => views.filter((view) => view.phase === phase);
  const waiting = entries.map((e) =>
    toWaitingView(e, { model: models.get(e.modelId), point: points.get(e.pointId) }, now, today),
  );
  return { today, upcoming: of('upcoming'), current: of('current'), past: of('past').reverse(), waiting };
};
