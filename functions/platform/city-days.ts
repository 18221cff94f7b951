/**
 * The city's calendar days (`YYYY-MM-DD` in its time zone, `config.timeZone`), not UTC days: a
 * quiz's attempts are counted per city day, workshop reminders go out the day before, attendance
 * opens on the session's day. Pure. (`cityDay(at)` itself lives with `sent-once.ts`, whose markers
 * are per city day.)
 */

/** How far the zone is ahead of UTC at `at`, in milliseconds. */
const zoneOffset = (at: Date, timeZone: string): number => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallClock - Math.floor(at.getTime() / 1000) * 1000;
};

/** The instant a calendar day (YYYY-MM-DD) begins in the zone (its local midnight). */
export const startOfCityDay = (day: string, timeZone: string): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  // Twice: the offset at the guess may differ from the offset at midnight itself (a DST change).
  const guess = midnightAsUtc - zoneOffset(new Date(midnightAsUtc), timeZone);
  return new Date(midnightAsUtc - zoneOffset(new Date(guess), timeZone));
};

/** The instant a wall-clock time (`HH:MM`) of a calendar day happens in the zone (a lending point's opening, say). */
export const cityInstant = (day: string, time: string, timeZone: string): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, date, hours, minutes);
  // Twice, as for midnight: the offset at the guess may differ from the offset at the time itself.
  const guess = wallClockAsUtc - zoneOffset(new Date(wallClockAsUtc), timeZone);
  return new Date(wallClockAsUtc - zoneOffset(new Date(guess), timeZone));
};

/** The calendar day after `day` (YYYY-MM-DD). */
export const nextDay = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
};

/** The instants [from, until) of a city day: what "starts tomorrow" means for the reminders. */
export const cityDayBounds = (day: string, timeZone: string) => ({
  from: startOfCityDay(day, timeZone).toISOString(),
  until: startOfCityDay(nextDay(day), timeZone).toISOString(),
});
