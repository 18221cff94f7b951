import { defineBackground } from '../platform/feature.ts';
import { workshopRemindersTask } from './workshop-reminders.ts';

/** Training outside requests: the workshops' reminders the day before, the demo city's sessions. */
export const trainingBackground = defineBackground({
  name: 'training',
  dailyTasks: [workshopRemindersTask],
});
