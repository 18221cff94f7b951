import { z } from 'zod';
import { demoViewer } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { cityDay } from '../platform/sent-once.ts';
import { findModule } from './catalogue.ts';
import { nameInstructor } from './name-instructor.ts';
import { registerForSession } from './registration-register.ts';
import { scheduleSession } from './sessions-manage.ts';
import { ScheduleSessionSchema } from './sessions-schema.ts';
import { nextDay, startOfCityDay } from './workshop-days.ts';

export const DemoWorkshopsSchema = z.object({
  admin: z.email(),
  sessions: z.array(
    z.object({
      module: z.string(),
      instructor: z.email(),
      inDays: z.number().int().min(1),
      /** Local time of the city, HH:MM. */
      at: z.string().regex(/^\d{2}:\d{2}$/),
      minutes: z.number().int().min(30),
      place: z.string(),
      seats: z.number().int().min(1),
      minimum: z.number().int().min(1).optional(),
      language: z.enum(['fr', 'en']),
      registered: z.array(z.email()),
    }),
  ),
});

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
    let day = cityDay(deps.clock.now(), deps.config.timeZone);
    for (let i = 0; i < session.inDays; i++) day = nextDay(day);
    const [hours, minutes] = session.at.split(':').map(Number) as [number, number];
    const startsAt = new Date(startOfCityDay(day, deps.config.timeZone).getTime() + (hours * 60 + minutes) * 60_000);
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
