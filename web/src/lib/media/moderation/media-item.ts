/** A reported medium in the queue: what it is, its links, its reports, the uploader's history, and the decisions. */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import { FAMILY_TEXT, reasonText, STATUS_TEXT } from '../describe.ts';
import type { ModerationItem } from '../types.ts';
import type { ModerationContext } from './context.ts';
import { actionButton, queueEntry, reasonLine } from './item-parts.ts';

type ReportedMedia = Extract<ModerationItem, { kind: 'media' }>;

/** The file itself, and its public page once it is published. */
const mediaLinks = ({ root, tr }: ModerationContext, { media }: ReportedMedia) => {
  const of = () => element('span', { class: 'visually-hidden' }, tr('media.moderation.of', { title: media.title }));
  const links = element('p', { class: 'queue-item__links' });
  if (media.url) links.append(element('a', { href: media.url }, tr('media.moderation.openFile'), of()));
  if (media.status === 'ready') {
    links.append(
      ' ',
      element('a', { href: `${root.dataset.mediaPage}?id=${media.id}` }, tr('media.moderation.openPage'), of()),
    );
  }
  return links;
};

export const mediaItem = (context: ModerationContext, item: ReportedMedia) => {
  const { tr } = context;
  const { media, uploader } = item;
  const endpoint = api.api.moderation.media[':id'];
  const param = { id: media.id };
  const links = mediaLinks(context, item);
  const reason = reasonText(tr, media);
  return queueEntry(context, {
    kind: 'media',
    id: media.id,
    title: media.title,
    badge: element('span', { class: `badge badge--${media.status}` }, tr(STATUS_TEXT[media.status])),
    about: [
      element('p', { class: 'media-item__meta' }, [tr(FAMILY_TEXT[media.family]), media.attributionName].join(' · ')),
      reason ? reasonLine(reason) : undefined,
      links.childNodes.length > 0 ? links : undefined,
      media.description ? element('p', { class: 'queue-item__text' }, media.description) : undefined,
    ],
    flags: item.flags,
    history: element(
      'p',
      { class: 'queue-item__history' },
      tr('media.moderation.uploader', {
        name: uploader.attributionName,
        count: uploader.mediaCount,
        hidden: uploader.hiddenCount,
        rejected: uploader.rejectedCount,
      }),
    ),
    restore: () => endpoint.restore.$post({ param }),
    hide: (reason) => endpoint.hide.$post({ param, json: { reason } }),
    more: (status) => {
      const remove = actionButton(context, tr('media.moderation.delete'), media.title, 'button button--danger');
      remove.addEventListener('click', () => context.confirmDelete(media.id, media.title, remove, status));
      return [remove];
    },
  });
};
