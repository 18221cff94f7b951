/**
 * What a signed-in person can do on a project page (loaded by `project-page.ts` only for them):
 * follow, join or ask to join, leave, accept an invitation; members post to the journal and add
 * their media to the library. Stewards' and administrators' tools come in their own chunks.
 */

import { api } from '../api.ts';
import type { Profile } from '../api-types.ts';
import { say } from '../ui/announce.ts';
import { byId, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import type { Membership, OwnMedia, ProjectPage, SignedInContext } from './types.ts';

const NOT_A_MEMBER: Membership = { role: null, requested: false, following: false, invited: false };

export const startSignedIn = async (page: ProjectPage, profile: Profile, options: { invitation: boolean }) => {
  const { root, s, slug } = page;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const endpoint = api.api.projects[':slug'];
  const param = { slug };
  const status = q('[data-participate-status]');
  const heading = q('#participate-title');
  let membership = NOT_A_MEMBER;

  const fetchMembership = async () => {
    const response = await endpoint.membership.$get({ param }, { init: { cache: 'no-store' } });
    if (response.ok) membership = await response.json();
    else if ((response.status as number) === 401) say(status, commonFailure(401, s), 'error');
  };

  const context: SignedInContext = {
    ...page,
    profile,
    membership: () => membership,
    refreshMembership: async () => {
      await fetchMembership();
      render();
    },
  };

  /** After a change: who I am in the project, the project itself and its log, read again. */
  const refreshAll = async () => {
    await fetchMembership();
    await page.refresh();
    void page.refreshActivity();
  };

  // Joining
  const joinForm = q<HTMLFormElement>('[data-join-form]');
  const joinMessage = byId<HTMLTextAreaElement>('join-message');
  const joinSubmit = q<HTMLButtonElement>('[data-join-submit]');
  const join = guarded(
    async () => {
      clearErrors(joinForm);
      say(status, '');
      joinMessage.value = joinMessage.value.trim();
      if (!reportErrors(joinMessage.value.length <= 500 ? [] : [joinMessage])) return;
      const byRequest = page.project().joinMode === 'request';
      const response = await endpoint.join.$post({
        param,
        json: byRequest && joinMessage.value ? { message: joinMessage.value } : {},
      });
      const code = response.status as number;
      if (response.status === 201) {
        const { outcome } = await response.json();
        joinMessage.value = '';
        say(status, s(outcome === 'joined' ? 'projects.joined' : 'projects.requested'), 'success');
      } else if (code === 400) {
        reportErrors([joinMessage]);
        return;
      } else if (code === 404) {
        say(status, s('projects.closed'), 'error');
      } else if (code !== 409) {
        // 409: already a member or already asked; what follows shows it.
        say(status, commonFailure(code, s), 'error');
        return;
      }
      await refreshAll();
      // The form is gone: reading goes on from the section's heading, after the status line.
      heading.focus();
    },
    () => say(status, s('form.failed'), 'error'),
  );
  joinForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void join();
  });

  // Following
  const follow = q<HTMLButtonElement>('[data-follow]');
  follow.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        const following = membership.following;
        const response = following ? await endpoint.follow.$delete({ param }) : await endpoint.follow.$post({ param });
        if (!response.ok) {
          say(status, commonFailure(response.status, s), 'error');
          return;
        }
        membership = { ...membership, following: !following };
        render();
        say(status, s(following ? 'projects.unfollowed' : 'projects.followed'), 'success');
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  // Leaving
  const leave = q<HTMLButtonElement>('[data-leave]');
  leave.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        if (!window.confirm(s('projects.leave.confirm', { title: page.project().title }))) return;
        const response = await endpoint.members[':userId'].$delete({ param: { slug, userId: profile.id } });
        const code = response.status as number;
        if (code === 409) {
          say(status, s('projects.lastSteward'), 'error');
          return;
        }
        if (!response.ok) {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        say(status, s('projects.left'), 'success');
        await refreshAll();
        heading.focus();
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  // An invitation
  const accept = q<HTMLButtonElement>('[data-accept-invitation]');
  let invitationMissing = false;
  accept.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        const response = await endpoint.invitations.accept.$post({ param });
        const code = response.status as number;
        if (code === 204) say(status, s('projects.invitation.accepted'), 'success');
        else if (code === 404) invitationMissing = true;
        else if (code !== 409) {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        await refreshAll();
        heading.focus();
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  // Members' tools: the journal and the library
  let ownMedia: OwnMedia[] | undefined;
  const postForm = q<HTMLFormElement>('[data-post-form]');
  const attachForm = q<HTMLFormElement>('[data-attach-form]');
  const postBody = byId<HTMLTextAreaElement>('post-body');
  const postMedia = byId<HTMLSelectElement>('post-media');
  const attachMedia = byId<HTMLSelectElement>('attach-media');

  const loadOwnMedia = async () => {
    if (ownMedia) return;
    try {
      const response = await api.api.me.media.$get({ query: { limit: '100' } }, { init: { cache: 'no-store' } });
      ownMedia = response.ok ? (await response.json()).items.filter((media) => media.status === 'ready') : [];
    } catch {
      ownMedia = [];
    }
    const options = () =>
      (ownMedia ?? []).map((media) => {
        const option = document.createElement('option');
        option.value = media.id;
        option.textContent = media.title;
        return option;
      });
    postMedia.append(...options());
    attachMedia.replaceChildren(...options());
    part(attachForm, '[data-attach-none]').hidden = ownMedia.length > 0;
    part(attachForm, '[data-attach-fields]').hidden = ownMedia.length === 0;
  };

  const postStatus = part(postForm, '[data-form-status]');
  const post = guarded(
    async () => {
      clearErrors(postForm);
      say(postStatus, '');
      postBody.value = postBody.value.trim();
      if (!reportErrors(postBody.value.length >= 1 && postBody.value.length <= 10_000 ? [] : [postBody])) return;
      say(postStatus, s('projects.journal.posting'));
      const response = await endpoint.journal.$post({
        param,
        json: { body: postBody.value, ...(postMedia.value ? { mediaId: postMedia.value } : {}) },
      });
      const code = response.status as number;
      if (code === 201) {
        postForm.reset();
        say(postStatus, s('projects.journal.posted'), 'success');
        void page.refreshJournal();
        void page.refreshActivity();
      } else if (code === 409) {
        say(postStatus, '');
        reportErrors([postMedia]);
      } else if (code === 400) {
        const problem = await readProblem(response);
        say(postStatus, '');
        reportErrors((problem.errors ?? []).some(({ path }) => path === 'mediaId') ? [postMedia] : [postBody]);
      } else {
        say(postStatus, commonFailure(code, s), 'error');
      }
    },
    () => say(postStatus, s('form.failed'), 'error'),
  );
  postForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void post();
  });

  const attachStatus = part(attachForm, '[data-form-status]');
  const attach = guarded(
    async () => {
      clearErrors(attachForm);
      say(attachStatus, '');
      const chosen = ownMedia?.find((media) => media.id === attachMedia.value);
      if (!reportErrors(chosen ? [] : [attachMedia]) || !chosen) return;
      const response = await endpoint.media.$post({ param, json: { mediaId: chosen.id } });
      const code = response.status as number;
      if (code === 201) {
        say(attachStatus, s('projects.attach.done', { title: chosen.title }), 'success');
        await page.refresh();
        void page.refreshActivity();
      } else if (code === 409) {
        say(attachStatus, s('projects.attach.already'), 'error');
      } else if (code === 400) {
        reportErrors([attachMedia]);
      } else {
        say(attachStatus, commonFailure(code, s), 'error');
      }
    },
    () => say(attachStatus, s('form.failed'), 'error'),
  );
  attachForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void attach();
  });

  let stewardTools: Promise<unknown> | undefined;
  let stewardReady = false;
  let adminTools: Promise<unknown> | undefined;

  const render = () => {
    const project = page.project();
    const { role } = membership;
    q('[data-signed-out]').hidden = true;
    q('[data-signed-in]').hidden = false;

    const you = q('[data-you]');
    you.hidden = !role;
    you.textContent = role ? s(role === 'steward' ? 'projects.you.steward' : 'projects.you.member') : '';
    q('[data-steward-link]').hidden = role !== 'steward';
    q('[data-request-pending]').hidden = Boolean(role) || !membership.requested;
    q('[data-closed]').hidden = Boolean(role) || project.status !== 'archived';

    const joinable =
      !role &&
      !membership.requested &&
      project.status !== 'archived' &&
      project.visibility === 'public' &&
      !project.hidden;
    const byRequest = project.joinMode === 'request';
    joinForm.hidden = !joinable;
    q('[data-join-request-hint]').hidden = !byRequest;
    q('[data-join-message]').hidden = !byRequest;
    joinSubmit.textContent = s(byRequest ? 'projects.join.request' : 'projects.join.open');

    follow.textContent = s(membership.following ? 'projects.unfollow' : 'projects.follow');
    leave.hidden = !role;

    const invitation = q('[data-invitation]');
    const invited = membership.invited && !role;
    const missing = !role && !membership.invited && (options.invitation || invitationMissing);
    invitation.hidden = !invited && !missing;
    q('[data-invitation-text]').hidden = !invited;
    accept.hidden = !invited;
    q('[data-invitation-sign-in]').hidden = true;
    q('[data-invitation-missing]').hidden = !missing;

    postForm.hidden = !role;
    attachForm.hidden = !role;
    if (role) void loadOwnMedia();

    // Shown once its script has filled the edit form, so nothing typed before is overwritten.
    const stewardSection = q('[data-steward-tools]');
    stewardSection.hidden = role !== 'steward' || !stewardReady;
    if (role === 'steward' && !stewardTools) {
      stewardTools = import('./project-steward.ts').then(({ startStewardTools }) => {
        startStewardTools(context);
        stewardReady = true;
        render();
      });
    }
    if (profile.roles.includes('admin') && !adminTools) {
      adminTools = import('./project-admin.ts').then(({ startAdminTools }) => startAdminTools(context));
    }
  };

  await fetchMembership();
  page.onRender(() => render());
  render();
};
