/**
 * Browser island of the workshops part of my training (`views/training/MyTraining.astro`): the
 * signed-in person's registrations from `GET /api/me/training/sessions`. Those to come are the
 * workshops page's cards (the seat or the place on the waiting list, the calendar event, giving
 * it up: `registration-acts.ts`); those past say whether the person attended. The page's other
 * island shows who is signed in; this one only fills its sections.
 */
import { say } from '../ui/announce.ts';
import { element, part, timeElement } from '../ui/dom.ts';
import { currentViewer } from '../ui/session.ts';
import { stringsOf, type Translate } from '../ui/strings.ts';
import { paths, readFresh } from './calls.ts';
import { readStanding, registrationActs, type ShownWorkshop } from './registration-acts.ts';
import { moduleTitleOf, sessionFacts } from './session-facts.ts';
import type { MyRegistration } from './types.ts';
import { workshopCard } from './workshop-card.ts';

/** The built catalogue's modules, by id: their title in the page's language and their page. */
type ModuleLinks = Record<string, { title: string; href: string }>;

const startOf = (registration: MyRegistration) => registration.session?.startsAt ?? registration.startsAt;

/** What became of a past registration: attended, marked absent, not marked, only waiting, or called off. */
const outcome = (s: Translate, registration: MyRegistration): string => {
  if (registration.session?.status === 'cancelled') return s('trainingStaff.session.cancelled');
  if (registration.status === 'waiting') return s('training.mine.workshops.wasWaiting');
  if (registration.attended === true) return s('training.mine.workshops.attended');
  if (registration.attended === false) return s('training.mine.workshops.absent');
  return s('training.mine.workshops.unmarked');
};

const pastItem = (s: Translate, modules: ModuleLinks, registration: MyRegistration) => {
  const known = modules[registration.moduleId];
  const title = registration.session ? moduleTitleOf(registration.session) : (known?.title ?? registration.moduleId);
  const titleId = `past-workshop-${registration.sessionId}`;
  const facts = registration.session
    ? sessionFacts(s, registration.session, { showSeats: false, showDeadline: false })
    : element('p', undefined, timeElement(registration.startsAt, { dateStyle: 'full', timeStyle: 'short' }));
  return element(
    'li',
    { 'data-past-workshop': registration.sessionId, 'data-attended': String(registration.attended ?? '') },
    element(
      'article',
      { class: 'workshop', 'aria-labelledby': titleId },
      element('h3', { id: titleId }, known ? element('a', { href: known.href }, title) : title),
      facts,
      element('p', 'workshop__standing', element('strong', undefined, outcome(s, registration))),
    ),
  );
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const modules = JSON.parse(root.dataset.moduleLinks ?? '{}') as ModuleLinks;
  const note = part(root, '[data-workshops-note]');
  const retry = part<HTMLButtonElement>(root, '[data-workshops-retry]');
  const upcomingList = part(root, '[data-upcoming-workshops]');
  const pastList = part(root, '[data-past-workshops]');
  const cards = new Map<string, ShownWorkshop>();
  // Only a signed-in person reaches the sections; the cards' register button needs it to show again after cancelling.
  const { act } = registrationActs(s, cards, () => true);

  const show = async (items: MyRegistration[]) => {
    const now = Date.now();
    const upcoming = items
      .filter((item) => item.session && Date.parse(startOf(item)) > now)
      .sort((a, b) => startOf(a).localeCompare(startOf(b)));
    const past = items.filter((item) => !upcoming.includes(item)).sort((a, b) => startOf(b).localeCompare(startOf(a)));
    // The list does not say the place on a waiting list; each registration does.
    const standings = await Promise.all(
      upcoming.map(async (item) =>
        item.status === 'waiting'
          ? ((await readStanding(item.sessionId)) ?? { status: item.status })
          : { status: item.status },
      ),
    );
    cards.clear();
    upcomingList.replaceChildren(
      ...upcoming.flatMap((item, index) => {
        const { session } = item;
        if (!session) return [];
        const card = workshopCard(s, session, (what) => void act(session.id, what), 'h3');
        const entry: ShownWorkshop = { card, session, mine: standings[index] };
        cards.set(session.id, entry);
        card.draw({ session, mine: entry.mine, signedIn: true });
        return [card.item];
      }),
    );
    part(root, '[data-upcoming-empty]').hidden = upcoming.length > 0;
    pastList.replaceChildren(...past.map((item) => pastItem(s, modules, item)));
    part(root, '[data-past-section]').hidden = past.length === 0;
  };

  const load = async () => {
    retry.hidden = true;
    say(note, s('training.mine.workshops.loading'));
    if ((await currentViewer()).state !== 'signed-in') return;
    try {
      const response = await readFresh(paths.mySessions);
      if (!response.ok) throw new Error(`My workshops answered ${response.status}`);
      await show(((await response.json()) as { items: MyRegistration[] }).items);
      say(note, '');
      part(root, '[data-workshops-lists]').hidden = false;
      root.dataset.state = 'ready';
    } catch (error) {
      console.warn('My workshops could not be read:', error);
      say(note, s('training.mine.workshops.error'), 'error');
      retry.hidden = false;
    }
  };
  retry.addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-my-workshops]');
if (root) start(root);
