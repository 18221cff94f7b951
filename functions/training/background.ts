import { defineBackground } from '../platform/feature.ts';
import { seedDemoQuizPasses } from './quiz-demo.ts';
import { seedDemoWorkshops } from './workshop-demo.ts';
import { workshopRemindersTask } from './workshop-reminders.ts';

/** Training outside requests: the workshops' reminders the day before, the demo city's sessions and quiz passes. */
export const trainingBackground = defineBackground({
  name: 'training',
  dailyTasks: [workshopRemindersTask],
  demoSeeders: [
    { name: 'training', seed: async (deps, demo) => seedDemoWorkshops(deps, await demo.readJson('workshops.json')) },
    // Before lending's (the features' order): its demo reservations of recorders need these certifications.
    {
      name: 'training-quizzes',
      seed: async (deps, demo) => seedDemoQuizPasses(deps, await demo.readJson('workshops.json')),
    },
  ],
});
