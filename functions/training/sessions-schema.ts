import { z } from '@hono/zod-openapi';

/** Workshop sessions and registrations: the records as stored and the API's contract. */

export const SESSION_LANGUAGES = ['fr', 'en'] as const;
export type SessionLanguage = (typeof SESSION_LANGUAGES)[number];

/** `open` takes registrations until its deadline; `cancelled` was called off by an instructor, with a message. */
export type SessionStatus = 'open' | 'cancelled';

/** One in-person session of a module. `taken` and `waiting` count its registrations of each status. */
export interface SessionRecord {
  id: string;
  moduleId: string;
  startsAt: string;
  endsAt: string;
  /** Free text for now (lending points come later). */
  place: string;
  seats: number;
  taken: number;
  waiting: number;
  /** The language the workshop is given in. */
  language: SessionLanguage;
  /** Registrations close at this instant. */
  deadline: string;
  /** Below this many registrations the instructor may call it off. */
  minimum?: number;
  status: SessionStatus;
  cancelMessage?: string;
  cancelledAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** `registered` holds a seat; `waiting` is on the waiting list, first come first served. */
export type RegistrationStatus = 'registered' | 'waiting';

/** One person's registration for one session (at most one per person and session). */
export interface RegistrationRecord {
  sessionId: string;
  userId: string;
  /** Copied from the session so the person's list and the erasure need not read the session. */
  moduleId: string;
  startsAt: string;
  /** Where the notices go (promotion, reminder, cancellation), in the person's language. */
  email: string;
  displayName: string;
  language: 'fr' | 'en';
  status: RegistrationStatus;
  registeredAt: string;
  /** When they joined the waiting list (their place in it). */
  waitingSince?: string;
  attended?: boolean;
  attendanceMarkedAt?: string;
  attendanceMarkedBy?: string;
}

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());
const place = z.string().trim().min(1).max(300);
const seats = z.number().int().min(1).max(500);

export const ScheduleSessionSchema = z
  .strictObject({
    startsAt: instant.openapi({ example: '2026-12-02T14:00:00+01:00' }),
    endsAt: instant,
    place: place.openapi({ example: 'Médiathèque des Capucins, salle 2' }),
    seats,
    language: z.enum(SESSION_LANGUAGES),
    /** Registrations close then (default: the start). */
    deadline: instant.optional(),
    minimum: z.number().int().min(1).max(500).optional(),
  })
  .superRefine((input, context) => {
    if (input.endsAt <= input.startsAt)
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'The session must end after it starts' });
    if (input.deadline && input.deadline > input.startsAt)
      context.addIssue({ code: 'custom', path: ['deadline'], message: 'Registrations must close by the start' });
    if (input.minimum && input.minimum > input.seats)
      context.addIssue({ code: 'custom', path: ['minimum'], message: 'The minimum cannot exceed the seats' });
  })
  .openapi('ScheduleSession');
export type ScheduleSession = z.infer<typeof ScheduleSessionSchema>;

/**
 * What an instructor may change. The times are not among them: registrations are filed under the
 * start, and people registered for one date; to move a session, cancel it (everyone is told) and
 * schedule another.
 */
export const EditSessionSchema = z
  .strictObject({
    place,
    seats,
    deadline: instant,
    minimum: z.number().int().min(1).max(500).nullable(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' })
  .openapi('EditSession');
export type EditSession = z.infer<typeof EditSessionSchema>;

export const CancelSessionSchema = z
  .strictObject({ message: z.string().trim().min(1).max(2000) })
  .openapi('CancelSession');

export const RegisterSchema = z
  .strictObject({
    /** When the session is full, join its waiting list instead of being refused. */
    waitlist: z.boolean().default(false),
  })
  .openapi('Register');

export const AttendanceSchema = z.strictObject({ attended: z.boolean() }).openapi('Attendance');

export const SessionIdParamSchema = z.object({ id: z.uuid() });
export const ModuleParamSchema = z.object({ module: z.string().min(1).max(64) });
export const AttendanceParamSchema = z.object({ id: z.uuid(), userId: z.string().min(1).max(100) });

export const SessionViewSchema = z
  .object({
    id: z.string(),
    moduleId: z.string(),
    moduleTitle: z.object({ fr: z.string(), en: z.string() }),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    seats: z.number(),
    seatsLeft: z.number(),
    waiting: z.number(),
    language: z.enum(SESSION_LANGUAGES),
    deadline: z.string(),
    minimum: z.number().optional(),
    status: z.enum(['open', 'cancelled']),
    cancelMessage: z.string().optional(),
  })
  .openapi('WorkshopSession');
export type SessionView = z.infer<typeof SessionViewSchema>;

export const RegistrationViewSchema = z
  .object({
    sessionId: z.string(),
    status: z.enum(['registered', 'waiting']),
    registeredAt: z.string(),
    /** Place on the waiting list, 1 for the head. */
    position: z.number().optional(),
    attended: z.boolean().optional(),
  })
  .openapi('WorkshopRegistration');

export const RosterEntrySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  status: z.enum(['registered', 'waiting']),
  registeredAt: z.string(),
  waitingSince: z.string().optional(),
  attended: z.boolean().optional(),
});

export const RosterSchema = z
  .object({
    session: SessionViewSchema,
    registered: z.array(RosterEntrySchema),
    waiting: z.array(RosterEntrySchema),
  })
  .openapi('WorkshopRoster');

export const MySessionSchema = z
  .object({
    session: SessionViewSchema.optional(),
    sessionId: z.string(),
    moduleId: z.string(),
    startsAt: z.string(),
    status: z.enum(['registered', 'waiting']),
    attended: z.boolean().optional(),
  })
  .openapi('MyWorkshopRegistration');
