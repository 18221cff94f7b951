/**
 * Browser island of the workshops page (`views/training-staff/Workshops.astro`): reads the
 * sessions to come (public) and, for a signed-in person, their registrations; registering, joining
 * the waiting list and cancelling (`registration-acts.ts`) redraw the one card they concern.
 */
import { part } from '../ui/dom.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { paths, readFresh, readPublic } from './calls.ts';
import { registrationActs, type ShownWorkshop } from './registration-acts.ts';
import type { MyRegistration, WorkshopSession } from './types.ts';
import { workshopCard } from './workshop-card.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const list = part(root, '[data-workshop-list]');
  const cards = new Map<string, ShownWorkshop>();
  let signedIn = false;
  const { act } = registrationActs(s, cards, () => signedIn);

  const myRegistrations = async (): Promise<MyRegistration[]> => {
    const viewer = await currentViewer();
    signedIn = viewer.state === 'signed-in';
    part(root, '[data-workshops-signed-out]').hidden = viewer.state !== 'signed-out';
    if (!signedIn) return [];
    const response = await readFresh(paths.mySessions);
    return response.ok ? ((await response.json()) as { items: MyRegistration[] }).items : [];
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
          const status = standing.get(session.id);
          const entry: ShownWorkshop = { card, session, mine: status ? { status } : undefined };
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
