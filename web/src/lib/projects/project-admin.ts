/**
 * The city's moderation on a project page (loaded only for administrators): feature the project
 * on the home page or stop, hide it with a reason its stewards read, restore it.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import type { ProjectDetail, SignedInContext } from './types.ts';

export const startAdminTools = (context: SignedInContext) => {
  const { root, s, slug } = context;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const moderation = api.api.moderation.projects[':slug'];
  const param = { slug };
  const section = q('[data-admin-tools]');
  const status = q('[data-admin-status]');
  const feature = q<HTMLButtonElement>('[data-feature]');
  const hideForm = q<HTMLFormElement>('[data-hide-form]');
  const reason = byId<HTMLTextAreaElement>('hide-reason');
  const restore = q<HTMLButtonElement>('[data-restore]');

  const render = (project: ProjectDetail) => {
    section.hidden = false;
    feature.textContent = s(project.featured ? 'projects.admin.unfeature' : 'projects.admin.feature');
    // Only a public, visible project can be featured.
    feature.hidden = !project.featured && (project.visibility !== 'public' || Boolean(project.hidden));
    hideForm.hidden = Boolean(project.hidden);
    restore.hidden = !project.hidden;
  };

  /** Sends one decision; on success the project is read again, and focus kept in this section. */
  const decide = (send: () => Promise<Response>, done: string, conflict = s('form.failed')) =>
    guarded(
      async () => {
        say(status, '');
        const response = await send();
        const code = response.status;
        if (code === 409) {
          say(status, conflict, 'error');
          return;
        }
        if (!response.ok) {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        const focusWasInside = section.contains(document.activeElement);
        await context.refresh();
        void context.refreshActivity();
        say(status, done, 'success');
        if (focusWasInside && !section.contains(document.activeElement)) q('#admin-title').focus();
      },
      () => say(status, s('form.failed'), 'error'),
    );

  feature.addEventListener('click', () => {
    const featured = !context.project().featured;
    void decide(
      () => moderation.featured.$put({ param, json: { featured } }),
      s(featured ? 'projects.admin.featured' : 'projects.admin.unfeatured'),
      s('projects.admin.featureConflict'),
    )();
  });
  hideForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(hideForm);
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 3 && reason.value.length <= 1000 ? [] : [reason])) return;
    void decide(async () => {
      const response = await moderation.hide.$post({ param, json: { reason: reason.value } });
      if (response.ok) reason.value = '';
      return response;
    }, s('projects.admin.hidden'))();
  });
  restore.addEventListener(
    'click',
    () => void decide(() => moderation.restore.$post({ param }), s('projects.admin.restored'))(),
  );

  context.onRender(render);
  render(context.project());
};
