/**
 * The training API's answers to the staff pages, inferred from its routes (never copied by
 * hand): workshops (sessions, registrations, rosters), core (the catalogue, holders,
 * instructors) and badges (a verification).
 */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';

type Training = typeof api.api.training;

/** `GET /api/training/sessions/{id}`, and each item of `GET /api/training/sessions`. */
export type WorkshopSession = InferResponseType<Training['sessions']['$get'], 200>['items'][number];

/** Each item of `GET /api/me/training/sessions`. */
export type MyRegistration = InferResponseType<typeof api.api.me.training.sessions.$get, 200>['items'][number];

/** `GET /api/training/sessions/{id}/registrations` (instructors of the module). */
export type Roster = InferResponseType<Training['sessions'][':id']['registrations']['$get'], 200>;
export type RosterEntry = Roster['registered'][number];

/** Each module of `GET /api/training/modules` (no quiz answers, only its shape). */
export type ModuleSummary = InferResponseType<Training['modules']['$get'], 200>['modules'][number];

/** `GET /api/training/{module}/certifications` (instructors of the module). */
export type Holders = InferResponseType<Training[':module']['certifications']['$get'], 200>;

/** Each module of `GET /api/training/instructors` (admins). */
export type ModuleStaff = InferResponseType<Training['instructors']['$get'], 200>['modules'][number];

/** `POST /api/training/credentials/verify`: an answer for any text, valid or not. */
export type Verification = InferResponseType<Training['credentials']['verify']['$post'], 200>;
