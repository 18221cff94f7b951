/**
 * One session on the workshops page: its facts, where the person stands (a seat, the waiting
 * list) and what they may do next. The card's status line stays when its body is drawn again,
 * so what the last act said is still read out.
 */
import { element, hiddenText } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import { paths } from './calls.ts';
import { moduleTitleOf, sessionFacts, sessionStart } from './session-facts.ts';
import type { MyRegistration, WorkshopSession } from './types.ts';

export type CardAct = 'register' | 'waitlist' | 'cancel';

/** Where the person stands: a seat, or a place on the waiting list (1 for its head) when the API said which. */
export interface Standing {
  status: MyRegistration['status'];
  position?: number;
}

export interface CardState {
  session: WorkshopSession;
  mine: Standing | undefined;
  signedIn: boolean;
}

export interface WorkshopCard {
  item: HTMLLIElement;
  status: HTMLElement;
  draw(state: CardState): void;
  /** After an act: focus goes to what the person may do now (or the heading). */
  focus(): void;
}

const closed = (session: WorkshopSession) => Date.parse(session.deadline) <= Date.now();

/** `heading` is the card title's level: `h2` on a page of workshops, `h3` inside a page's section. */
export const workshopCard = (
  s: Translate,
  session: WorkshopSession,
  act: (act: CardAct) => void,
  heading: 'h2' | 'h3' = 'h2',
): WorkshopCard => {
  const titleId = `workshop-${session.id}`;
  const title = element(heading, { id: titleId, tabindex: '-1' });
  const body = element('div');
  const status = element('p', { class: 'form-status', role: 'status' });
  const item = element(
    'li',
    undefined,
    element('article', { class: 'workshop', 'aria-labelledby': titleId }, title, body, status),
  );

  const button = (label: string, what: CardAct, current: WorkshopSession, kind = '') => {
    const forSession = s('trainingStaff.workshops.forSession', {
      module: moduleTitleOf(current),
      date: sessionStart(current),
    });
    const node = element(
      'button',
      { class: `button ${kind}`.trim(), type: 'button', 'data-act': what },
      label,
      ' ',
      hiddenText(forSession),
    );
    node.addEventListener('click', () => act(what));
    return node;
  };

  const actionsOf = ({ session: current, mine, signedIn }: CardState): (HTMLElement | string)[] => {
    if (current.status === 'cancelled') return [];
    if (mine?.status === 'registered') {
      const calendar = element(
        'a',
        {
          class: 'button button--secondary',
          href: paths.calendar(current.id),
          download: `${s('trainingStaff.workshops.icsName')}-${current.id}.ics`,
          'data-calendar': '',
        },
        s('trainingStaff.workshops.ics'),
      );
      return [button(s('trainingStaff.workshops.cancel'), 'cancel', current, 'button--secondary'), calendar];
    }
    if (mine?.status === 'waiting')
      return [button(s('trainingStaff.workshops.leaveWaitlist'), 'cancel', current, 'button--secondary')];
    if (!signedIn || closed(current)) return [];
    return current.seatsLeft > 0
      ? [button(s('trainingStaff.workshops.register'), 'register', current)]
      : [button(s('trainingStaff.workshops.joinWaitlist'), 'waitlist', current)];
  };

  const standing = ({ session: current, mine }: CardState): string | undefined => {
    if (current.status === 'cancelled') {
      const said = current.cancelMessage ? ` ${current.cancelMessage}` : '';
      return `${s('trainingStaff.session.cancelled')}.${said}`;
    }
    if (mine?.status === 'registered') return s('trainingStaff.workshops.registered');
    if (mine?.status === 'waiting')
      return mine.position
        ? s('trainingStaff.workshops.waitingAt', { position: mine.position })
        : s('trainingStaff.workshops.waitingListed');
    return closed(current) ? s('trainingStaff.workshops.closed') : undefined;
  };

  const card: WorkshopCard = {
    item,
    status,
    draw: (state) => {
      title.textContent = moduleTitleOf(state.session);
      const said = standing(state);
      const actions = actionsOf(state);
      body.replaceChildren(
        sessionFacts(s, state.session, { showSeats: !state.mine && state.session.status === 'open' }),
        ...(said ? [element('p', { class: 'workshop__standing' }, element('strong', undefined, said))] : []),
        ...(actions.length > 0 ? [element('div', 'form-actions', ...actions)] : []),
      );
    },
    focus: () => (body.querySelector<HTMLElement>('[data-act]') ?? title).focus(),
  };
  card.draw({ session, mine: undefined, signedIn: false });
  return card;
};
