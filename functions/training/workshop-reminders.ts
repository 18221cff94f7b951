import { cityDayBounds, nextDay } from '../platform/city-days.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { DailyTask } from '../platform/daily-task.ts';
import type { AppDeps } from '../platform/deps.ts';
import { cityDay, claimDailySend } from '../platform/sent-once.ts';
import type { SessionRecord } from './sessions-schema.ts';
import { listSessionsStarting, readSessionCollection } from './store/sessions.ts';
import { sendWorkshopNotice } from './workshop-mails.ts';

const JOB = 'workshop-reminder';

/** Open sessions starting tomorrow in the city: range Queries on the upcoming list, never a Scan. */
const sessionsTomorrow = async (deps: AppDeps, today: string): Promise<SessionRecord[]> => {
  const { from, until } = cityDayBounds(nextDay(today), deps.config.timeZone);
  const sessions: SessionRecord[] = [];
  let startKey: PageKey | undefined;
  do {
    const page = await listSessionsStarting(deps, { from, until, limit: 100, startKey });
    sessions.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return sessions.filter((session) => session.status === 'open');
};

/**
 * The day before a workshop, everyone holding a seat is reminded (with the calendar event). One
 * marker per session and day (`sent-once.ts`), claimed before sending: a daily job run again the
 * same day sends nobody a second reminder. An address the mail service refuses is logged and
 * counted; the others still get theirs.
 */
export const sendWorkshopReminders = async (deps: AppDeps) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const figures = { sessions: 0, reminded: 0, failed: 0, alreadySent: 0 };
  for (const upcoming of await sessionsTomorrow(deps, today)) {
    figures.sessions++;
    if (!(await claimDailySend(deps, { job: JOB, target: upcoming.id, day: today }, now))) {
      figures.alreadySent++;
      continue;
    }
    const { session, registrations } = await readSessionCollection(deps, upcoming.id);
    if (session?.status !== 'open') continue;
    for (const registration of registrations.filter((r) => r.status === 'registered')) {
      if (await sendWorkshopNotice(deps, 'reminder', session, registration)) figures.reminded++;
      else figures.failed++;
    }
  }
  return figures;
};

export const workshopRemindersTask: DailyTask = { name: JOB, run: sendWorkshopReminders };
