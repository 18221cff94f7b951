/** Month arithmetic on civil days (`YYYY-MM-DD`), the API's days. Pure. */

/** `YYYY-MM` of a day. */
export type Month = string;

export const monthOf = (day: string): Month => day.slice(0, 7);

export const firstDay = (month: Month): string => `${month}-01`;

export const lastDay = (month: Month): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
};

export const addMonths = (month: Month, count: number): Month => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1 + count, 1)).toISOString().slice(0, 7);
};

/** Monday = 0 … Sunday = 6. */
export const weekdayIndex = (day: string): number => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
};

/** Today in the city (Europe/Paris), as the API counts days. */
export const cityToday = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** "décembre 2026" / "December 2026". */
export const monthName = (month: Month, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${firstDay(month)}T12:00:00Z`),
  );
