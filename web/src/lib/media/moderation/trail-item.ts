/** A reported trail in the queue: its title links to the trail page; admins alone decide (like projects). */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import { projectHref, trailHref } from '../../ui/links.ts';
import { fillNodes } from '../../ui/strings.ts';
import type { ModerationItem } from '../types.ts';
import type { ModerationContext } from './context.ts';
import { decisionParts, flagList, itemStatus } from './item-parts.ts';

type ReportedTrail = Extract<ModerationItem, { kind: 'trail' }>;

const decisions = (context: ModerationContext, { trail }: ReportedTrail, status: HTMLElement) => {
  const endpoint = api.api.moderation.trails[':id'];
  const param = { id: trail.id };
  return decisionParts(
    context,
    {
      title: trail.title,
      key: `trail-${trail.id}`,
      restore: () => endpoint.restore.$post({ param }),
      hide: (reason) => endpoint.hide.$post({ param, json: { reason } }),
    },
    status,
  );
};

export const trailItem = (context: ModerationContext, item: ReportedTrail) => {
  const { tr, locale } = context;
  const { trail } = item;
  const status = itemStatus();
  const project = element('a', { href: projectHref(locale, trail.projectSlug) }, trail.projectSlug);
  const li = element(
    'li',
    { class: 'queue-item', 'data-kind': 'trail', 'data-id': trail.id },
    element(
      'div',
      { class: 'queue-item__head' },
      element('span', { class: 'badge' }, tr('media.moderation.kind.trail')),
      element('h3', {}, element('a', { href: trailHref(locale, trail.id) }, trail.title)),
      trail.hidden ? element('span', { class: 'badge badge--hidden' }, tr('media.status.hidden')) : '',
    ),
    element('p', { class: 'queue-item__text' }, ...fillNodes(tr('media.moderation.trailProject'), { project })),
  );
  if (trail.hidden)
    li.append(
      element(
        'p',
        { class: 'media-item__reason' },
        tr('media.moderation.trailHidden', { reason: trail.hidden.reason }),
      ),
    );
  li.append(flagList(context, item.flags));
  if (!context.isAdmin) {
    li.append(element('p', { class: 'muted' }, tr('media.moderation.trailAdminsOnly')));
    return li;
  }
  li.append(...decisions(context, item, status), status);
  return li;
};
