/**
 * Browser island of an instructor's workshop page (`views/training-staff/SessionManage.astro`):
 * reads the roster of the workshop named in the address (`GET …/registrations`, instructors of
 * its module only) and keeps its parts — facts, attendance, waiting list, seats, cancellation —
 * in step with the roster the API last returned.
 */
import { element, idFromQuery } from '../ui/dom.ts';
import { showState } from '../ui/page-states.ts';
import { attendanceList } from './attendance-list.ts';
import { paths, readFresh } from './calls.ts';
import type { SessionContext } from './session-context.ts';
import { moduleTitleOf, sessionFacts, sessionStart } from './session-facts.ts';
import { cancelForm, seatsForm } from './session-forms.ts';
import { bootTeachingPage, staffContext } from './teach-context.ts';
import type { Roster } from './types.ts';

const start = (root: HTMLElement, sessionId: string) => {
  let roster: Roster | undefined;
  const listeners: ((roster: Roster) => void)[] = [];
  const read = () => readFresh(paths.roster(sessionId));

  const context: SessionContext = {
    ...staffContext(root),
    sessionId,
    current: () => {
      if (!roster) throw new Error('The roster is not loaded yet');
      return roster;
    },
    apply: (shown) => {
      roster = shown;
      for (const listener of listeners) listener(shown);
    },
    reload: async () => {
      const response = await read().catch(() => undefined);
      if (response?.ok) {
        context.apply((await response.json()) as Roster);
        return true;
      }
      if (response && !context.lostAccess(response.status) && response.status === 404) showState(root, 'not-found');
      return false;
    },
    onRender: (listener) => {
      listeners.push(listener);
    },
  };
  const { s, q } = context;

  context.onRender(({ session, waiting }) => {
    const heading = s('trainingStaff.sessionPage.heading', {
      module: moduleTitleOf(session),
      date: sessionStart(session),
    });
    q('[data-session-heading]').textContent = heading;
    q('[data-session-facts]').replaceChildren(sessionFacts(s, session, { showSeats: true }));
    q('[data-waitlist-empty]').hidden = waiting.length > 0;
    q('[data-waitlist]').replaceChildren(...waiting.map((person) => element('li', undefined, person.displayName)));
  });
  attendanceList(context);
  seatsForm(context);
  cancelForm(context);

  return async () => {
    showState(root, 'loading');
    try {
      const response = await read();
      if (context.lostAccess(response.status)) return;
      if (response.status === 404 || response.status === 400) {
        showState(root, 'not-found');
        return;
      }
      if (!response.ok) throw new Error(`The roster answered ${response.status}`);
      context.apply((await response.json()) as Roster);
      showState(root, 'ready');
    } catch (error) {
      console.warn('The workshop could not be read:', error);
      showState(root, 'error');
    }
  };
};

const root = document.querySelector<HTMLElement>('[data-session-manage]');
if (root) bootTeachingPage(root, start, idFromQuery);
