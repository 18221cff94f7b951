import { z } from 'zod';
import { demoViewer } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { addDays, nextOpenDay } from '../opening-days.ts';
import { getPoint } from '../store/points.ts';
import { joinWaitlist } from './join-waitlist.ts';

/** `content/demo/lending.json`'s `waiting` (its other keys are the points', the catalogue's and the reservations'). */
export const DemoWaitingSchema = z.object({
  waiting: z.array(
    z.object({
      /** A demo person of `accounts.json`. */
      person: z.email(),
      model: z.string(),
      point: z.string(),
      /** The pick-up day: the point's first opening day this many days after seeding (or later). */
      inDays: z.number().int().min(0),
      days: z.number().int().min(1),
    }),
  ),
});

/**
 * Puts the demo's people on waiting lists through the use case everyone goes through (its day
 * rules, its training check, its "a unit is free: reserve it" answer), after the demo
 * reservations that took those days. A join the rules refuse is said in a line.
 */
export const seedDemoWaitlist = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const demo = DemoWaitingSchema.parse(content);
  const today = cityDay(deps.clock.now(), deps.config.timeZone);
  const lines: string[] = [];
  for (const wanted of demo.waiting) {
    const point = await getPoint(deps, wanted.point);
    const pickUp = point && nextOpenDay(point, addDays(today, wanted.inDays));
    const returnDay = point && pickUp && nextOpenDay(point, addDays(pickUp, wanted.days - 1));
    if (!pickUp || !returnDay) {
      lines.push(`demo waiting list skipped: no lending point ${wanted.point} (or it never opens)`);
      continue;
    }
    try {
      const view = await joinWaitlist(deps, {
        viewer: await demoViewer(deps, wanted.person),
        input: { modelId: wanted.model, pointId: wanted.point, pickUp, returnDay },
      });
      lines.push(
        `demo waiting list: ${view.model.name} at ${view.point.name}, ${pickUp} to ${returnDay}, ${wanted.person}`,
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      lines.push(`demo waiting list skipped (${wanted.model}, ${wanted.person}): ${error.message}`);
    }
  }
  return lines;
};
