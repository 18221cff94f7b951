/**
 * Browser island of the desk's maintenance page (`views/lending-maintenance/Maintenance.astro`).
 * The person picks one of their lending points (admins: any); the page shows its open and
 * in-repair tickets and the form to open one. A step's button moves the ticket on (conditioned on
 * the ticket as shown: a ticket changed meanwhile is read again), says what happened on the status
 * line and puts the focus back on the table, which is read again.
 */
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { stringsOf, type Translate } from '../ui/strings.ts';
import { readModels } from './catalogue-calls.ts';
import { moveTicket, readTickets, type TicketStep } from './maintenance-calls.ts';
import { openTicketForm } from './maintenance-open-form.ts';
import { ticketsTable } from './maintenance-table.ts';
import type { TicketRow } from './maintenance-types.ts';

/** The point asked for in the address (`?point=`), kept when the person changes it. */
const POINT_PARAM = 'point';

const start = (root: HTMLElement) => {
  const s: Translate = stringsOf(root);
  const status = part(root, '[data-maintenance-status]');
  const list = part(root, '[data-maintenance-list]');
  const chooser = part<HTMLSelectElement>(root, '[data-maintenance-point]');
  whenSignedIn(root, async ({ profile }) => {
    const isAdmin = profile.roles.includes('admin');
    if (!isAdmin && !profile.roles.includes('staff')) return showState(root, 'forbidden');
    try {
      const models = await readModels({ fresh: true });
      if (!models.ok) throw new Error(`The catalogue answered ${models.status}`);
      const names = new Map((await models.json()).points.map((point) => [point.id, point.name]));
      const mine = (isAdmin ? [...names.keys()] : profile.staffOf).filter((id) => names.has(id) || !isAdmin);
      const pointName = (id: string) => names.get(id) ?? id;
      showState(root, 'ready');
      if (mine.length === 0) {
        part(root, '[data-maintenance-no-point]').hidden = false;
        part(root, '[data-maintenance-body]').hidden = true;
        return;
      }
      const asked = new URLSearchParams(location.search).get(POINT_PARAM);
      for (const id of mine) {
        const option = element('option', undefined, pointName(id));
        option.value = id;
        option.selected = id === asked;
        chooser.append(option);
      }

      const reload = async () => {
        const response = await readTickets(chooser.value);
        if (!response.ok) return say(status, commonFailure(response.status, s), 'error');
        const { tickets } = await response.json();
        list.replaceChildren(ticketsTable(tickets as TicketRow[], pointName(chooser.value), s, step));
      };

      const step = (ticket: TicketRow, next: TicketStep, button: HTMLButtonElement) =>
        void guarded(
          async () => {
            button.disabled = true;
            const response = await moveTicket(ticket.id, { status: next, expectedUpdatedAt: ticket.updatedAt });
            if (response.ok) {
              const answer = await response.json();
              say(
                status,
                s(`lendingMaintenance.changed.${next}`, {
                  tag: ticket.assetTag,
                  moved: answer.moved,
                  cancelled: answer.cancelled,
                }),
                'success',
              );
            } else if (response.status === 409) say(status, s('lendingMaintenance.stale'), 'error');
            else if (response.status === 403) say(status, s('lendingMaintenance.forbiddenAct'), 'error');
            else say(status, commonFailure(response.status, s), 'error');
            await reload();
            list.focus();
          },
          () => {
            button.disabled = false;
            say(status, s('form.failed'), 'error');
          },
        )();

      part(root, '[data-maintenance-open]').replaceChildren(
        openTicketForm(s, status, { pointId: () => chooser.value, pointName }, async (message) => {
          say(status, message, 'success');
          await reload();
        }),
      );
      chooser.addEventListener('change', () => {
        const url = new URL(location.href);
        url.searchParams.set(POINT_PARAM, chooser.value);
        history.replaceState(null, '', url);
        say(status, '');
        void reload();
      });
      await reload();
    } catch (error) {
      console.warn('The maintenance page could not load:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-lending-maintenance]');
if (root) start(root);
