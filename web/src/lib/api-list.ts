/**
 * Browser island: fills the server-rendered `[data-api-list]` containers of a page from the API.
 * The containers carry their localized strings (`data-strings`), so this script holds no text of
 * its own and stays small. States: loading → ready | empty | error (with a retry button).
 */
import type { MessageKey } from '../i18n/index.ts';
import { api } from './api.ts';
import { projectCard } from './projects/card.ts';
import { trailCard } from './trails/trail-card.ts';
import type { TrailSummary } from './trails/types.ts';
import { element } from './ui/dom.ts';
import { requestTimeout } from './ui/fetch.ts';
import { pageLocale, stringsOf, type Translate } from './ui/strings.ts';

/** How many items the home page shows of each list. */
const PAGE_SIZE = '6';

const init = () => ({ init: { signal: requestTimeout() } });

/** Each kind of list: how to fetch its first page and how to render one item. */
const lists = {
  projects: async (s: Translate) => {
    const response = await api.api.projects.$get({ query: { limit: PAGE_SIZE } }, init());
    if (!response.ok) throw new Error(`GET /api/projects answered ${response.status}`);
    return (await response.json()).items.map((project) => projectCard(project, s, pageLocale()));
  },
  /** The featured trails; when none is featured, the latest ones. */
  trails: async (s: Translate) => {
    const read = async (query: string) => {
      const response = await fetch(`/api/trails${query}`, init().init);
      if (!response.ok) throw new Error(`GET /api/trails${query} answered ${response.status}`);
      return ((await response.json()) as { items: TrailSummary[] }).items;
    };
    const featured = await read('?featured=true');
    const shown = featured.length > 0 ? featured : await read('');
    return shown.slice(0, Number(PAGE_SIZE)).map((trail) => trailCard(trail, s));
  },
};

const isKind = (kind: string | undefined): kind is keyof typeof lists => kind === 'projects' || kind === 'trails';

const statusLine = (text: string) => element('p', 'api-list__status', text);

const load = async (container: HTMLElement): Promise<void> => {
  const kind = container.dataset.apiList;
  const region = container.querySelector<HTMLElement>('[aria-live]');
  if (!isKind(kind) || !region) return;
  const focusWasInside = region.contains(document.activeElement);
  const show = (state: string, ...nodes: Node[]) => {
    container.dataset.state = state;
    region.setAttribute('aria-busy', String(state === 'loading'));
    region.replaceChildren(...nodes);
  };

  const s = stringsOf(container);
  const text = (name: 'loading' | 'empty' | 'error'): string => s(`${kind}.${name}` satisfies MessageKey);
  show('loading', statusLine(text('loading')));
  // When the retry button was pressed it is now gone: keep the user's place in the page.
  if (focusWasInside) region.focus();
  try {
    const items = await lists[kind](s);
    if (items.length === 0) {
      show('empty', statusLine(text('empty')));
    } else {
      const list = element('ul', 'card-grid');
      list.append(...items);
      show('ready', list);
    }
  } catch (error) {
    console.warn(`The ${kind} list could not be loaded:`, error);
    const message = statusLine(text('error'));
    const retry = element('button', 'api-list__retry', s('list.retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => void load(container));
    message.append(' ', retry);
    show('error', message);
  }
};

for (const container of document.querySelectorAll<HTMLElement>('[data-api-list]')) void load(container);
