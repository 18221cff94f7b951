import type { AppDeps } from '../../platform/deps.ts';
import { readOutcomes } from '../store/outcomes.ts';

/** What each figure counts, in the answer itself: open data that says what it means. */
const DEFINITIONS = {
  requests: 'attempts + waitlistJoins: every request for equipment in the month',
  attempts: 'reservation attempts with valid days (claims of a hold included), granted or refused',
  refused: 'attempts refused: no unit free, a limit reached, or the training missing',
  loans: 'reservations made (a later cancellation is not subtracted)',
  firstTimeServed: 'reservations that were their person’s first ever in the city',
  waitlistJoins: 'people who joined a waiting list',
  offers: 'units held 24 hours for the next person waiting',
  claims: 'holds turned into a reservation by their person',
  units: 'units in service, as last counted by the daily task in the month',
} as const;

/**
 * The month's outcome of lending as open data (months in the city's calendar): one Query of the
 * month's counters, written by the transactions they count and by the daily task. No person is
 * named anywhere in them.
 */
export const readLendingOutcomes = async (deps: Pick<AppDeps, 'db' | 'tableName'>, month: string) => {
  const figures = await readOutcomes(deps, month);
  return { month, requests: figures.attempts + figures.waitlistJoins, ...figures, definitions: DEFINITIONS };
};
