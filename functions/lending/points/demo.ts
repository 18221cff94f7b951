import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { createPoint } from './create-point.ts';
import { CreatePointSchema } from './schema.ts';

const monthDay = z.string().regex(/^\d{2}-\d{2}$/);

/** A closure of the demo file: dated, or yearly (month-days, placed on the next such period). */
const DemoClosureSchema = z.union([
  z.object({
    yearly: z.literal(true),
    from: monthDay,
    to: monthDay,
    reason: z.object({ fr: z.string(), en: z.string() }),
  }),
  z.object({ from: z.string(), to: z.string(), reason: z.object({ fr: z.string(), en: z.string() }) }),
]);

export const DemoPointsSchema = z.object({
  points: z.array(z.looseObject({ closures: z.array(DemoClosureSchema).default([]) })),
});

/**
 * A yearly closure placed on the first period (from `from` to `to`, which may cross the new year)
 * that has not ended by `today`. Pure.
 */
export const nextYearlyClosure = (today: string, from: string, to: string) => {
  const year = Number(today.slice(0, 4));
  const period = (startYear: number) => ({
    from: `${startYear}-${from}`,
    to: `${to < from ? startYear + 1 : startYear}-${to}`,
  });
  const thisYear = period(year - 1).to >= today ? period(year - 1) : period(year);
  return thisYear.to >= today ? thisYear : period(year + 1);
};

/**
 * Creates the demo city's lending points through the admins' use case (the file goes through the
 * same schema as the form, so a demo point breaking a rule fails the start, naming the field).
 */
export const seedDemoPoints = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const today = cityDay(deps.clock.now(), deps.config.timeZone);
  const demo = DemoPointsSchema.parse(content);
  const lines: string[] = [];
  for (const entry of demo.points) {
    const closures = entry.closures.map((closure) =>
      'yearly' in closure ? { ...nextYearlyClosure(today, closure.from, closure.to), reason: closure.reason } : closure,
    );
    const point = await createPoint(deps, CreatePointSchema.parse({ ...entry, closures }));
    lines.push(`lending point ${point.id}: ${point.name}`);
  }
  return lines;
};
