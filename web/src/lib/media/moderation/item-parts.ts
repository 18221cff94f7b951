/**
 * What every item of the moderation queue has: its head, its reports, its buttons, and the form to
 * hide it. Each kind (`media-item.ts`, `project-item.ts`, `trail-item.ts`) describes its own item.
 */

import { element } from '../../ui/dom.ts';
import { clearErrors, reportErrors } from '../../ui/form.ts';
import { formatDateTime } from '../../ui/format.ts';
import { plural } from '../../ui/strings.ts';
import type { ModerationItem } from '../types.ts';
import { type Decision, decisionOf, type ModerationContext } from './context.ts';

export const flagList = ({ tr, locale }: ModerationContext, flags: ModerationItem['flags']) =>
  element(
    'div',
    { class: 'queue-item__flags' },
    element('h4', {}, plural(tr, 'media.moderation.flags', flags.length)),
    element(
      'ul',
      {},
      ...flags.map((flag) =>
        element(
          'li',
          {},
          element('time', { datetime: flag.createdAt }, formatDateTime(locale, flag.createdAt)),
          ' — ',
          element('q', {}, flag.reason),
        ),
      ),
    ),
  );

/** A button whose label ends, for screen readers, with the item's title. */
export const actionButton = (
  { tr }: ModerationContext,
  label: string,
  title: string,
  className = 'button button--secondary',
) =>
  element(
    'button',
    { class: className, type: 'button' },
    label,
    element('span', { class: 'visually-hidden' }, tr('media.moderation.of', { title })),
  );

/** The status line of one item (announced). */
export const itemStatus = () => element('p', { class: 'form-status', role: 'status' });

/** The hide form of one item: a reason the uploader or stewards will read. */
export const hideForm = (
  context: ModerationContext,
  key: string,
  send: (reason: string) => Promise<Decision>,
  status: HTMLElement,
) => {
  const { tr } = context;
  const id = `hide-${key}`;
  const textarea = element('textarea', {
    class: 'field__control',
    id,
    rows: '2',
    maxlength: '1000',
    'aria-describedby': `${id}-hint`,
  });
  const form = element(
    'form',
    { class: 'queue-item__hide', novalidate: '' },
    element(
      'div',
      { class: 'field' },
      element('label', { class: 'field__label', for: id }, tr('media.moderation.hide.label')),
      element('p', { class: 'field__hint', id: `${id}-hint` }, tr('media.moderation.hide.hint')),
      element(
        'p',
        { class: 'field__error', id: `${id}-error`, hidden: '' },
        element('span', { class: 'visually-hidden' }, `${tr('form.errorPrefix')} `),
        tr('media.moderation.hide.error'),
      ),
      textarea,
    ),
    element(
      'div',
      { class: 'form-actions' },
      element('button', { class: 'button', type: 'submit' }, tr('media.moderation.hide.submit')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    textarea.value = textarea.value.trim();
    if (!reportErrors(textarea.value.length >= 3 && textarea.value.length <= 1000 ? [] : [textarea])) return;
    void context.decide(() => send(textarea.value), status);
  });
  return form;
};

/** How one item is restored or hidden; the API's answer becomes a decision. */
export interface ItemDecisions {
  /** The item's title, said in the buttons (for screen readers) and in the messages. */
  title: string;
  /** Unique in the queue, for the hide form's ids (`media-<id>`, `project-<slug>`…). */
  key: string;
  restore(): Promise<{ ok: boolean; status: number }>;
  hide(reason: string): Promise<{ ok: boolean; status: number }>;
  /** Buttons after "Restore" (deleting a medium), reporting on the item's status line. */
  more?(status: HTMLElement): HTMLElement[];
}

/** The buttons and the hide form of one item, each decision reported on `status`. */
export const decisionParts = (context: ModerationContext, item: ItemDecisions, status: HTMLElement) => {
  const { tr } = context;
  const restore = actionButton(context, tr('media.moderation.restore'), item.title);
  restore.addEventListener('click', () =>
    context.decide(
      async () => decisionOf(await item.restore(), tr('media.moderation.restored', { title: item.title })),
      status,
    ),
  );
  const hide = hideForm(
    context,
    item.key,
    async (reason) => decisionOf(await item.hide(reason), tr('media.moderation.hidden', { title: item.title })),
    status,
  );
  return [element('div', { class: 'form-actions' }, restore, ...(item.more?.(status) ?? [])), hide];
};

/** The badge of a project or trail an administrator hid. */
export const hiddenBadge = ({ tr }: ModerationContext) =>
  element('span', { class: 'badge badge--hidden' }, tr('media.status.hidden'));

/** The line that says why an item is hidden or refused. */
export const reasonLine = (text: string) => element('p', { class: 'media-item__reason' }, text);

/** One item of the queue, as its kind describes it, and how it is decided. */
export interface QueueEntry extends Omit<ItemDecisions, 'key'> {
  kind: ModerationItem['kind'];
  /** The item's id (a project's slug). */
  id: string;
  /** The heading, when it is more than the title (a link to the item). */
  heading?: Node;
  /** The badge after the heading: the medium's status, or "hidden". */
  badge?: HTMLElement;
  /** What the item is, before its reports (the parts it lacks left undefined). */
  about: (HTMLElement | undefined)[];
  flags: ModerationItem['flags'];
  /** What follows the reports (the uploader's history). */
  history?: HTMLElement;
  /** What staff read instead of the decisions, where administrators alone decide. */
  adminsOnly?: string;
}

export const queueEntry = (context: ModerationContext, entry: QueueEntry) => {
  const { tr } = context;
  const li = element(
    'li',
    { class: 'queue-item', 'data-kind': entry.kind, 'data-id': entry.id },
    element(
      'div',
      { class: 'queue-item__head' },
      element('span', { class: 'badge' }, tr(`media.moderation.kind.${entry.kind}`)),
      element('h3', {}, entry.heading ?? entry.title),
      entry.badge ?? '',
    ),
    ...entry.about.filter((part) => part !== undefined),
    flagList(context, entry.flags),
  );
  if (entry.history) li.append(entry.history);
  if (entry.adminsOnly !== undefined && !context.isAdmin) {
    li.append(element('p', { class: 'muted' }, entry.adminsOnly));
    return li;
  }
  const status = itemStatus();
  li.append(...decisionParts(context, { ...entry, key: `${entry.kind}-${entry.id}` }, status), status);
  return li;
};
