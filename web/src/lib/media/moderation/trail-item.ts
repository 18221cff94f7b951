/** A reported trail in the queue: its title links to the trail page; admins alone decide (like projects). */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import { projectHref, trailHref } from '../../ui/links.ts';
import { fillNodes } from '../../ui/strings.ts';
import type { ModerationItem } from '../types.ts';
import { decisionOf, type ModerationContext } from './context.ts';
import { actionButton, flagList, hideForm, itemStatus } from './item-parts.ts';

type ReportedTrail = Extract<ModerationItem, { kind: 'trail' }>;

const decisions = (context: ModerationContext, { trail }: ReportedTrail, status: HTMLElement) => {
  const { tr } = context;
  const param = { id: trail.id };
  const restore = actionButton(context, tr('media.moderation.restore'), trail.title);
  restore.addEventListener('click', () =>
    context.decide(async () => {
      const response = await api.api.moderation.trails[':id'].restore.$post({ param });
      return decisionOf(response, tr('media.moderation.restored', { title: trail.title }));
    }, status),
  );
  const hide = hideForm(
    context,
    `trail-${trail.id}`,
    async (reason) => {
      const response = await api.api.moderation.trails[':id'].hide.$post({ param, json: { reason } });
      return decisionOf(response, tr('media.moderation.hidden', { title: trail.title }));
    },
    status,
  );
  return [element('div', { class: 'form-actions' }, restore), hide];
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
