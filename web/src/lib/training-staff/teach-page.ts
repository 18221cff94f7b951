/**
 * Browser island of the instructors' page (`views/training-staff/Teach.astro`): the modules the
 * person teaches, their workshops to come, and the form that schedules one (the new session joins
 * the list at once).
 */
import { element } from '../ui/dom.ts';
import { showState } from '../ui/page-states.ts';
import { pageLocale } from '../ui/strings.ts';
import { paths, readFresh } from './calls.ts';
import { scheduleForm } from './schedule-form.ts';
import { moduleTitleOf, seatsText, sessionStart } from './session-facts.ts';
import { AccessLost, readModules, taughtModules } from './taught-modules.ts';
import { bootTeachingPage, staffContext } from './teach-context.ts';
import type { ModuleSummary, WorkshopSession } from './types.ts';

const start = (root: HTMLElement) => {
  const context = staffContext(root);
  const { s, q } = context;
  let sessions: WorkshopSession[] = [];

  const drawSessions = () => {
    q('[data-sessions-empty]').hidden = sessions.length > 0;
    q('[data-my-sessions]').replaceChildren(
      ...sessions.map((session) => {
        const link = element(
          'a',
          { href: `${root.dataset.sessionPage}?id=${encodeURIComponent(session.id)}` },
          `${moduleTitleOf(session)} — ${sessionStart(session)}`,
        );
        const state = session.status === 'cancelled' ? s('trainingStaff.session.cancelled') : seatsText(s, session);
        return element('li', undefined, link, element('br'), element('span', 'muted', `${session.place} · ${state}`));
      }),
    );
  };

  const drawModules = (taught: ModuleSummary[]) => {
    q('[data-teach-none]').hidden = taught.length > 0;
    for (const section of root.querySelectorAll<HTMLElement>('[data-teach-some]')) section.hidden = taught.length === 0;
    q('[data-taught]').replaceChildren(
      ...taught.map((module) =>
        element(
          'li',
          undefined,
          element('strong', undefined, module.title[pageLocale()]),
          ' — ',
          element(
            'a',
            { href: `${root.dataset.modulePage}?module=${encodeURIComponent(module.id)}` },
            s('trainingStaff.teach.holders'),
          ),
        ),
      ),
    );
  };

  const form = scheduleForm(context, (session) => {
    sessions = [...sessions, session].toSorted((a, b) => a.startsAt.localeCompare(b.startsAt));
    drawSessions();
  });

  return async () => {
    showState(root, 'loading');
    try {
      const taught = await taughtModules(await readModules());
      const ids = new Set(taught.map((module) => module.id));
      const response = await readFresh(paths.sessions);
      if (!response.ok) throw new Error(`The sessions answered ${response.status}`);
      sessions = ((await response.json()) as { items: WorkshopSession[] }).items.filter((session) =>
        ids.has(session.moduleId),
      );
      drawModules(taught);
      drawSessions();
      form.offer(taught);
      showState(root, 'ready');
    } catch (error) {
      if (error instanceof AccessLost && context.lostAccess(error.status)) return;
      console.warn('The teaching page could not be read:', error);
      showState(root, 'error');
    }
  };
};

const root = document.querySelector<HTMLElement>('[data-teach]');
if (root) bootTeachingPage(root, start);
