/** The desk's answers as its islands read them (`functions/lending/desk/schema.ts`). */
import type { ReturnParts } from './maintenance-problem.ts';

export interface Localized {
  fr: string;
  en: string;
}

export interface DeskPart {
  name: Localized;
  quantity: number;
  present?: boolean;
  damaged?: boolean;
}

type Spans = { opens: string; closes: string }[];

export interface DeskLoan {
  id: string;
  status: 'reserved' | 'out' | 'returned' | 'cancelled' | 'no-show';
  walkIn: boolean;
  pickUp: string;
  returnDay: string;
  today: string;
  overdueDays: number;
  model: { id: string; name: string };
  unit: { id: string; assetTag: string };
  point: {
    id: string;
    name: string;
    address: string;
    hours?: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Spans>;
    closures: { from: string; to: string; reason: Localized }[];
  };
  borrower?: { name: string | null; email?: string };
  checklist: DeskPart[];
  handOver?: { at: string; parts: DeskPart[]; condition: string; notes?: string };
  takeBack?: { at: string; parts: DeskPart[]; condition: string; lateDays: number; ticketId?: string };
}

export interface DeskEntry {
  id: string;
  status: DeskLoan['status'];
  pickUp: string;
  returnDay: string;
  overdueDays: number;
  model: { id: string; name: string };
  unit: { id: string; assetTag: string };
  borrower: { name: string | null };
}

export interface DeskToday {
  today: string;
  point: { id: string; name: string };
  pickUps: DeskEntry[];
  returns: DeskEntry[];
  dueTomorrow: DeskEntry[];
  overdue: DeskEntry[];
  maintenance: {
    id: string;
    assetTag: string;
    reason: string;
    fromReturn: ReturnParts | null;
    period: { from: string; to: string };
  }[];
}

export interface DeskSearch {
  q: string;
  matches: DeskEntry[];
  unit?: {
    assetTag: string;
    status: 'in-service' | 'maintenance' | 'retired';
    pointId: string;
    model: { id: string; name: string; parts: DeskPart[]; maxLoanDays: number };
  };
}

/** A refusal of the desk (problem+json), with the fields the desk's messages read. */
export interface DeskProblem {
  status: number;
  detail?: string;
  wrong?: 'point' | 'model' | 'unit';
  assetTag?: string;
  scanned?: { name: string };
  expected?: { name: string } | string;
  taken?: boolean;
  unitOutOfService?: boolean;
  requiredTraining?: unknown;
  /** Why, as a stable code (`functions/lending/desk/`): the page words it in its language. */
  reason?: 'closed-today' | 'before-pick-up' | 'after-return-day';
  pickUp?: string;
  returnDay?: string;
  errors?: { path: string }[];
}
