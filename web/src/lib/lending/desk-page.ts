/**
 * Browser island of the desk (`views/lending-desk/Desk.astro`): the viewer's points (the one in
 * `?point=` chosen; else, said when it is not one of theirs, the first), the point's desk today in five lists, and the search a
 * handheld scanner types into (the tag, then Enter submits it). A search with exactly one loan
 * found moves focus to it, so Enter again opens it.
 */
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { readDesk, readDeskPoints, searchDesk } from './desk-calls.ts';
import { deskLoanHref, deskRefusal, pointFromQuery, readDeskProblem } from './desk-refusal.ts';
import type { DeskEntry, DeskSearch, DeskToday } from './desk-types.ts';
import { ticketProblem } from './maintenance-problem.ts';
import { dayText } from './types.ts';

interface DeskContext {
  root: HTMLElement;
  s: Translate;
  status: HTMLElement;
  pointId: string;
}

const entryItem = (context: DeskContext, entry: DeskEntry) => {
  const { s, root, pointId } = context;
  const locale = pageLocale();
  const link = element(
    'a',
    { href: deskLoanHref(root.dataset.loanPage ?? '', pointId, entry.id), 'data-desk-entry': entry.id },
    s('lendingDesk.entry', {
      model: entry.model.name,
      tag: entry.unit.assetTag,
      name: entry.borrower.name ?? s('lendingDesk.anonymous'),
    }),
  );
  const days = s('lendingDesk.entryDays', {
    pickUp: dayText(entry.pickUp, locale),
    returnDay: dayText(entry.returnDay, locale),
  });
  const late = entry.overdueDays > 0 ? ` — ${s('lendingDesk.entryLate', { count: entry.overdueDays })}` : '';
  return element('li', undefined, link, ` ${days} (${s(`lendingDesk.status.${entry.status}`)})${late}`);
};

const showLists = (context: DeskContext, desk: DeskToday) => {
  const { root, s } = context;
  for (const section of ['pickUps', 'returns', 'dueTomorrow', 'overdue'] as const) {
    part(root, `[data-desk-list="${section}"]`).replaceChildren(...desk[section].map((e) => entryItem(context, e)));
    part(root, `[data-desk-empty="${section}"]`).hidden = desk[section].length > 0;
  }
  part(root, '[data-desk-list="maintenance"]').replaceChildren(
    ...desk.maintenance.map((ticket) =>
      element(
        'li',
        undefined,
        s('lendingDesk.ticket', {
          tag: ticket.assetTag,
          reason: ticketProblem(ticket, pageLocale(), s),
          to: dayText(ticket.period.to, pageLocale()),
        }),
      ),
    ),
  );
  part(root, '[data-desk-empty="maintenance"]').hidden = desk.maintenance.length > 0;
};

const showMatches = (context: DeskContext, found: DeskSearch) => {
  const { root, s, status } = context;
  const results = part(root, '[data-desk-results]');
  results.hidden = false;
  part(root, '[data-desk-matches]').replaceChildren(...found.matches.map((e) => entryItem(context, e)));
  if (found.matches.length > 0) {
    say(status, '');
    const links = root.querySelectorAll<HTMLAnchorElement>('[data-desk-matches] a');
    if (links.length === 1) links[0]?.focus();
    else part(results, 'h2').focus();
    return;
  }
  say(
    status,
    found.unit
      ? s('lendingDesk.search.unit', {
          tag: found.unit.assetTag,
          model: found.unit.model.name,
          status: s(`lendingDesk.unitStatus.${found.unit.status}`),
        })
      : s('lendingDesk.search.none', { q: found.q }),
  );
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const status = part(root, '[data-desk-status]');
  const select = part<HTMLSelectElement>(root, '[data-desk-point]');
  const walkIn = part<HTMLAnchorElement>(root, '[data-desk-walk-in]');
  const maintenance = part<HTMLAnchorElement>(root, '[data-desk-maintenance]');
  const labels = part<HTMLAnchorElement>(root, '[data-desk-labels]');
  const context: DeskContext = { root, s, status, pointId: '' };

  const load = async (pointId: string) => {
    context.pointId = pointId;
    walkIn.href = `${root.dataset.walkInPage}?${new URLSearchParams({ point: pointId })}`;
    maintenance.href = `${root.dataset.maintenancePage}?${new URLSearchParams({ point: pointId })}`;
    labels.href = `${root.dataset.labelsPage}?${new URLSearchParams({ point: pointId })}`;
    const response = await readDesk(pointId);
    if (!response.ok) throw new Error(`The desk answered ${response.status}`);
    showLists(context, (await response.json()) as DeskToday);
  };

  part<HTMLFormElement>(root, '[data-desk-search]').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = part<HTMLInputElement>(root, '#desk-search');
    const q = input.value.trim();
    if (!q) return;
    void (async () => {
      try {
        const response = await searchDesk(context.pointId, q);
        if (!response.ok) {
          say(status, deskRefusal(s, await readDeskProblem(response as unknown as Response)), 'error');
          return;
        }
        showMatches(context, (await response.json()) as DeskSearch);
        input.value = '';
      } catch {
        say(status, s('lendingDesk.failed'), 'error');
      }
    })();
  });

  select.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('point', select.value);
    window.history.replaceState(null, '', url);
    part(root, '[data-desk-not-theirs]').hidden = true;
    void load(select.value).catch(() => say(status, s('lendingDesk.failed'), 'error'));
  });

  whenSignedIn(root, async () => {
    try {
      const response = await readDeskPoints();
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
        return;
      }
      if (code === 403) {
        showState(root, 'forbidden');
        return;
      }
      if (!response.ok) throw new Error(`The desks answered ${code}`);
      const { points } = (await response.json()) as { points: { id: string; name: string }[] };
      select.replaceChildren(...points.map((p) => element('option', { value: p.id }, p.name)));
      const wanted = pointFromQuery();
      const chosen = points.find((p) => p.id === wanted) ?? points[0];
      part(root, '[data-desk-no-point]').hidden = Boolean(chosen);
      part(root, '[data-desk-body]').hidden = !chosen;
      // A point asked in the URL that is not theirs: said, and the URL names the desk shown.
      const notTheirs = part(root, '[data-desk-not-theirs]');
      notTheirs.hidden = !wanted || !chosen || chosen.id === wanted;
      if (!notTheirs.hidden && chosen) {
        notTheirs.textContent = s('lendingDesk.point.notTheirs', { asked: wanted ?? '', point: chosen.name });
        const url = new URL(window.location.href);
        url.searchParams.set('point', chosen.id);
        window.history.replaceState(null, '', url);
      }
      if (chosen) {
        select.value = chosen.id;
        await load(chosen.id);
      }
      showState(root, 'ready');
    } catch (error) {
      console.warn('The desk could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-desk]');
if (root) start(root);
