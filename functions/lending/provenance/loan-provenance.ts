import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { ReservationRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { getReservation, listReservationsOf } from '../store/reservations.ts';

/** A loan ended this many days ago or less may still be named as what a recording was made with. */
export const PROVENANCE_DAYS = 30;
const PROVENANCE_MS = PROVENANCE_DAYS * 24 * 60 * 60 * 1000;

/**
 * What a medium keeps of the loan it was recorded with: a copy, so the medium page stays one read
 * and says the same thing after the model is renamed or the unit retired. `reservationId` is the
 * person's own (their export shows it; the public never sees it); the demo's recordings, seeded
 * before any desk lent anything, have none.
 */
export interface LoanProvenance {
  reservationId?: string;
  modelId: string;
  modelName: string;
  assetTag: string;
  pointId: string;
  pointName: string;
}

/** An eligible loan as its person chooses it: the snapshot, and whether it is still out. */
export type EligibleLoan = Required<LoanProvenance> & { status: 'out' | 'returned'; returnedAt?: string };

type Deps = Pick<AppDeps, 'db' | 'tableName' | 'clock'>;

/** Why a loan cannot be named, or undefined when it can: out now, or taken back within 30 days. */
const ineligibility = (reservation: ReservationRecord, now: Date): string | undefined => {
  if (reservation.status === 'out') return undefined;
  if (reservation.status === 'returned') {
    const at = reservation.takeBack?.at;
    if (at && now.getTime() - Date.parse(at) <= PROVENANCE_MS) return undefined;
    return `This loan ended more than ${PROVENANCE_DAYS} days ago: only a current loan or one returned in the last ${PROVENANCE_DAYS} days can be named.`;
  }
  if (reservation.status === 'reserved')
    return 'This reservation has not been handed over yet: nothing can have been recorded with it.';
  return `This reservation was ${reservation.status === 'no-show' ? 'never picked up' : 'cancelled'}: nothing was recorded with it.`;
};

/** The snapshots of reservations, each model and point read once (the unit is in its model's collection). */
const snapshotsOf = async (deps: Deps, reservations: ReservationRecord[]) => {
  const [models, points] = await Promise.all([
    Promise.all([...new Set(reservations.map((r) => r.modelId))].map((id) => getModelWithUnits(deps, id))),
    Promise.all([...new Set(reservations.map((r) => r.pointId))].map((id) => getPoint(deps, id))),
  ]);
  return reservations.map((reservation): Required<LoanProvenance> => {
    const found = models.find((m) => m?.model.id === reservation.modelId);
    const unit = found?.units.find((u) => u.id === reservation.unitId);
    return {
      reservationId: reservation.id,
      modelId: reservation.modelId,
      modelName: found?.model.name ?? reservation.modelId,
      assetTag: unit?.assetTag ?? '',
      pointId: reservation.pointId,
      pointName: points.find((p) => p?.id === reservation.pointId)?.name ?? reservation.pointId,
    };
  });
};

/** A person's loans a recording may be said to be made with (current first, then latest returned). */
export const eligibleLoansOf = async (deps: Deps, userId: string): Promise<EligibleLoan[]> => {
  const now = deps.clock.now();
  const eligible = (await listReservationsOf(deps, userId)).filter((r) => !ineligibility(r, now));
  const snapshots = await snapshotsOf(deps, eligible);
  return eligible
    .map((reservation, i) => ({
      ...(snapshots[i] as Required<LoanProvenance>),
      status: reservation.status as 'out' | 'returned',
      ...(reservation.takeBack ? { returnedAt: reservation.takeBack.at } : {}),
    }))
    .sort((a, b) =>
      a.status === b.status ? (b.returnedAt ?? '').localeCompare(a.returnedAt ?? '') : a.status === 'out' ? -1 : 1,
    );
};

/** A refusal that names the upload's field, so the form can say it beside the choice. */
const refused = (kind: 'not-found' | 'forbidden' | 'conflict', detail: string) =>
  new AppError(kind, detail, { extensions: { errors: [{ in: 'body', path: 'recordedWithLoan', message: detail }] } });

/**
 * The snapshot of one of `userId`'s loans that a recording may name: 404 when there is no such
 * loan, 403 when it is someone else's, 409 when it was never handed over (reserved, cancelled, no
 * show) or ended more than 30 days ago.
 */
export const loanProvenance = async (
  deps: Deps,
  { userId, reservationId }: { userId: string; reservationId: string },
): Promise<Required<LoanProvenance>> => {
  const reservation = await getReservation(deps, reservationId);
  if (!reservation) throw refused('not-found', 'There is no such loan.');
  if (reservation.userId !== userId)
    throw refused('forbidden', 'This loan is someone else’s: a recording can only name your own loans.');
  const why = ineligibility(reservation, deps.clock.now());
  if (why) throw refused('conflict', why);
  const [snapshot] = await snapshotsOf(deps, [reservation]);
  if (!snapshot) throw refused('not-found', 'There is no such loan.');
  return snapshot;
};
