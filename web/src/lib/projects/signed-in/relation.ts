/** Following a project or not, leaving it, and accepting an invitation to it. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { commonFailure } from '../../ui/failures.ts';
import { guarded } from '../../ui/guard.ts';
import type { ViewerContext, ViewerPart } from './context.ts';

const followButton = (context: ViewerContext) => {
  const { q, s, status } = context;
  const endpoint = api.api.projects[':slug'];
  const param = { slug: context.slug };
  const follow = q<HTMLButtonElement>('[data-follow]');
  follow.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        const membership = context.membership();
        const following = membership.following;
        const response = following ? await endpoint.follow.$delete({ param }) : await endpoint.follow.$post({ param });
        if (!response.ok) {
          say(status, commonFailure(response.status, s), 'error');
          return;
        }
        context.setMembership({ ...membership, following: !following });
        say(status, s(following ? 'projects.unfollowed' : 'projects.followed'), 'success');
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );
  return follow;
};

const leaveButton = (context: ViewerContext) => {
  const { q, s, status, heading, slug, profile } = context;
  const leave = q<HTMLButtonElement>('[data-leave]');
  leave.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        if (!window.confirm(s('projects.leave.confirm', { title: context.project().title }))) return;
        const response = await api.api.projects[':slug'].members[':userId'].$delete({
          param: { slug, userId: profile.id },
        });
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
        await context.refreshAll();
        heading.focus();
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );
  return leave;
};

export const relationTools = (context: ViewerContext, options: { invitation: boolean }): ViewerPart => {
  const { q, s, status, heading } = context;
  const follow = followButton(context);
  const leave = leaveButton(context);

  // An invitation
  const accept = q<HTMLButtonElement>('[data-accept-invitation]');
  let invitationMissing = false;
  accept.addEventListener(
    'click',
    guarded(
      async () => {
        say(status, '');
        const response = await api.api.projects[':slug'].invitations.accept.$post({ param: { slug: context.slug } });
        const code = response.status as number;
        if (code === 204) say(status, s('projects.invitation.accepted'), 'success');
        else if (code === 404) invitationMissing = true;
        else if (code !== 409) {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        await context.refreshAll();
        heading.focus();
      },
      () => say(status, s('form.failed'), 'error'),
    ),
  );

  return {
    render: () => {
      const membership = context.membership();
      const { role } = membership;
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
    },
  };
};
