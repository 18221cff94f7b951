import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { escapeHtml } from '../platform/escape-html.ts';
import { newMember, requireNotMember, requireSteward } from './project-access.ts';
import { projectShownChanged } from './public-paths.ts';
import { admitInvited, getInvitation, putInvitation } from './store.ts';

const INVITATION_DAYS = 30;

/**
 * A steward invites someone by e-mail. The e-mail links to the project page; once signed in
 * with that address, the person accepts and becomes a member. Invitations last 30 days.
 */
export const inviteMember = async (
  deps: AppDeps,
  { viewer, slug, email }: { viewer: Viewer; slug: string; email: string },
) => {
  const { project } = await requireSteward(deps, slug, viewer);
  const now = deps.clock.now();
  const validUntil = now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000;
  await putInvitation(
    deps,
    slug,
    { email, invitedBy: viewer.attributionName, createdAt: now.toISOString(), validUntil },
    { at: now.toISOString(), actorName: viewer.attributionName, action: 'invited' },
  );
  const link = new URL(`/projets/voir/?projet=${encodeURIComponent(slug)}&invitation=1`, deps.config.publicUrl).href;
  await deps.mailer.send({
    to: email,
    subject: `Invitation : ${project.title} / Invitation: ${project.title}`,
    text: `${viewer.attributionName} vous invite à rejoindre « ${project.title} » sur Communs.\n${viewer.attributionName} invites you to join "${project.title}" on Communs.\n\n${link}\n`,
    html: `<p>${escapeHtml(viewer.attributionName)} vous invite à rejoindre « ${escapeHtml(project.title)} » sur Communs.</p><p lang="en">${escapeHtml(viewer.attributionName)} invites you to join "${escapeHtml(project.title)}" on Communs.</p><p><a href="${escapeHtml(link)}">${escapeHtml(project.title)}</a></p>`,
  });
};

/** The invited person, signed in with the invited address, accepts. */
export const acceptInvitation = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  const invitation = await getInvitation(deps, slug, viewer.email);
  if (!invitation || invitation.validUntil < deps.clock.now().getTime()) {
    throw new AppError('not-found', 'There is no valid invitation for your address to this project.');
  }
  await requireNotMember(deps, slug, viewer);
  const now = deps.clock.now().toISOString();
  const done = await admitInvited(deps, newMember(viewer, slug, now), viewer.email, {
    at: now,
    actorName: viewer.attributionName,
    action: 'joined',
  });
  if (!done) throw new AppError('conflict', 'This invitation was already used.');
  await projectShownChanged(deps, slug);
};
