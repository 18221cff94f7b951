/**
 * Workshop times are the city's wall-clock times (`config.timeZone` of the API, Europe/Paris by
 * default): a resident abroad or an instructor on a laptop set to UTC still reads and types the
 * hour the workshop starts on the spot.
 */
export const CITY_TIME_ZONE: string = import.meta.env.PUBLIC_TIME_ZONE || 'Europe/Paris';

/** "mardi 2 décembre 2026 à 14:00" in the city's zone. */
export const cityDateTime = (locale: string, iso: string, options: Intl.DateTimeFormatOptions = {}): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: CITY_TIME_ZONE,
    ...options,
  }).format(date);
};

/** "14:00" in the city's zone. */
export const cityTime = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: CITY_TIME_ZONE }).format(new Date(iso));

/** A `<time>` of an instant, written in the city's zone. */
export const cityTimeElement = (locale: string, iso: string, options?: Intl.DateTimeFormatOptions) => {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = cityDateTime(locale, iso, options);
  return time;
};

/** How far the city's clock is ahead of UTC at `instant`, in minutes. */
const offsetMinutes = (instant: number): number => {
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: CITY_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) =>
    Number(parts[type]),
  ) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((asUtc - instant) / 60_000);
};

/**
 * The instant of a wall-clock day and time in the city (`2026-12-02`, `14:00`), as ISO 8601;
 * undefined for an impossible value. Read twice because the offset may change on that very day.
 */
export const cityInstant = (day: string, time: string): string | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  if (Number.isNaN(wall)) return undefined;
  let instant = wall - offsetMinutes(wall) * 60_000;
  instant = wall - offsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
};

/** Today in the city, as `YYYY-MM-DD` (the smallest day a form offers). */
export const cityToday = (now = new Date()): string => cityDay(now.toISOString());

/** The city's calendar day of an instant, as `YYYY-MM-DD`. */
export const cityDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE }).format(new Date(iso));
