/**
 * What the training API answers the staff pages, as its routes declare it (workshops: sessions,
 * registrations, rosters; core: the catalogue, holders, instructors; badges: a verification).
 */

export type Bilingual = { fr: string; en: string };

/** `GET /api/training/sessions/{id}`, and each item of `GET /api/training/sessions`. */
export interface WorkshopSession {
  id: string;
  moduleId: string;
  moduleTitle: Bilingual;
  startsAt: string;
  endsAt: string;
  place: string;
  seats: number;
  seatsLeft: number;
  waiting: number;
  language: 'fr' | 'en';
  /** Registrations close at this instant. */
  deadline: string;
  minimum?: number;
  status: 'open' | 'cancelled';
  cancelMessage?: string;
}

/** Each item of `GET /api/me/training/sessions`. */
export interface MyRegistration {
  sessionId: string;
  moduleId: string;
  startsAt: string;
  status: 'registered' | 'waiting';
  attended?: boolean;
}

export interface RosterEntry {
  userId: string;
  displayName: string;
  status: 'registered' | 'waiting';
  registeredAt: string;
  waitingSince?: string;
  attended?: boolean;
}

/** `GET /api/training/sessions/{id}/registrations` (instructors of the module). */
export interface Roster {
  session: WorkshopSession;
  registered: RosterEntry[];
  waiting: RosterEntry[];
}

/** Each module of `GET /api/training/modules` (no quiz answers, only its shape). */
export interface ModuleSummary {
  id: string;
  title: Bilingual;
  workshop: boolean;
  order: number;
  quiz: { draw: number; bankSize: number } | null;
}

export type CertificationStatus =
  | { state: 'not-started' }
  | { state: 'in-progress'; quizPassed: boolean; attended: boolean; openAttempt: boolean }
  | { state: 'certified'; validUntil: string }
  | { state: 'expired'; validUntil: string }
  | { state: 'renew'; moduleVersion: string; acceptsFromMajor: number }
  | { state: 'revoked'; reason: string; revokedAt: string };

export interface Certification {
  moduleId: string;
  moduleVersion: string;
  how: 'quiz' | 'workshop' | 'granted';
  earnedAt: string;
  validUntil: string;
  grantedBy?: string;
  revoked: boolean;
  revokedReason?: string;
  revokedAt?: string;
}

/** `GET /api/training/{module}/certifications` (instructors of the module). */
export interface Holders {
  moduleId: string;
  holders: { userId: string; displayName: string | null; status: CertificationStatus; certification: Certification }[];
}

/** Each module of `GET /api/training/instructors` (admins). */
export interface ModuleStaff {
  moduleId: string;
  title: Bilingual;
  instructors: { userId: string; displayName: string | null; namedBy: string; namedAt: string }[];
}
