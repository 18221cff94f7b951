/**
 * What a signed-in person can do on a project page (loaded by `../project-page/page.ts` only for
 * them): follow, join or ask to join, leave, accept an invitation; members post to the journal and
 * add their media to the library. Stewards' and administrators' tools come in their own chunks.
 * This controller keeps the person's membership, builds the context its parts share
 * (`context.ts`) and shows them again whenever the membership or the project changes.
 */

import { api } from '../../api.ts';
import type { Profile } from '../../api-types.ts';
import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { commonFailure } from '../../ui/failures.ts';
import type { Membership, ProjectPage } from '../types.ts';
import type { ViewerContext, ViewerPart } from './context.ts';
import { joinForm } from './join.ts';
import { memberTools } from './member-tools.ts';
import { relationTools } from './relation.ts';

const NOT_A_MEMBER: Membership = { role: null, requested: false, following: false, invited: false };

export const startSignedIn = async (page: ProjectPage, profile: Profile, options: { invitation: boolean }) => {
  const { root, s, slug } = page;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const status = q('[data-participate-status]');
  let membership = NOT_A_MEMBER;

  const fetchMembership = async () => {
    const response = await api.api.projects[':slug'].membership.$get(
      { param: { slug } },
      { init: { cache: 'no-store' } },
    );
    if (response.ok) membership = await response.json();
    else if ((response.status as number) === 401) say(status, commonFailure(401, s), 'error');
  };

  const context: ViewerContext = {
    ...page,
    profile,
    q,
    status,
    heading: q('#participate-title'),
    membership: () => membership,
    refreshMembership: async () => {
      await fetchMembership();
      render();
    },
    refreshAll: async () => {
      await fetchMembership();
      await page.refresh();
      void page.refreshActivity();
    },
    setMembership: (changed) => {
      membership = changed;
      render();
    },
  };
  const parts: ViewerPart[] = [joinForm(context), relationTools(context, options), memberTools(context)];

  let stewardTools: Promise<unknown> | undefined;
  let stewardReady = false;
  let adminTools: Promise<unknown> | undefined;

  /** Who the person is in the project, in the section's first lines. */
  const renderRole = () => {
    const { role } = membership;
    q('[data-signed-out]').hidden = true;
    q('[data-signed-in]').hidden = false;
    const you = q('[data-you]');
    you.hidden = !role;
    you.textContent = role ? s(role === 'steward' ? 'projects.you.steward' : 'projects.you.member') : '';
    q('[data-steward-link]').hidden = role !== 'steward';
    q('[data-request-pending]').hidden = Boolean(role) || !membership.requested;
    q('[data-closed]').hidden = Boolean(role) || page.project().status !== 'archived';
  };

  const render = () => {
    renderRole();
    for (const shown of parts) shown.render();
    const { role } = membership;
    // Shown once its script has filled the edit form, so nothing typed before is overwritten.
    q('[data-steward-tools]').hidden = role !== 'steward' || !stewardReady;
    if (role === 'steward' && !stewardTools) {
      stewardTools = import('../steward/start.ts').then(({ startStewardTools }) => {
        startStewardTools(context);
        stewardReady = true;
        render();
      });
    }
    if (profile.roles.includes('admin') && !adminTools) {
      adminTools = import('../project-admin.ts').then(({ startAdminTools }) => startAdminTools(context));
    }
  };

  await fetchMembership();
  page.onRender(() => render());
  render();
};
