/** The project's journal and activity, each read page by page ("older" appends the next). */

import { element, timeElement } from '../../ui/dom.ts';
import { fillNodes, plural, type Translate } from '../../ui/strings.ts';
import { activityItem } from '../activity.ts';
import { mediaFigure } from '../media-item.ts';
import { cursorList } from '../pager.ts';
import type { ActivityEntry, JournalPost } from '../types.ts';
import type { ProjectReads, ReadPage } from './reads.ts';

/** The name the API gives a post whose author chose to stay anonymous. */
const ANONYMOUS = 'anonymous';

type Lookup = <T extends HTMLElement = HTMLElement>(selector: string) => T;

const journalItem = (post: JournalPost, s: Translate): HTMLElement => {
  const author = post.authorName === ANONYMOUS ? s('projects.journal.anonymous') : post.authorName;
  const body = element('div', 'prose journal-post__body');
  // Markdown rendered inert by the API (markdown-it, html: false): safe to insert as HTML.
  body.innerHTML = post.bodyHtml;
  const article = element(
    'article',
    'journal-post',
    element(
      'p',
      'journal-post__byline',
      ...fillNodes(s('projects.journal.byline'), {
        author: element('strong', undefined, author),
        date: timeElement(post.createdAt, { dateStyle: 'long', timeStyle: 'short' }),
      }),
    ),
    body,
  );
  if (post.media) article.append(mediaFigure(post.media, s));
  return element('li', 'journal__item', article);
};

const pagedList = <T>(
  q: Lookup,
  s: Translate,
  name: 'journal' | 'activity',
  fetchPage: (cursor: string | undefined, bypassCache: boolean) => Promise<ReadPage<T>>,
  renderItem: (item: T) => HTMLElement,
) =>
  cursorList<T>({
    list: q(`[data-${name}]`),
    more: q<HTMLButtonElement>(`[data-${name}-more]`),
    status: q(`[data-${name}-status]`),
    fetchPage,
    render: renderItem,
    empty: s(`projects.${name}.empty`),
    error: s(`projects.${name}.error`),
    retry: s('list.retry'),
    loaded: (count) => plural(s, `projects.${name}.olderLoaded`, count),
  });

export const projectLists = (q: Lookup, s: Translate, reads: ProjectReads) => ({
  journal: pagedList<JournalPost>(q, s, 'journal', reads.journal, (post) => journalItem(post, s)),
  activity: pagedList<ActivityEntry>(q, s, 'activity', reads.activity, (entry) => activityItem(entry, s)),
});
