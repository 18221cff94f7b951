/**
 * Browser island of the project page (`views/projects/Project.astro`), the part everyone gets:
 * reads the project named in the address, shows it (description, media library with players and
 * attributions, members, journal, activity), and sends reports. For a signed-in person it then
 * loads, as a separate chunk, what they can do (`project-signed-in.ts`).
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element, part, timeElement } from '../ui/dom.ts';
import { requestTimeout, uncachedFetch } from '../ui/fetch.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { projectParams } from '../ui/links.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer, maybeSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { activityItem } from './activity.ts';
import { carryQueryToOtherLanguage } from './links.ts';
import { mediaFigure } from './media-item.ts';
import { cursorList } from './pager.ts';
import type { ActivityEntry, JournalPost, ProjectDetail, ProjectPage } from './types.ts';

const PAGE_SIZE = '10';
/** The name the API gives a post whose author chose to stay anonymous. */
const ANONYMOUS = 'anonymous';

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

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const address = new URLSearchParams(window.location.search);
  const slug = address.get(projectParams[locale].project)?.trim() ?? '';
  carryQueryToOtherLanguage(locale);
  if (!slug) {
    showState(root, 'none');
    return;
  }
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);

  const signInHref = `${root.dataset.signIn}?${new URLSearchParams({
    next: `${window.location.pathname}${window.location.search}`,
  })}`;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-sign-in-link]')) link.href = signInHref;

  // Signed-in people may just have changed the project: they read past the caches (browser and CDN).
  const fresh = maybeSignedIn();
  const init = (bypassCache: boolean) => ({
    ...(bypassCache ? { fetch: uncachedFetch } : {}),
    init: { signal: requestTimeout() },
  });
  const endpoint = api.api.projects[':slug'];
  const param = { slug };

  let project: ProjectDetail;
  const listeners: ((project: ProjectDetail) => void)[] = [];

  const renderFacts = (shown: ProjectDetail) => {
    q('[data-fact-status]').textContent = s('projects.page.status', { status: s(`projects.status.${shown.status}`) });
    const neighbourhood = q('[data-fact-neighbourhood]');
    neighbourhood.hidden = !shown.neighbourhood;
    neighbourhood.textContent = shown.neighbourhood ? s('projects.neighbourhood', { name: shown.neighbourhood }) : '';
    q('[data-fact-members]').textContent = plural(s, 'projects.page.memberCount', shown.memberCount);
    const licence = LICENCES[shown.defaultLicence];
    const link = element('a', undefined, licence.shortName);
    link.href = licence.deedUrl;
    link.rel = 'license';
    q('[data-fact-licence]').replaceChildren(...fillNodes(s('projects.page.licence'), { licence: link }));
    const tags = q('[data-tags]');
    tags.hidden = shown.tags.length === 0;
    tags.replaceChildren(...shown.tags.map((tag) => element('li', 'tag', tag)));
  };

  const render = (shown: ProjectDetail) => {
    project = shown;
    document.title = s('site.titleSuffix', { page: shown.title });
    q('[data-title]').textContent = shown.title;
    q('[data-summary]').textContent = shown.summary;
    const cover = q<HTMLImageElement>('[data-cover]');
    cover.hidden = !shown.coverUrl;
    if (shown.coverUrl) cover.src = shown.coverUrl;
    q('[data-featured]').hidden = !shown.featured;
    renderFacts(shown);

    q('[data-draft-notice]').hidden = shown.visibility !== 'draft';
    q('[data-hidden-banner]').hidden = !shown.hidden;
    q('[data-hidden-reason]').textContent = shown.hidden
      ? s('projects.page.hidden', { reason: shown.hidden.reason })
      : '';

    const description = q('[data-description]');
    if (shown.descriptionHtml.trim()) {
      // Markdown rendered inert by the API (markdown-it, html: false): safe to insert as HTML.
      description.innerHTML = shown.descriptionHtml;
    } else {
      description.replaceChildren(element('p', 'muted', s('projects.description.empty')));
    }

    q('[data-media]').replaceChildren(...shown.media.map((media) => element('li', undefined, mediaFigure(media, s))));
    q('[data-media-empty]').hidden = shown.media.length > 0;

    const members = shown.members.map((member) => {
      const item = element('li', undefined, element('span', 'member-list__name', member.attributionName));
      if (member.role === 'steward') item.append(' ', element('span', 'badge', s('projects.members.steward')));
      return item;
    });
    q('[data-members]').replaceChildren(
      ...(members.length > 0 ? members : [element('li', 'muted', s('projects.members.empty'))]),
    );
    for (const listener of listeners) listener(shown);
  };

  const pagedList = <T>(
    name: 'journal' | 'activity',
    fetchPage: (cursor: string | undefined, bypassCache: boolean) => Promise<{ items: T[]; nextCursor: string | null }>,
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

  const journal = pagedList<JournalPost>(
    'journal',
    async (cursor, bypassCache) => {
      const response = await endpoint.journal.$get(
        { param, query: { limit: PAGE_SIZE, cursor } },
        init(bypassCache || fresh),
      );
      if (!response.ok) throw new Error(`The journal answered ${response.status}`);
      return response.json();
    },
    (post) => journalItem(post, s),
  );
  const activity = pagedList<ActivityEntry>(
    'activity',
    async (cursor, bypassCache) => {
      const response = await endpoint.activity.$get(
        { param, query: { limit: PAGE_SIZE, cursor } },
        init(bypassCache || fresh),
      );
      if (!response.ok) throw new Error(`The activity answered ${response.status}`);
      return response.json();
    },
    (entry) => activityItem(entry, s),
  );

  const reportForm = q<HTMLFormElement>('[data-report-form]');
  const reason = byId<HTMLTextAreaElement>('report-reason');
  const reportStatus = part(reportForm, '[data-form-status]');
  const report = guarded(async () => {
    clearErrors(reportForm);
    say(reportStatus, '');
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 3 && reason.value.length <= 1000 ? [] : [reason])) return;
    try {
      const response = await endpoint.flags.$post({ param, json: { reason: reason.value } });
      const status = response.status as number;
      if (status === 201) {
        reason.value = '';
        say(reportStatus, s('projects.report.sent'), 'success');
      } else if (status === 409) {
        say(reportStatus, s('projects.report.already'));
      } else if (status === 429) {
        const wait = minutesToWait(response, await readProblem(response));
        say(reportStatus, plural(s, 'projects.report.tooMany', wait), 'error');
      } else if (status === 400) {
        reportErrors([reason]);
      } else {
        say(reportStatus, s('form.failed'), 'error');
      }
    } catch {
      say(reportStatus, s('form.failed'), 'error');
    }
  });
  reportForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void report();
  });

  const page: ProjectPage = {
    root,
    slug,
    s,
    signInHref,
    project: () => project,
    refresh: async () => {
      const response = await endpoint.$get({ param }, init(true));
      if (response.ok) render(await response.json());
      else if ((response.status as number) === 404) showState(root, 'missing');
    },
    show: (shown) => render(shown),
    refreshJournal: () => journal.reload(true),
    refreshActivity: () => activity.reload(true),
    onRender: (listener) => {
      listeners.push(listener);
    },
  };

  const showSignedOut = () => {
    q('[data-signed-out]').hidden = false;
    if (address.get('invitation') === '1') {
      q('[data-invitation]').hidden = false;
      q('[data-invitation-sign-in]').hidden = false;
    }
  };

  const startViewer = async () => {
    if (!maybeSignedIn()) {
      showSignedOut();
      return;
    }
    const viewer = await currentViewer();
    if (viewer.state !== 'signed-in') {
      showSignedOut();
      return;
    }
    const { startSignedIn } = await import('./project-signed-in.ts');
    await startSignedIn(page, viewer.profile, { invitation: address.get('invitation') === '1' });
  };

  const region = q('[data-state-region]');
  const load = async () => {
    const focusWasInside = region.contains(document.activeElement);
    showState(root, 'loading');
    if (focusWasInside) region.focus();
    try {
      const response = await endpoint.$get({ param }, init(fresh));
      const status = response.status as number;
      if (status === 404 || status === 400) {
        showState(root, 'missing');
        return;
      }
      if (!response.ok) throw new Error(`The project answered ${status}`);
      render(await response.json());
    } catch (error) {
      console.warn('The project could not be loaded:', error);
      showState(root, 'error');
      return;
    }
    showState(root, 'ready');
    if (address.get('unsubscribed') === '1') {
      // Filled once the live region exists, so that it is announced.
      setTimeout(() => {
        q('[data-unsubscribed-notice]').textContent = s('projects.page.unsubscribed');
      }, 150);
    }
    void journal.reload();
    void activity.reload();
    await startViewer();
  };
  q('[data-retry]').addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-project-page]');
if (root) start(root);
