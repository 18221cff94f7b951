/**
 * Browser island of the projects page (`views/projects/Browse.astro`): the search form works as a
 * plain GET form, and here runs in place, keeping the address (so a search is a link) and the
 * focus where they are, and saying how many projects came. "More" appends the next page.
 */
import { api } from '../api.ts';
import type { ProjectSummary } from '../api-types.ts';
import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { projectParams } from '../ui/links.ts';
import { pageLocale, plural, stringsOf } from '../ui/strings.ts';
import { projectCard } from './card.ts';
import { carryQueryToOtherLanguage } from './links.ts';

const PAGE_SIZE = '12';
const FILTERS = ['q', 'neighbourhood', 'tag', 'status'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
/** The API's limits on each filter (functions/projects/schema.ts, ProjectQuerySchema). */
const MAX_LENGTHS = { q: 100, neighbourhood: 80, tag: 30, status: 20 } as const;
const STATUSES: readonly string[] = ['idea', 'active', 'completed', 'archived'];

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const names = projectParams[locale];
  const form = part<HTMLFormElement>(root, '[data-project-filters]');
  const list = part(root, '[data-results-list]');
  const status = part(root, '[data-results-status]');
  const errorLine = part(root, '[data-results-error]');
  const more = part<HTMLButtonElement>(root, '[data-results-more]');
  const control = (filter: (typeof FILTERS)[number]) =>
    part<HTMLInputElement | HTMLSelectElement>(form, `[name="${names[filter]}"]`);

  const suggestions = { neighbourhood: new Set<string>(), tag: new Set<string>() };
  const suggest = (items: ProjectSummary[]) => {
    for (const item of items) {
      if (item.neighbourhood) suggestions.neighbourhood.add(item.neighbourhood);
      for (const tag of item.tags) suggestions.tag.add(tag);
    }
    for (const [kind, values] of Object.entries(suggestions)) {
      const options = [...values]
        .sort((a, b) => a.localeCompare(b, locale))
        .map((value) => {
          const option = element('option');
          option.value = value;
          return option;
        });
      part(root, `[data-${kind}-options]`).replaceChildren(...options);
    }
  };

  /** The search in the address, kept within what the API accepts (a hand-edited link may not be). */
  const fromAddress = (): Filters => {
    const query = new URLSearchParams(window.location.search);
    const wanted: Filters = {};
    for (const filter of FILTERS) {
      const value = query.get(names[filter])?.trim().slice(0, MAX_LENGTHS[filter]);
      if (value) wanted[filter] = value;
    }
    if (wanted.status && !STATUSES.includes(wanted.status)) delete wanted.status;
    return wanted;
  };
  const fromForm = (): Filters =>
    Object.fromEntries(
      FILTERS.map((filter) => [filter, control(filter).value.trim()] as const).filter(([, value]) => value),
    );
  const showInForm = (filters: Filters) => {
    for (const filter of FILTERS) control(filter).value = filters[filter] ?? '';
  };
  const addressOf = (filters: Filters) => {
    const query = new URLSearchParams();
    for (const filter of FILTERS) {
      const value = filters[filter];
      if (value) query.set(names[filter], value);
    }
    const text = query.toString();
    return `${window.location.pathname}${text ? `?${text}` : ''}`;
  };

  let filters: Filters = {};
  let cursor: string | undefined;
  let shown = 0;
  let total = 0;
  /** Only the latest search shows its answer (a slow earlier one must not overwrite it). */
  let latest = 0;

  const fetchPage = async (wanted: Filters, after?: string) => {
    const statusFilter = wanted.status as ProjectSummary['status'] | undefined;
    const response = await api.api.projects.$get(
      { query: { ...wanted, status: statusFilter, limit: PAGE_SIZE, cursor: after } },
      { init: { signal: requestTimeout() } },
    );
    if (!response.ok) throw new Error(`GET /api/projects answered ${response.status}`);
    return response.json();
  };

  const countLine = () => {
    if (total === 0) return s(Object.keys(filters).length > 0 ? 'projects.browse.none' : 'projects.browse.empty');
    const found = plural(s, 'projects.browse.count', total);
    return shown < total ? `${found} ${s('projects.browse.shown', { shown, total })}` : found;
  };

  const failed = (error: unknown) => {
    console.warn('The projects could not be loaded:', error);
    status.textContent = s('projects.error');
    errorLine.hidden = false;
  };

  const search = async (wanted: Filters) => {
    const request = ++latest;
    filters = wanted;
    errorLine.hidden = true;
    list.setAttribute('aria-busy', 'true');
    status.textContent = s('projects.browse.loading');
    try {
      const page = await fetchPage(wanted);
      if (request !== latest) return;
      list.replaceChildren(...page.items.map((project) => projectCard(project, s, locale)));
      cursor = page.nextCursor ?? undefined;
      shown = page.items.length;
      total = page.total;
      more.hidden = !cursor;
      suggest(page.items);
      status.textContent = countLine();
    } catch (error) {
      if (request === latest) failed(error);
    } finally {
      if (request === latest) list.setAttribute('aria-busy', 'false');
    }
  };

  const loadMore = async () => {
    if (!cursor) return;
    const request = latest;
    more.disabled = true;
    try {
      const page = await fetchPage(filters, cursor);
      if (request !== latest) return;
      const cards = page.items.map((project) => projectCard(project, s, locale));
      list.append(...cards);
      cursor = page.nextCursor ?? undefined;
      shown += cards.length;
      total = page.total;
      more.hidden = !cursor;
      suggest(page.items);
      status.textContent = `${plural(s, 'projects.browse.moreLoaded', cards.length)} ${countLine()}`;
      // Focus goes to the first new project, where reading continues.
      cards[0]?.querySelector('a')?.focus();
    } catch (error) {
      if (request === latest) failed(error);
    } finally {
      more.disabled = false;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = fromForm();
    window.history.pushState(null, '', addressOf(wanted));
    carryQueryToOtherLanguage(locale);
    void search(wanted);
  });
  part(root, '[data-clear-filters]').addEventListener('click', (event) => {
    event.preventDefault();
    showInForm({});
    window.history.pushState(null, '', addressOf({}));
    carryQueryToOtherLanguage(locale);
    control('q').focus();
    void search({});
  });
  window.addEventListener('popstate', () => {
    const wanted = fromAddress();
    showInForm(wanted);
    carryQueryToOtherLanguage(locale);
    void search(wanted);
  });
  more.addEventListener('click', () => void loadMore());
  part(root, '[data-results-retry]').addEventListener('click', () => {
    list.focus();
    void search(filters);
  });

  const initial = fromAddress();
  showInForm(initial);
  carryQueryToOtherLanguage(locale);
  void search(initial);
};

const root = document.querySelector<HTMLElement>('[data-project-browse]');
if (root) start(root);
