import { z } from 'zod';
import { demoViewer } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { addDays, nextOpenDay } from '../opening-days.ts';
import { getPoint } from '../store/points.ts';
import { reserveEquipment } from './reserve-equipment.ts';

/** `content/demo/lending.json`'s `reservations` (its other keys are the points' and the catalogue's). */
export const DemoReservationsSchema = z.object({
  reservations: z.array(
    z.object({
      /** A demo person of `accounts.json`. */
      person: z.email(),
      model: z.string(),
      point: z.string(),
      /** The pick-up day: the point's first opening day this many days after seeding (or later). */
      inDays: z.number().int().min(0),
      /** How many days; the return is moved to the point's next opening day if it falls on a closed one. */
      days: z.number().int().min(1),
    }),
  ),
});

/**
 * Makes the demo city's reservations through the use case people go through (its transaction,
 * its limits, its training check), never by writing items: a reservation the rules refuse is
 * said in a line (a model the catalogue does not have, a person without the training), not a
 * failed start. Runs after the points and the models. Days are relative to the day of seeding.
 */
export const seedDemoReservations = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const demo = DemoReservationsSchema.parse(content);
  const today = cityDay(deps.clock.now(), deps.config.timeZone);
  const lines: string[] = [];
  for (const wanted of demo.reservations) {
    const point = await getPoint(deps, wanted.point);
    const pickUp = point && nextOpenDay(point, addDays(today, wanted.inDays));
    const returnDay = point && pickUp && nextOpenDay(point, addDays(pickUp, wanted.days - 1));
    if (!pickUp || !returnDay) {
      lines.push(`demo reservation skipped: no lending point ${wanted.point} (or it never opens)`);
      continue;
    }
    try {
      const view = await reserveEquipment(deps, {
        viewer: await demoViewer(deps, wanted.person),
        input: { modelId: wanted.model, pointId: wanted.point, pickUp, returnDay },
      });
      lines.push(
        `demo reservation: ${view.model.name} at ${view.point.name}, ${pickUp} to ${returnDay}, ${wanted.person}`,
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      lines.push(`demo reservation skipped (${wanted.model}, ${wanted.person}): ${error.message}`);
    }
  }
  return lines;
};
