/**
 * The tickets' table of the desk's maintenance page: one row per ticket (tag, model, status,
 * problem, days blocked) with a button per next step, each naming the unit ("Back in service:
 * AUD-0007") so that a screen reader's list of buttons says which row it acts on.
 */
import { element } from '../ui/dom.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { TicketStep } from './maintenance-calls.ts';
import { shortDay, ticketProblem } from './maintenance-problem.ts';
import { nextSteps, type TicketRow } from './maintenance-types.ts';

export const ticketsTable = (
  tickets: TicketRow[],
  pointName: string,
  s: Translate,
  onStep: (ticket: TicketRow, step: TicketStep, button: HTMLButtonElement) => void,
): HTMLElement => {
  if (tickets.length === 0) return element('p', { 'data-tickets-empty': '' }, s('lendingMaintenance.list.empty'));
  const locale = pageLocale();
  const day = (value: string) => shortDay(value, locale);
  const columns = ['tag', 'model', 'status', 'reason', 'period', 'actions'] as const;
  const header = columns.map((column) => element('th', { scope: 'col' }, s(`lendingMaintenance.col.${column}`)));
  const rows = tickets.map((ticket) => {
    const buttons = nextSteps(ticket.status).map((step) => {
      const button = element(
        'button',
        {
          class: step === 'retired' ? 'button button--secondary button--small' : 'button button--small',
          type: 'button',
          'data-step': step,
        },
        s(`lendingMaintenance.action.${step}`, { tag: ticket.assetTag }),
      );
      button.addEventListener('click', () => onStep(ticket, step, button));
      return button;
    });
    return element(
      'tr',
      { 'data-ticket': ticket.assetTag },
      element('th', { scope: 'row' }, ticket.assetTag),
      element('td', undefined, ticket.modelName),
      element(
        'td',
        { 'data-ticket-status': ticket.status },
        s(`lendingMaintenance.status.${ticket.status}`),
        ...(ticket.fromReturn ? [element('br'), element('small', undefined, s('lendingMaintenance.fromReturn'))] : []),
      ),
      element('td', { 'data-ticket-problem': '' }, ticketProblem(ticket, locale, s)),
      element(
        'td',
        undefined,
        s('lendingMaintenance.period', { from: day(ticket.period.from), to: day(ticket.period.to) }),
      ),
      element('td', undefined, element('div', 'lending-maintenance__actions', ...buttons)),
    );
  });
  return element(
    'div',
    'lending-maintenance__table',
    element(
      'table',
      undefined,
      element('caption', undefined, s('lendingMaintenance.list.caption', { point: pointName })),
      element('thead', undefined, element('tr', undefined, ...header)),
      element('tbody', undefined, ...rows),
    ),
  );
};
