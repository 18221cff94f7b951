import { defineBackground } from '../platform/feature.ts';

/** Lending outside requests: the demo city's lending points, catalogue and reservations. */
export const lendingBackground = defineBackground({
  name: 'lending',
  demoSeeders: [],
});
