/**
 * Browser island of a contributor's page (`views/media/Contributor.astro`): their public profile
 * and published media, each with its attribution, page by page.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, idFromQuery, keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { showState } from '../ui/page-states.ts';
import { stringsOf, type Translate } from '../ui/strings.ts';
import { mediaPageHref, renderAttributionLine } from './attribution.ts';
import { FAMILY_TEXT } from './describe.ts';
import { formatDuration } from './format.ts';
import type { PublicMedia } from './types.ts';

const PAGE_SIZE = '20';
/** Empty pages read in a row before showing what there is (and the "more" button). */
const MAX_EMPTY_PAGES = 5;

const card = (tr: Translate, media: PublicMedia) => {
  const kind = [tr(FAMILY_TEXT[media.family])];
  if (media.metadata?.durationSeconds) kind.push(formatDuration(tr, media.metadata.durationSeconds));
  const item = element(
    'li',
    { class: 'media-item' },
    element('h3', { class: 'media-item__title' }, element('a', { href: mediaPageHref(media.id) }, media.title)),
    element('p', { class: 'media-item__meta' }, kind.join(' · ')),
  );
  if (media.family === 'image') {
    item.append(
      element('img', { class: 'media-item__thumb', src: media.url, alt: media.alt || media.title, loading: 'lazy' }),
    );
  }
  item.append(renderAttributionLine(tr, media));
  return item;
};

const root = document.querySelector<HTMLElement>('[data-contributor]');
if (root) {
  keepQueryInLanguageSwitch();
  const tr = stringsOf(root);
  const id = idFromQuery();
  const list = part<HTMLUListElement>(root, '[data-media-list]');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  const listStatus = part(root, '[data-list-status]');
  let cursor: string | null = null;
  let emptyPages = 0;

  const load = async (next?: string, focusFirstNew = Boolean(next)): Promise<boolean> => {
    if (!id) return false;
    const response = await api.api.contributors[':id'].$get({
      param: { id },
      query: { limit: PAGE_SIZE, cursor: next },
    });
    if (!response.ok) {
      if (next) say(listStatus, tr('media.contributor.failed'), 'error');
      else showState(root, response.status === 404 || response.status === 400 ? 'not-found' : 'error');
      return false;
    }
    const contributor = await response.json();
    if (!next) {
      part(root, '[data-contributor-name]').textContent = contributor.attributionName;
      document.title = tr('site.titleSuffix', { page: contributor.attributionName });
      const neighbourhood = part(root, '[data-neighbourhood]');
      neighbourhood.hidden = !contributor.neighbourhood;
      neighbourhood.textContent = contributor.neighbourhood
        ? tr('media.contributor.neighbourhood', { name: contributor.neighbourhood })
        : '';
      part(root, '[data-bio]').replaceChildren(
        ...(contributor.bio ?? '')
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph) => element('p', {}, paragraph.trim())),
      );
      list.replaceChildren();
    }
    const shown = list.children.length;
    list.append(...contributor.media.map((media) => card(tr, media)));
    part(root, '[data-empty]').hidden = list.children.length > 0;
    cursor = contributor.nextCursor;
    // The API filters published media after reading a page, so a page may be empty with more after it.
    if (contributor.media.length === 0 && cursor && emptyPages++ < MAX_EMPTY_PAGES) {
      return load(cursor, focusFirstNew);
    }
    emptyPages = 0;
    more.hidden = !cursor;
    if (focusFirstNew) list.children[shown]?.querySelector('a')?.focus();
    return true;
  };

  const open = async () => {
    if (!id) return showState(root, 'missing');
    showState(root, 'loading');
    try {
      if (await load()) showState(root, 'ready');
    } catch {
      showState(root, 'error');
    }
  };
  more.addEventListener('click', () => {
    if (cursor) void load(cursor).catch(() => say(listStatus, tr('media.contributor.failed'), 'error'));
  });
  root.querySelector('[data-retry]')?.addEventListener('click', () => void open());
  void open();
}
