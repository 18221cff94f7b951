/**
 * Key formats of lending; the only place that knows them.
 *
 * - `POINT#<id>`: a lending point. Listed under byKind `LENDING_POINTS` (the public list is one Query).
 * - `MODEL#<id>`: a model (sk `MODEL`) and its units (sk `UNIT#<unitId>`): the staff's model page
 *   is one Query. Models are listed under byKind `MODELS`, by category (the catalogue is one Query).
 * - `UNIT#<unitId>`: the unit's calendar, one occupancy item per day (sk `DAY#<day>`). The key is
 *   (unit, day) and nothing else, so two writes for the same unit and day always meet on the same
 *   item, whatever reservation, hold, walk-in loan or maintenance they come from.
 * - byKind `CAL#<modelId>`: the model's units (`#UNIT#…`, sorting before every day) and every
 *   occupancy of its units (`<day>#<unitId>`): availability over a period is one Query
 *   (`#` … `<to>~`). Past occupancies expire (TTL) a few days after their day, which keeps the range short.
 * - `ASSET_TAG#<TAG>`: the lookup guarding a tag's uniqueness, written with the unit.
 * - `RESERVATION#<id>`: a reservation; byOwner `USER#<userId>` / `LOAN#<pickUp>#<id>` lists a
 *   person's loans (my loans, export, erasure).
 * - `BORROWER#<userId>`: a person's limit counters per category (reservations at once, days per window).
 * - byKind `LOAN_RETURNS`, `<returnDay>#<reservationId>`: reservations still counted in their
 *   person's "at once" counter; the daily task gives back those whose return day has passed and
 *   takes them off this list (written on the reservation item while it is reserved and counted).
 */

import type { Day } from '../records.ts';

const point = (pointId: string) => `POINT#${pointId}`;
const model = (modelId: string) => `MODEL#${modelId}`;
const unitCalendar = (unitId: string) => `UNIT#${unitId}`;
const calendar = (modelId: string) => `CAL#${modelId}`;
const borrower = (userId: string) => `BORROWER#${userId}`;

export const LENDING_POINTS = 'LENDING_POINTS';
export const MODELS = 'MODELS';
export const COUNTED_LOANS = 'LOAN_RETURNS';

export const modelSortKeys = { model: 'MODEL', units: 'UNIT#', unit: (unitId: string) => `UNIT#${unitId}` };

/** Sort keys of the byKind calendar of a model: units first, then days. */
export const calendarSortKeys = {
  unit: (unitId: string) => `#UNIT#${unitId}`,
  units: '#UNIT#',
  day: (day: Day, unitId: string) => `${day}#${unitId}`,
  /** The whole range a period needs: the units, then every day up to `to` included. */
  through: (to: Day) => ({ from: '#', to: `${to}~` }),
};

export const lendingKeys = {
  point: (pointId: string) => ({ pk: point(pointId), sk: 'POINT' }),
  /** byKind: the public list of points, by id. */
  listedPoint: (pointId: string) => ({ kindPk: LENDING_POINTS, kindSk: pointId }),
  model: (modelId: string) => ({ pk: model(modelId), sk: modelSortKeys.model }),
  modelCollection: model,
  /** byKind: the catalogue, by category then model. */
  listedModel: (category: string, modelId: string) => ({ kindPk: MODELS, kindSk: `${category}#${modelId}` }),
  unit: (modelId: string, unitId: string) => ({ pk: model(modelId), sk: modelSortKeys.unit(unitId) }),
  /** byKind: the unit in its model's calendar. */
  calendarUnit: (modelId: string, unitId: string) => ({
    kindPk: calendar(modelId),
    kindSk: calendarSortKeys.unit(unitId),
  }),
  calendar,
  assetTag: (tag: string) => ({ pk: `ASSET_TAG#${tag.toUpperCase()}`, sk: 'ASSET_TAG' }),
  occupancy: (unitId: string, day: Day) => ({ pk: unitCalendar(unitId), sk: `DAY#${day}` }),
  /** byKind: the occupancy in its model's calendar. */
  calendarDay: (modelId: string, unitId: string, day: Day) => ({
    kindPk: calendar(modelId),
    kindSk: calendarSortKeys.day(day, unitId),
  }),
  reservation: (reservationId: string) => ({ pk: `RESERVATION#${reservationId}`, sk: 'RESERVATION' }),
  /** byOwner: a person's loans, by pick-up day. */
  loanOf: (userId: string, pickUp: Day, reservationId: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `LOAN#${pickUp}#${reservationId}`,
  }),
  loansOf: { ownerSkPrefix: 'LOAN#' },
  /** byKind: a reservation still counted "at once", by return day (the daily task gives it back after). */
  countedLoan: (returnDay: Day, reservationId: string) => ({
    kindPk: COUNTED_LOANS,
    kindSk: `${returnDay}#${reservationId}`,
  }),
  /** How many reservations the person holds at once in a category. */
  activeCounter: (userId: string, category: string) => ({ pk: borrower(userId), sk: `ACTIVE#${category}` }),
  /** Days the person holds in the window of `windowDays` days ending on `endDay`, in a category. */
  windowCounter: (userId: string, category: string, endDay: Day) => ({
    pk: borrower(userId),
    sk: `WINDOW#${category}#${endDay}`,
  }),
  borrowerCollection: borrower,
};
