import { defineBackground } from '../platform/feature.ts';
import { seedDemoWorkshops } from './workshop-demo.ts';
import { workshopRemindersTask } from './workshop-reminders.ts';

/** Training outside requests: the workshops' reminders the day before, the demo city's sessions. */
export const trainingBackground = defineBackground({
  name: 'training',
  dailyTasks: [workshopRemindersTask],
  demoSeeders: [
    { name: 'training', seed: async (deps, demo) => seedDemoWorkshops(deps, await demo.readJson('workshops.json')) },
  ],
});
