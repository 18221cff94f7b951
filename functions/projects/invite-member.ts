import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { escapeHtml } from '../platform/escape-html.ts';
import { activityEntry } from './activity.ts';
import { requireSteward } from './project-access.ts';
import { admitMember, getItem, getMember, projectKeys, transact } from './store.ts';

const INVITATION_DAYS = 30;

interface Invitation {
  email: string;
  invitedBy: string;
  createdAt: string;
  validUntil: number;
}

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
  await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.invitation(slug, email),
          email,
          invitedBy: viewer.attributionName,
          createdAt: now.toISOString(),
          validUntil,
          expiresAt: Math.ceil(validUntil / 1000),
        },
      },
    },
    activityEntry(deps.tableName, slug, {
      at: now.toISOString(),
      actorName: viewer.attributionName,
      action: 'invited',
    }),
  ]);
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
  const invitation = await getItem<Invitation>(deps, projectKeys.invitation(slug, viewer.email));
  if (!invitation || invitation.validUntil < deps.clock.now().getTime()) {
    throw new AppError('not-found', 'There is no valid invitation for your address to this project.');
  }
  if (await getMember(deps, slug, viewer.id))
    throw new AppError('conflict', 'You are already a member of this project.');
  const now = deps.clock.now().toISOString();
  const done = await transact(deps, [
    {
      Delete: {
        TableName: deps.tableName,
        Key: projectKeys.invitation(slug, viewer.email),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    ...admitMember(deps.tableName, {
      slug,
      userId: viewer.id,
      role: 'member',
      attributionName: viewer.attributionName,
      joinedAt: now,
    }),
    activityEntry(deps.tableName, slug, { at: now, actorName: viewer.attributionName, action: 'joined' }),
  ]);
  if (!done) throw new AppError('conflict', 'This invitation was already used.');
};
