/**
 * Browser island of the project page (`views/projects/Project.astro`), the part everyone gets:
 * reads the project named in the address, shows it (description, media library with players and
 * attributions, members, journal, activity), and sends reports. For a signed-in person it then
 * loads, as a separate chunk, what they can do (`../signed-in/start.ts`), handing it the page's
 * context (`ProjectPage`).
 */

import { part } from '../../ui/dom.ts';
import { projectParams } from '../../ui/links.ts';
import { showState } from '../../ui/page-states.ts';
import { currentViewer, maybeSignedIn } from '../../ui/session.ts';
import { pageLocale, stringsOf } from '../../ui/strings.ts';
import { carryQueryToOtherLanguage } from '../links.ts';
import type { ProjectDetail, ProjectPage } from '../types.ts';
import { projectLists } from './lists.ts';
import { projectReads } from './reads.ts';
import { reportForm } from './report.ts';
import { showProject } from './view.ts';

/** Links to the sign-in page come back here, query included. */
const signInHrefOf = (root: HTMLElement) => {
  const href = `${root.dataset.signIn}?${new URLSearchParams({
    next: `${window.location.pathname}${window.location.search}`,
  })}`;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-sign-in-link]')) link.href = href;
  return href;
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
  const signInHref = signInHrefOf(root);
  const reads = projectReads(slug);

  let project: ProjectDetail;
  const listeners: ((project: ProjectDetail) => void)[] = [];
  const render = (shown: ProjectDetail) => {
    project = shown;
    showProject(q, s, shown);
    for (const listener of listeners) listener(shown);
  };
  const { journal, activity } = projectLists(q, s, reads);
  reportForm(root, s, slug);

  const page: ProjectPage = {
    root,
    slug,
    s,
    signInHref,
    project: () => project,
    refresh: async () => {
      const response = await reads.project(true);
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
    const { startSignedIn } = await import('../signed-in/start.ts');
    await startSignedIn(page, viewer.profile, { invitation: address.get('invitation') === '1' });
  };

  const region = q('[data-state-region]');
  const load = async () => {
    const focusWasInside = region.contains(document.activeElement);
    showState(root, 'loading');
    if (focusWasInside) region.focus();
    try {
      const response = await reads.project();
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
