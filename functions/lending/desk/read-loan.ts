import { getUser } from '../../accounts/public.ts';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import type { LendingPointRecord, ReservationRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { getReservation } from '../store/reservations.ts';
import { deskLoanOrThrow, deskPointOrThrow } from './desk-access.ts';
import { type LoanView, toLoanView } from './views.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** A loan with its model (and unit's tag) and point named; the borrower too when `staff`. */
export const loanView = async (
  deps: Db,
  reservation: ReservationRecord,
  today: string,
  options: { staff: boolean; point?: LendingPointRecord },
): Promise<LoanView> => {
  const [found, point, borrower] = await Promise.all([
    getModelWithUnits(deps, reservation.modelId),
    options.point ? Promise.resolve(options.point) : getPoint(deps, reservation.pointId),
    options.staff ? getUser(deps, reservation.userId) : Promise.resolve(undefined),
  ]);
  const unit = found?.units.find((candidate) => candidate.id === reservation.unitId);
  return toLoanView(
    reservation,
    {
      model: found?.model,
      point,
      assetTag: unit?.assetTag,
      ...(options.staff ? { borrower: { name: borrower?.displayName ?? null, email: borrower?.email } } : {}),
    },
    today,
  );
};

/** Staff open a loan of their point's desk: to hand over, to take back, or its receipt. */
export const readDeskLoan = async (
  deps: AppDeps,
  { viewer, pointId, reservationId }: { viewer: Viewer; pointId: string; reservationId: string },
): Promise<LoanView> => {
  const point = await deskPointOrThrow(deps, viewer, pointId);
  const reservation = await deskLoanOrThrow(deps, pointId, reservationId);
  return loanView(deps, reservation, cityDay(deps.clock.now(), deps.config.timeZone), { staff: true, point });
};

/**
 * A person's own loan: its state and receipt (`/mes-emprunts/pret/`). Someone else's is not
 * found (404): a loan's id says nothing of whose it is.
 */
export const readMyLoan = async (
  deps: AppDeps,
  { viewer, reservationId }: { viewer: Viewer; reservationId: string },
): Promise<LoanView> => {
  const reservation = await getReservation(deps, reservationId);
  if (!reservation || reservation.userId !== viewer.id) throw new AppError('not-found', 'You have no such loan.');
  return loanView(deps, reservation, cityDay(deps.clock.now(), deps.config.timeZone), { staff: false });
};
