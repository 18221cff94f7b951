import { z } from 'zod';
import { demoViewer } from '../accounts/public.ts';
import { nextDay, startOfCityDay } from '../platform/city-days.ts';
import type { AppDeps } from '../platform/deps.ts';
import { cityDay } from '../platform/sent-once.ts';
import { findModule } from './catalogue.ts';
import { nameInstructor } from './name-instructor.ts';
import { registerForSession } from './registration-register.ts';
import { scheduleSession } from './sessions-manage.ts';
import { ScheduleSessionSchema } from './sessions-schema.ts';

const demoSession = z.object({
  module: z.string(),
  instructor: z.email(),
  minutes: z.number().int().min(30),
  place: z.string(),
  seats: z.number().int().min(1),
  minimum: z.number().int().min(1).optional(),
  language: z.enum(['fr', 'en']),
  registered: z.array(z.email()),
});

export const DemoWorkshopsSchema = z.object({
  admin: z.email(),
  sessions: z.array(
    z.union([
      /** Days after seeding, at a local time of the city (HH:MM)… */
      demoSession.extend({ inDays: z.number().int().min(1), at: z.string().regex(/^\d{2}:\d{2}$/) }).strict(),
      /**
       * …or hours after seeding (on the quarter hour): a session of the day of seeding, whose
       * attendance an instructor can mark right away (attendance opens on the session's day).
       */
      demoSession.extend({ inHours: z.number().int().min(1) }).strict(),
    ]),
  ),
});

const QUARTER_HOUR = 15 * 60_000;

/** When a demo session starts: days after seeding at a local time, or hours after seeding on the quarter hour. */
const demoStart = (deps: AppDeps, session: z.infer<typeof DemoWorkshopsSchema>['sessions'][number]): Date => {
  const now = deps.clock.now();
  if ('inHours' in session)
    return new Date(Math.ceil((now.getTime() + session.inHours * 3_600_000) / QUARTER_HOUR) * QUARTER_HOUR);
  let day = cityDay(now, deps.config.timeZone);
  for (let i = 0; i < session.inDays; i++) day = nextDay(day);
  const [hours, minutes] = session.at.split(':').map(Number) as [number, number];
  return new Date(startOfCityDay(day, deps.config.timeZone).getTime() + (hours * 60 + minutes) * 60_000);
};

/**
 * Schedules the demo city's workshop sessions through the use cases people go through: the admin
 * names the instructor, the instructor schedules, residents register. Dates are relative to the
 * day of seeding (in the city's time zone), so the sessions are always upcoming.
 */
export const seedDemoWorkshops = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const viewerFor = (email: string) => demoViewer(deps, email);
  const demo = DemoWorkshopsSchema.parse(content);
  const admin = await viewerFor(demo.admin);
  const lines: string[] = [];
  for (const session of demo.sessions) {
    // A module the catalogue does not have (yet) is said, not a failed start.
    if (!findModule(session.module)) {
      lines.push(`demo workshop skipped: no module ${session.module} in content/training/`);
      continue;
    }
    const instructor = await viewerFor(session.instructor);
    await nameInstructor(deps, { viewer: admin, moduleId: session.module, userId: instructor.id });
    const startsAt = demoStart(deps, session);
    const day = cityDay(startsAt, deps.config.timeZone);
    const { id } = await scheduleSession(deps, {
      viewer: instructor,
      moduleId: session.module,
      input: ScheduleSessionSchema.parse({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + session.minutes * 60_000).toISOString(),
        place: session.place,
        seats: session.seats,
        language: session.language,
        ...(session.minimum ? { minimum: session.minimum } : {}),
      }),
    });
    for (const email of session.registered) {
      await registerForSession(deps, { viewer: await viewerFor(email), sessionId: id, waitlist: false });
    }
    lines.push(`demo workshop: ${session.module} on ${day}, ${session.registered.length}/${session.seats} seats taken`);
  }
  return lines;
};
