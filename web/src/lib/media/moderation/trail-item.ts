/** A reported trail in the queue: its title links to the trail page; admins alone decide (like projects). */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import { projectHref, trailHref } from '../../ui/links.ts';
import { fillNodes } from '../../ui/strings.ts';
import type { ModerationItem } from '../types.ts';
import type { ModerationContext } from './context.ts';
import { hiddenBadge, queueEntry, reasonLine } from './item-parts.ts';

type ReportedTrail = Extract<ModerationItem, { kind: 'trail' }>;

export const trailItem = (context: ModerationContext, { trail, flags }: ReportedTrail) => {
  const { tr, locale } = context;
  const endpoint = api.api.moderation.trails[':id'];
  const param = { id: trail.id };
  const project = element('a', { href: projectHref(locale, trail.projectSlug) }, trail.projectSlug);
  return queueEntry(context, {
    kind: 'trail',
    id: trail.id,
    title: trail.title,
    heading: element('a', { href: trailHref(locale, trail.id) }, trail.title),
    badge: trail.hidden ? hiddenBadge(context) : undefined,
    about: [
      element('p', { class: 'queue-item__text' }, ...fillNodes(tr('media.moderation.trailProject'), { project })),
      trail.hidden ? reasonLine(tr('media.moderation.trailHidden', { reason: trail.hidden.reason })) : undefined,
    ],
    flags,
    restore: () => endpoint.restore.$post({ param }),
    hide: (reason) => endpoint.hide.$post({ param, json: { reason } }),
    adminsOnly: tr('media.moderation.trailAdminsOnly'),
  });
};
