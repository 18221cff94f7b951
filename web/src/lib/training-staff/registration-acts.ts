/**
 * Registering, joining the waiting list and giving a place up, wherever a person meets a
 * workshop card (the workshops page, my training): the act, what the API says then (read again,
 * with the place on the waiting list), and a refusal in the person's words. Only the card the act
 * concerns is drawn again.
 */
import { say } from '../ui/announce.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import type { Translate } from '../ui/strings.ts';
import { paths, readFresh, send } from './calls.ts';
import type { WorkshopSession } from './types.ts';
import type { CardAct, Standing, WorkshopCard } from './workshop-card.ts';

/** A session on the page, its card and where the person stands in it. */
export interface ShownWorkshop {
  card: WorkshopCard;
  session: WorkshopSession;
  mine?: Standing;
}

/** Where the person stands in a session (a seat, or a place on the waiting list), or undefined. */
export const readStanding = async (id: string): Promise<Standing | undefined> => {
  const response = await readFresh(paths.registration(id));
  if (!response.ok) return undefined;
  const { status, position } = (await response.json()) as Standing;
  return position === undefined ? { status } : { status, position };
};

export const registrationActs = (s: Translate, shown: Map<string, ShownWorkshop>, signedIn: () => boolean) => {
  /** Reads one session and my standing in it again, after an act or a refusal. */
  const refresh = async (id: string) => {
    const entry = shown.get(id);
    if (!entry) return;
    const [sessionResponse, mine] = await Promise.all([readFresh(paths.session(id)), readStanding(id)]);
    if (sessionResponse.ok) entry.session = (await sessionResponse.json()) as WorkshopSession;
    entry.mine = mine;
    entry.card.draw({ session: entry.session, mine, signedIn: signedIn() });
  };

  /** What a refused registration says: already in, just full, closed or cancelled meanwhile. */
  const refusal = async (id: string, response: Response): Promise<string> => {
    const problem = (await readProblem(response)) as Awaited<ReturnType<typeof readProblem>> & {
      registration?: string;
      full?: boolean;
    };
    await refresh(id);
    const session = shown.get(id)?.session;
    if (problem.status === 404) return s('trainingStaff.workshops.gone');
    if (problem.status !== 409) return commonFailure(problem.status, s);
    if (problem.registration) return s('trainingStaff.workshops.already');
    if (problem.full) return s('trainingStaff.workshops.fullNow');
    if (session?.status === 'cancelled') return s('trainingStaff.workshops.cancelledSession');
    if (session && Date.parse(session.deadline) <= Date.now()) return s('trainingStaff.workshops.deadlinePassed');
    if (session && Date.parse(session.startsAt) <= Date.now()) return s('trainingStaff.workshops.begun');
    return s('form.failed');
  };

  const act = (id: string, what: CardAct) => {
    const entry = shown.get(id);
    if (!entry) return;
    const { card } = entry;
    return guarded(
      async () => {
        say(card.status, s('trainingStaff.workshops.sending'));
        const wasWaiting = entry.mine?.status === 'waiting';
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
            : shown.get(id)?.mine?.status === 'waiting'
              ? 'trainingStaff.workshops.waitlistedNow'
              : 'trainingStaff.workshops.registeredNow';
        say(card.status, s(done), 'success');
        card.focus();
      },
      () => say(card.status, s('form.failed'), 'error'),
    )();
  };

  return { refresh, act };
};
