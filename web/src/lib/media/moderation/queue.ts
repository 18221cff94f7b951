/**
 * The queue itself: pages of reported items, and the decisions about them. Each decision closes
 * the reports, so the queue is read again and the result said above it.
 */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { showState } from '../../ui/page-states.ts';
import { recentlyGone } from '../../ui/recently-gone.ts';
import { forgetSignedIn } from '../../ui/session.ts';
import type { ModerationItem } from '../types.ts';
import type { Decision, ModerationContext } from './context.ts';
import { mediaItem } from './media-item.ts';
import { projectItem } from './project-item.ts';
import { trailItem } from './trail-item.ts';

const PAGE_SIZE = '20';

const itemOf = (context: ModerationContext, item: ModerationItem) => {
  const shown =
    item.kind === 'media'
      ? mediaItem(context, item)
      : item.kind === 'project'
        ? projectItem(context, item)
        : trailItem(context, item);
  shown.dataset.queueKey = keyOf(item);
  return shown;
};

/** Which item an entry is about, whatever its kind. */
const keyOf = (item: ModerationItem) =>
  `${item.kind}:${item.kind === 'media' ? item.media.id : item.kind === 'project' ? item.project?.slug : item.trail?.id}`;

export const moderationQueue = (context: ModerationContext) => {
  const { root, tr } = context;
  const queue = part<HTMLUListElement>(root, '[data-queue]');
  const listStatus = part(root, '[data-list-status]');
  const heading = part(root, '#queue-title');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  let cursor: string | null = null;
  // Decided items leave the queue, but the queue is read from an index that may lag a moment.
  const decided = recentlyGone();

  const load = async (next?: string): Promise<boolean> => {
    const response = await api.api.moderation.queue.$get({ query: { limit: PAGE_SIZE, cursor: next } });
    if (!response.ok) {
      if ((response.status as number) === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else if ((response.status as number) === 403) showState(root, 'forbidden');
      else say(listStatus, tr('media.moderation.failed'), 'error');
      return false;
    }
    const page = await response.json();
    const items = decided.without(page.items, keyOf).map((item) => itemOf(context, item));
    if (next) queue.append(...items);
    else queue.replaceChildren(...items);
    cursor = page.nextCursor;
    more.hidden = !cursor;
    part(root, '[data-empty]').hidden = queue.children.length > 0;
    return true;
  };

  /** Sends a decision; on success the queue is loaded again and the result said above it. */
  const decide = async (send: () => Promise<Decision>, status: HTMLElement) => {
    say(status, tr('media.moderation.sending'));
    try {
      const result = await send();
      if (result.ok) {
        const key = status.closest<HTMLElement>('[data-queue-key]')?.dataset.queueKey;
        if (key) decided.add(key);
        if (await load()) {
          say(listStatus, result.message, 'success');
          heading.focus();
        }
        return;
      }
      if (result.status === 401) {
        forgetSignedIn();
        say(status, tr('form.sessionEnded'), 'error');
      } else if (result.status === 404 || result.status === 409) {
        await load();
        say(listStatus, tr('media.moderation.changed'), 'error');
        heading.focus();
      } else say(status, tr(result.status === 403 ? 'media.moderation.adminsOnly' : 'form.failed'), 'error');
    } catch {
      say(status, tr('form.failed'), 'error');
    }
  };

  more.addEventListener('click', async () => {
    const shown = queue.children.length;
    if (cursor && (await load(cursor))) queue.children[shown]?.querySelector<HTMLElement>('button, a')?.focus();
  });

  return { load, decide };
};
