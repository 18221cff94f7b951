import { getModelWithUnits } from '../../../functions/lending/store/models.ts';
import { listTickets } from '../../../functions/lending/store/tickets.ts';
import { listUnitEvents } from '../../../functions/lending/store/unit-history.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';

/** The unit as stored now (from its model's collection). */
export const storedUnit = async (deps: AppDeps, modelId: string, unitId: string) =>
  (await getModelWithUnits(deps, modelId))?.units.find((unit) => unit.id === unitId);

/** The point's stored tickets in a status, and a unit's stored history. */
export const storedTickets = listTickets;
export const storedHistory = listUnitEvents;
