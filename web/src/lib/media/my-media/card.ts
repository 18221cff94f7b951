/** One medium of "My media" as a card: title, state and why, what it is, and what can be done with it. */

import { element } from '../../ui/dom.ts';
import { formatBytes, formatDate } from '../../ui/format.ts';
import { FAMILY_TEXT, reasonText, STATUS_TEXT } from '../describe.ts';
import { LICENCES } from '../licences.ts';
import type { OwnMedia } from '../types.ts';
import type { CardActions, MyMediaContext } from './context.ts';

const EDITABLE = new Set<OwnMedia['status']>(['pending', 'processing', 'ready', 'hidden']);

const details = ({ tr, locale }: MyMediaContext, item: OwnMedia) => {
  const meta = [
    tr(FAMILY_TEXT[item.family]),
    formatBytes(locale, item.size ?? item.declaredSize),
    tr('media.mine.item.uploaded', { date: formatDate(locale, item.createdAt) }),
  ].join(' · ');
  return [
    element(
      'div',
      { class: 'media-item__head' },
      element('h3', { class: 'media-item__title' }, item.title),
      element('span', { class: `badge badge--${item.status}` }, tr(STATUS_TEXT[item.status])),
    ),
    element('p', { class: 'media-item__meta' }, meta),
    element(
      'p',
      { class: 'media-item__meta' },
      tr('media.mine.item.licence', { licence: LICENCES[item.licence].shortName }),
      ' · ',
      element('span', { lang: item.language }, item.originalName),
    ),
  ];
};

const actionsOf = ({ root, tr }: MyMediaContext, item: OwnMedia, open: CardActions) => {
  // Each label ends with the medium's title for screen readers: "Edit" alone is ambiguous in a list.
  const named = (label: string) => [
    label,
    element('span', { class: 'visually-hidden' }, tr('media.mine.item.of', { title: item.title })),
  ];
  const actions = element('div', { class: 'media-item__actions' });
  if (item.status === 'ready') {
    actions.append(
      element(
        'a',
        { class: 'button button--secondary button--small', href: `${root.dataset.mediaPage}?id=${item.id}` },
        ...named(tr('media.mine.item.view')),
      ),
    );
  }
  const button = (className: string, label: string, data: 'data-edit' | 'data-delete', click: () => void) => {
    const node = element(
      'button',
      { class: `button ${className} button--small`, type: 'button', [data]: item.id },
      ...named(label),
    );
    node.addEventListener('click', click);
    actions.append(node);
  };
  if (EDITABLE.has(item.status)) {
    button('button--secondary', tr('media.mine.item.edit'), 'data-edit', () => open.edit(item.id));
  }
  button('button--danger', tr('media.mine.item.delete'), 'data-delete', () => open.remove(item.id));
  return actions;
};

export const mediaCard = (context: MyMediaContext, item: OwnMedia, open: CardActions) => {
  const li = element(
    'li',
    { class: 'media-item', 'data-media-id': item.id, 'data-status': item.status },
    ...details(context, item),
  );
  const reason = reasonText(context.tr, item);
  if (reason) li.append(element('p', { class: `media-item__reason media-item__reason--${item.status}` }, reason));
  li.append(actionsOf(context, item, open));
  return li;
};
