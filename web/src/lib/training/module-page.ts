/**
 * Browser island of a module's page (`views/training/ModulePage.astro`): the lessons are in the
 * page already; for a signed-in person it shows their status for the module
 * (`GET /api/training/{module}/me`) and opens the quiz. Residents without an account see a sign-in
 * link instead, and never call the API.
 */
import { part } from '../ui/dom.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { readModuleStatus } from './calls.ts';
import { quiz } from './quiz.ts';
import { attemptsWords, lineItems, progressWords, stateWords } from './status-words.ts';
import type { ModulePageContext, ModuleProgress } from './types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const moduleId = root.dataset.trainingModule ?? '';
  const workshop = root.dataset.workshop === 'true';
  const hasQuiz = root.querySelector('.training-quiz') !== null;
  const stateLine = part(root, '[data-status-state]');
  const details = part(root, '[data-status-details]');
  const show = (module: ModuleProgress) => {
    root.dataset.trainingState = module.status.state;
    stateLine.replaceChildren(...stateWords(s, module.status));
    const lines = [...progressWords(s, module, workshop)];
    if (hasQuiz && module.status.state !== 'certified') lines.push(attemptsWords(s, module));
    details.replaceChildren(...lineItems(lines));
    details.hidden = lines.length === 0;
  };

  /** Reads my status and shows it; answers the state the page should be in. */
  const read = async (): Promise<'ready' | 'signed-out' | 'error'> => {
    try {
      const response = await readModuleStatus(moduleId);
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        return 'signed-out';
      }
      if (!response.ok) throw new Error(`My status answered ${code}`);
      show(await response.json());
      return 'ready';
    } catch (error) {
      console.warn('My status for the module could not be read:', error);
      return 'error';
    }
  };

  const context: ModulePageContext = {
    root,
    s,
    moduleId,
    // After an attempt the quiz stays on screen: a failed read leaves the status shown as it was.
    refreshStatus: async () => {
      if ((await read()) === 'signed-out') showState(root, 'signed-out');
    },
  };

  quiz(context);
  whenSignedIn(root, async () => showState(root, await read()));
};

const root = document.querySelector<HTMLElement>('[data-training-module]');
if (root) start(root);
