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
 *   The same range also reads `#POINT#<pointId>`: a copy of each point holding the model (its name,
 *   hours and closures; base keys `MODEL#<modelId>` / `POINT#<pointId>`), so that availability needs
 *   no other read. Copies are kept in step race-free: the model's edit writes or deletes a copy in
 *   the transaction that bumps the point's `holdsVersion` (conditioned on the point as read); the
 *   point's edit rewrites every copy in the transaction conditioned on that `holdsVersion`. Of a
 *   model edit and a point edit at once, the one that commits second fails.
 * - `POINT#<pointId>` / `HOLDS#<modelId>`: which models hold a point (the mirror of the copy,
 *   written and deleted with it), so that a point's edit reads the point and the copies to rewrite
 *   in one consistent Query of its collection.
 * - `ASSET_TAG#<TAG>`: the lookup guarding a tag's uniqueness, written with the unit.
 * - byLookup `UNIT_TAG#<TAG>` / `UNIT`, on the unit item itself: the public unit page's one Query
 *   by asset tag. On the unit item (not the tag's lookup item), so every write of the unit (an
 *   edit, a move, maintenance, retirement) keeps it in step without anyone having to remember it.
 * - `RESERVATION#<id>`: a reservation; byOwner `USER#<userId>` / `LOAN#<pickUp>#<id>` lists a
 *   person's loans (my loans, export, erasure).
 * - `BORROWER#<userId>`: a person's limit counters per category (reservations at once, days per window).
 * - byKind `LOAN_RETURNS`, `<returnDay>#<reservationId>`: reservations still counted in their
 *   person's "at once" counter; the daily task gives back those whose return day has passed and
 *   takes them off this list (written on the reservation item while it is reserved and counted).
 * - `FIRST_RESERVATION#<userId>`: written (only if absent) by a person's first reservation ever:
 *   a first-time borrower is a person without it (one GetItem to know). Apart from the limit
 *   counters (`BORROWER#`), which count only what is held now; the waiting list's personal-data
 *   part exports and erases it.
 * - `WAITING#<entryId>`: a waiting-list entry; its id is a hash of (person, model, point, days), so
 *   one person is on one list for the same days once. byOwner `USER#<userId>` /
 *   `WAITING#<pickUp>#<entryId>` lists a person's entries (my loans, export, erasure). byKind,
 *   while waiting: `WAITLIST#<modelId>#<pointId>`, `<pickUp>#<joinedAt>#<entryId>` (who waits for a
 *   freed unit: one Query); while offered, or expired and not yet passed on:
 *   `WAITLIST_OFFERS`, `<holdExpiresAt>#<entryId>` (the daily task's Query of holds passed).
 * - byLookup `DESK#<pointId>`, on a reservation item while the desk has something to do with it:
 *   `PICKUP#<pickUp>#<id>` while reserved, `OUT#<returnDay>#<id>` while out. Today's pick-ups,
 *   today's returns and overdue loans of a point are each one Query (`deskListed`); the daily
 *   task's no-shows and reminders read the same lists.
 * - `TICKET#<ticketId>`: a maintenance ticket; byKind `TICKETS#<pointId>`, `<status>#<openedAt>#<id>`
 *   lists a point's tickets by state (open and in repair on the desk).
 * - `UNITLOG#<unitId>` / `<at>#<kind>[#<reservation or ticket id>]`: a unit's history (hand-overs, returns, tickets), written in
 *   the transaction of the event it records; the unit page reads it in one Query.
 * - `LENDING_OUTCOMES#<YYYY-MM>`: the month's open figures, one partition (one Query to read):
 *   `SHARD#<n>` counters added in the transactions they count (spread over a few items so that
 *   reservations do not all collide on one), `REQUESTS#<n>` attempts counted as they are made
 *   (a refused attempt has no transaction), `UNITS` written by the daily task.
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
export const WAITLIST_OFFERS = 'WAITLIST_OFFERS';

export const modelSortKeys = { model: 'MODEL', units: 'UNIT#', unit: (unitId: string) => `UNIT#${unitId}` };

/** Sort keys of the byKind calendar of a model: units first, then days. */
export const calendarSortKeys = {
  unit: (unitId: string) => `#UNIT#${unitId}`,
  units: '#UNIT#',
  /** The copies of the points holding the model: after '#', before '#UNIT#'. */
  point: (pointId: string) => `#POINT#${pointId}`,
  points: '#POINT#',
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
  /** The copy of a point holding a model, in the model's collection and, on byKind, its calendar. */
  pointCopy: (modelId: string, pointId: string) => ({ pk: model(modelId), sk: `POINT#${pointId}` }),
  pointCopyPrefix: 'POINT#',
  calendarPoint: (modelId: string, pointId: string) => ({
    kindPk: calendar(modelId),
    kindSk: calendarSortKeys.point(pointId),
  }),
  /** The mirror of a copy: the model holds the point (in the point's collection). */
  holding: (pointId: string, modelId: string) => ({ pk: point(pointId), sk: `HOLDS#${modelId}` }),
  pointCollection: point,
  holdingPrefix: 'HOLDS#',
  pointSortKey: 'POINT',
  assetTag: (tag: string) => ({ pk: `ASSET_TAG#${tag.toUpperCase()}`, sk: 'ASSET_TAG' }),
  /** byLookup: the unit item found by its asset tag (the public unit page). */
  unitByTag: (tag: string) => ({ lookupPk: `UNIT_TAG#${tag.toUpperCase()}`, lookupSk: 'UNIT' }),
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
  /** Present once the person has made a reservation, ever (first-time borrowers have none). */
  firstReservation: (userId: string) => ({ pk: `FIRST_RESERVATION#${userId}`, sk: 'FIRST_RESERVATION' }),
  waitingEntry: (entryId: string) => ({ pk: `WAITING#${entryId}`, sk: 'WAITING' }),
  /** byOwner: a person's waiting entries, by pick-up day. */
  waitingOf: (userId: string, pickUp: Day, entryId: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `WAITING#${pickUp}#${entryId}`,
  }),
  waitingOfPrefix: 'WAITING#',
  /** byKind: an entry still waiting, in its model and point's list, by pick-up day then arrival. */
  waitingList: (modelId: string, pointId: string) => `WAITLIST#${modelId}#${pointId}`,
  waitingListed: (entry: { modelId: string; pointId: string; pickUp: Day; joinedAt: string; id: string }) => ({
    kindPk: `WAITLIST#${entry.modelId}#${entry.pointId}`,
    kindSk: `${entry.pickUp}#${entry.joinedAt}#${entry.id}`,
  }),
  /** byKind: an offered (or expired, not yet passed on) entry, by the end of its hold. */
  offerListed: (holdExpiresAt: string, entryId: string) => ({
    kindPk: WAITLIST_OFFERS,
    kindSk: `${holdExpiresAt}#${entryId}`,
  }),
  outcomes: (month: string) => `LENDING_OUTCOMES#${month}`,
  /** byLookup: a reservation on its point's desk, while reserved (by pick-up day) or out (by return day). */
  deskListed: (pointId: string, state: DeskState, day: Day, reservationId: string) => ({
    lookupPk: `DESK#${pointId}`,
    lookupSk: `${state}#${day}#${reservationId}`,
  }),
  desk: (pointId: string) => `DESK#${pointId}`,
  ticket: (ticketId: string) => ({ pk: `TICKET#${ticketId}`, sk: 'TICKET' }),
  /** byKind: a point's tickets, by status then opening. */
  ticketListed: (pointId: string, status: string, openedAt: string, ticketId: string) => ({
    kindPk: `TICKETS#${pointId}`,
    kindSk: `${status}#${openedAt}#${ticketId}`,
  }),
  tickets: (pointId: string) => `TICKETS#${pointId}`,
  /**
   * One event of a unit's history; `ref` (the reservation or ticket it is about) keeps two events
   * of the same kind at the same instant apart (maintenance moving several loans off a unit at once).
   */
  unitEvent: (unitId: string, at: string, kind: string, ref?: string) => ({
    pk: `UNITLOG#${unitId}`,
    sk: ref ? `${at}#${kind}#${ref}` : `${at}#${kind}`,
  }),
  unitLog: (unitId: string) => `UNITLOG#${unitId}`,
};

/** Where a reservation stands on its point's desk: to pick up (by pick-up day) or out (by return day). */
export type DeskState = 'PICKUP' | 'OUT';
