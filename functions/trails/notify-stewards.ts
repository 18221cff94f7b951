import { getUser } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { escapeHtml } from '../platform/escape-html.ts';
import { logger } from '../platform/logger.ts';
import { listStewards } from '../projects/public.ts';
import type { TrailRecord } from './schema.ts';

/**
 * Tells a trail's stewards that a contribution waits for their review (review-first trails), with
 * a link to the editor. A mail that cannot be sent is logged, never a failed contribution: the
 * proposal is stored and shows in the editor either way.
 */
export const notifyStewardsOfProposal = async (
  deps: AppDeps,
  { trail, proposerName, what }: { trail: TrailRecord; proposerName: string; what: string },
) => {
  try {
    const stewards = await listStewards(deps, trail.projectSlug);
    const link = new URL(`/parcours/editer/?id=${encodeURIComponent(trail.id)}`, deps.config.publicUrl).href;
    for (const steward of stewards) {
      const user = await getUser(deps, steward.userId);
      if (!user) continue;
      await deps.mailer.send({
        to: user.email,
        subject: `À relire : ${trail.title} / To review: ${trail.title}`,
        text: `${proposerName} propose ${what} pour « ${trail.title} ». Relisez sa contribution dans l’éditeur du parcours.\n${proposerName} proposed a contribution to "${trail.title}". Review it in the trail's editor.\n\n${link}\n`,
        html: `<p>${escapeHtml(proposerName)} propose ${escapeHtml(what)} pour « ${escapeHtml(trail.title)} ». Relisez sa contribution dans l’éditeur du parcours.</p><p lang="en">${escapeHtml(proposerName)} proposed a contribution to "${escapeHtml(trail.title)}". Review it in the trail's editor.</p><p><a href="${escapeHtml(link)}">${escapeHtml(trail.title)}</a></p>`,
      });
    }
  } catch (error) {
    logger.warn('stewards not notified of a proposal', { trailId: trail.id, error: error as Error });
  }
};
