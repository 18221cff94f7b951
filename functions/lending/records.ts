/**
 * Equipment lending: the records as stored. The API's contract (zod) lives in `schema.ts` files
 * next to the routes; these are what the stores read and write.
 *
 * - A *lending point* is a place that lends (a media library, a neighbourhood house), with its
 *   opening hours and closures; staff are attached to points (accounts' `staffOf` names point ids).
 * - A *model* is what people reserve ("Zoom H5 field recording kit"), of one category (the unit
 *   training unlocks), held at one or more points.
 * - A *unit* is one physical item of a model, at one point, with a city-unique asset tag.
 * - An *occupancy* is one unit taken for one calendar day: the item whose `attribute_not_exists`
 *   condition makes double-booking impossible by construction.
 * - A *reservation* is a person's claim on one unit for a run of days (pick-up day to return day).
 */

/** Civil calendar day, `YYYY-MM-DD`, in the city's time zone. */
export type Day = string;
/** `HH:MM`, 24 h, in the city's time zone. */
export type ClockTime = string;

export interface Localized {
  fr: string;
  en: string;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening span of a day; a day may have two (morning and afternoon). */
export interface OpeningSpan {
  opens: ClockTime;
  closes: ClockTime;
}

/** Days the point is closed although its weekly hours say open: holidays, exceptional closings. */
export interface Closure {
  /** First closed day. */
  from: Day;
  /** Last closed day (inclusive; equal to `from` for one day). */
  to: Day;
  reason: Localized;
}

export interface LendingPointRecord {
  /** A slug, stable: staff roles and units name it (`mediatheque-capucins`). */
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  /** Weekly hours: a weekday without spans is closed. */
  hours: Record<Weekday, OpeningSpan[]>;
  closures: Closure[];
  contact: { email?: string; phone?: string };
  description?: Localized;
  createdAt: string;
  updatedAt: string;
}

export const UNIT_STATUSES = ['in-service', 'maintenance', 'retired'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** One part of a kit's checklist ("windshield", 1). */
export interface KitPart {
  name: Localized;
  quantity: number;
}

export interface ModelRecord {
  /** A slug (`zoom-h5`). */
  id: string;
  /** A category id of `content/lending/categories.json`. */
  category: string;
  /** Brand and model names are not translated. */
  name: string;
  /** Markdown, rendered by the house renderer (sanitised). */
  description: Localized;
  photo?: { url: string; alt: Localized };
  manualUrl?: string;
  parts: KitPart[];
  /** Longest run of days from pick-up to return, both included. */
  maxLoanDays: number;
  /** Days between reserving and the pick-up day (0: same day). */
  leadDays: number;
  /** The points that hold units of it. */
  pointIds: string[];
  /** Scarce models give priority to first-time borrowers on the waiting list. */
  scarce: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UnitRecord {
  id: string;
  modelId: string;
  /** Unique in the city (`AUD-0007`), guarded by a lookup item written in the same transaction. */
  assetTag: string;
  serial?: string;
  pointId: string;
  status: UnitStatus;
  notes?: string;
  /**
   * While `status` is `maintenance`: the days it takes (one occupancy item each, kind `maintenance`)
   * and, when a maintenance ticket put it there, the ticket (which alone ends it).
   */
  maintenance?: { from: Day; to: Day; ticketId?: string };
  createdAt: string;
  updatedAt: string;
}

/** Why a unit is taken on a day. */
export type OccupancyKind = 'reservation' | 'hold' | 'maintenance';

/** One unit taken for one day. Exactly one exists per (unit, day) or none: the write decides. */
export interface OccupancyRecord {
  unitId: string;
  modelId: string;
  pointId: string;
  day: Day;
  kind: OccupancyKind;
  /** The reservation the day belongs to (kind `reservation`); releases are conditioned on it. */
  reservationId?: string;
  /** A waiting-list hold: whose, and until when (ISO instant; checked in conditions, TTL only cleans up). */
  holdFor?: string;
  holdExpiresAt?: string;
}

/**
 * `reserved` until the desk hands the unit over (`out`: the loan runs), then `returned` when the
 * desk takes it back. `cancelled` by its person (or by maintenance that found no other unit);
 * `no-show` when its pick-up day closed without a hand-over (the daily task releases it).
 */
export const RESERVATION_STATUSES = ['reserved', 'out', 'returned', 'cancelled', 'no-show'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** How staff found the unit, at hand-over and at take-back. */
export const UNIT_CONDITIONS = ['good', 'worn', 'damaged'] as const;
export type UnitCondition = (typeof UNIT_CONDITIONS)[number];

/** One part of the kit's checklist as staff ticked it (a copy: the model's list may change later). */
export interface CheckedPart {
  name: Localized;
  quantity: number;
  /** At hand-over: handed over. At take-back: came back. */
  present: boolean;
  /** At take-back: came back damaged. */
  damaged?: boolean;
}

/** The desk's hand-over: the loan starts. */
export interface HandOver {
  at: string;
  /** The staff member (user id). */
  by: string;
  parts: CheckedPart[];
  condition: UnitCondition;
  notes?: string;
}

/** The desk's take-back: the loan ends. */
export interface TakeBack {
  at: string;
  by: string;
  parts: CheckedPart[];
  condition: UnitCondition;
  notes?: string;
  /** The borrower's recordings were handed to them, or they declared none; the card was wiped (both required). */
  recordings: 'handed-over' | 'none';
  cardWiped: true;
  /** Returned after its return day: how many days late (0 on time or early). */
  lateDays: number;
  /** The maintenance ticket a damaged or incomplete return opened. */
  ticketId?: string;
}

export interface ReservationRecord {
  id: string;
  userId: string;
  modelId: string;
  /** Copied from the model at reservation: limits and the certification check are per category. */
  category: string;
  pointId: string;
  unitId: string;
  /** Pick-up day and return day, both opening days of the point, both included. */
  pickUp: Day;
  returnDay: Day;
  status: ReservationStatus;
  termsAcceptedAt: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt?: string;
  /** When the daily task gave it back to its person's "at once" counter, its return day past. */
  activeReleasedAt?: string;
  /** Lent at the desk without a reservation (staff chose the unit; the same occupancy transaction). */
  walkIn?: { by: string };
  handOver?: HandOver;
  takeBack?: TakeBack;
  /** When the daily task released it, its pick-up day closed without a hand-over. */
  noShowAt?: string;
  /** When maintenance moved it to another unit (the person was told), or cancelled it. */
  movedAt?: string;
}

export const TICKET_STATUSES = ['open', 'in-repair', 'back-in-service', 'retired'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * A maintenance ticket of a unit: `open` → `in-repair` → `back-in-service`, or `retired`. While
 * open or in repair, the unit's status is `maintenance` and the ticket's days are occupancy items
 * of kind `maintenance` (the same items every path that takes a unit writes).
 */
export interface MaintenanceTicketRecord {
  id: string;
  unitId: string;
  modelId: string;
  pointId: string;
  assetTag: string;
  status: TicketStatus;
  /** What is wrong, in the staff's words. */
  reason: string;
  /** The days the ticket blocks, both included. */
  period: { from: Day; to: Day };
  /** The return that opened it, with what was missing or damaged. */
  fromReturn?: { reservationId: string; missing: Localized[]; damaged: Localized[] };
  openedBy: string;
  openedAt: string;
  updatedAt: string;
  /** Each change of status, oldest first. */
  history: { at: string; by: string; status: TicketStatus; note?: string }[];
}

export const UNIT_EVENT_KINDS = [
  'handed-over',
  'returned',
  'swapped-out',
  'swapped-in',
  'ticket-opened',
  'ticket-changed',
] as const;

/** One event in a unit's history (the unit page shows them to staff), newest last. */
export interface UnitEventRecord {
  unitId: string;
  at: string;
  kind: (typeof UNIT_EVENT_KINDS)[number];
  /** The staff member, or `daily-job`. */
  by: string;
  reservationId?: string;
  ticketId?: string;
  /**
   * The facts, stored as facts so each page says them in its own language (the unit page renders
   * them): the condition at a hand-over or return, how many days late, the parts missing or
   * damaged (named in both languages, as the kit lists them), the other unit of a swap, why a
   * reservation left the unit (maintenance or retirement) and whether it found no other unit, a
   * walk-in, a ticket's status.
   */
  condition?: UnitCondition;
  lateDays?: number;
  missing?: Localized[];
  damaged?: Localized[];
  otherTag?: string;
  cause?: 'maintenance' | 'retired';
  cancelled?: boolean;
  walkIn?: boolean;
  ticketStatus?: TicketStatus;
  /** The staff's own words, free text: never the borrower's name. */
  note?: string;
}

export const WAITING_STATUSES = ['waiting', 'offered', 'claimed', 'left', 'expired'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

/**
 * A person on the waiting list of a model at a point for a run of days. One per person and
 * (model, point, days): its id is derived from them, so the write itself refuses a second.
 * `waiting` until a unit frees for the whole run; then `offered` with a hold of the unit's days
 * (occupancy items of kind `hold`, `holdFor` naming this entry), until `claimed` (a reservation
 * made of the hold), `left`, or `expired` (the hold passed unclaimed: the next person's turn).
 */
export interface WaitingEntryRecord {
  id: string;
  userId: string;
  modelId: string;
  pointId: string;
  pickUp: Day;
  returnDay: Day;
  status: WaitingStatus;
  joinedAt: string;
  updatedAt: string;
  /** While offered (and kept after): the unit held and until when (ISO instant). */
  offer?: { unitId: string; offeredAt: string; holdExpiresAt: string };
  /** The reservation the hold became. */
  reservationId?: string;
  /** An expired offer whose days the daily task has offered to the next person (off the offers' list). */
  passedOnAt?: string;
}
