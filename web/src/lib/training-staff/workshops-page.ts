/**
 * Browser island of the workshops page (`views/training-staff/Workshops.astro`): reads the
 * sessions to come (public) and, for a signed-in person, their registrations; registering, joining
 * the waiting list and cancelling redraw the one card they concern from what the API says then.
 */
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { paths, readFresh, readPublic, send } from './calls.ts';
import type { MyRegistration, WorkshopSession } from './types.ts';
import { type CardAct, type WorkshopCard, workshopCard } from './workshop-card.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const list = part(root, '[data-workshop-list]');
  const cards = new Map<string, { card: WorkshopCard; session: WorkshopSession; mine?: MyRegistration['status'] }>();
  let signedIn = false;

  const myRegistrations = async (): Promise<MyRegistration[]> => {
    const viewer = await currentViewer();
    signedIn = viewer.state === 'signed-in';
    part(root, '[data-workshops-signed-out]').hidden = viewer.state !== 'signed-out';
    if (!signedIn) return [];
    const response = await readFresh(paths.mySessions);
    return response.ok ? ((await response.json()) as { items: MyRegistration[] }).items : [];
  };

  /** Reads one session and my standing in it again, after an act or a refusal. */
  const refresh = async (id: string) => {
    const shown = cards.get(id);
    if (!shown) return;
    const [sessionResponse, mineResponse] = await Promise.all([
      readFresh(paths.session(id)),
      readFresh(paths.registration(id)),
    ]);
    if (sessionResponse.ok) shown.session = (await sessionResponse.json()) as WorkshopSession;
    shown.mine = mineResponse.ok
      ? ((await mineResponse.json()) as { status: MyRegistration['status'] }).status
      : undefined;
    shown.card.draw({ session: shown.session, mine: shown.mine, signedIn });
  };

  /** What a refused registration says: already in, just full, closed or cancelled meanwhile. */
  const refusal = async (id: string, response: Response): Promise<string> => {
    const problem = (await readProblem(response)) as Awaited<ReturnType<typeof readProblem>> & {
      registration?: string;
      full?: boolean;
    };
    await refresh(id);
    const session = cards.get(id)?.session;
    if (problem.status === 404) return s('trainingStaff.workshops.gone');
    if (problem.status !== 409) return commonFailure(problem.status, s);
    if (problem.registration) return s('trainingStaff.workshops.already');
    if (problem.full) return s('trainingStaff.workshops.fullNow');
    if (session?.status === 'cancelled') return s('trainingStaff.workshops.cancelledSession');
    if (session && Date.parse(session.deadline) <= Date.now()) return s('trainingStaff.workshops.deadlinePassed');
    return s('form.failed');
  };

  const act = (id: string, what: CardAct) => {
    const shown = cards.get(id);
    if (!shown) return;
    const { card } = shown;
    return guarded(
      async () => {
        say(card.status, s('trainingStaff.workshops.sending'));
        const wasWaiting = shown.mine === 'waiting';
        const response =
          what === 'cancel'
            ? await send('DELETE', paths.registration(id))
            : await send('POST', paths.registration(id), { waitlist: what === 'waitlist' });
        if (!response.ok) {
          say(card.status, await refusal(id, response), 'error');
          card.focus();
          return;
        }
        await refresh(id);
        const done =
          what === 'cancel'
            ? wasWaiting
              ? 'trainingStaff.workshops.leftWaitlistNow'
              : 'trainingStaff.workshops.cancelledNow'
            : cards.get(id)?.mine === 'waiting'
              ? 'trainingStaff.workshops.waitlistedNow'
              : 'trainingStaff.workshops.registeredNow';
        say(card.status, s(done), 'success');
        card.focus();
      },
      () => say(card.status, s('form.failed'), 'error'),
    )();
  };

  const load = async () => {
    showState(root, 'loading');
    try {
      const [response, mine] = await Promise.all([readPublic(paths.sessions), myRegistrations()]);
      if (!response.ok) throw new Error(`The sessions answered ${response.status}`);
      const sessions = ((await response.json()) as { items: WorkshopSession[] }).items;
      const standing = new Map(mine.map((registration) => [registration.sessionId, registration.status]));
      cards.clear();
      list.replaceChildren(
        ...sessions.map((session) => {
          const card = workshopCard(s, session, (what) => void act(session.id, what));
          const entry = { card, session, mine: standing.get(session.id) };
          cards.set(session.id, entry);
          card.draw({ session, mine: entry.mine, signedIn });
          return card.item;
        }),
      );
      part(root, '[data-workshops-empty]').hidden = sessions.length > 0;
      showState(root, 'ready');
    } catch (error) {
      console.warn('The workshops could not be read:', error);
      showState(root, 'error');
    }
  };
  root.querySelector('[data-retry]')?.addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-workshops]');
if (root) start(root);
