/**
 * The list of "My media": pages of cards, the storage use above them, and media still waiting for
 * their bytes or being checked followed live until they settle.
 */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { formatBytes } from '../../ui/format.ts';
import { showState } from '../../ui/page-states.ts';
import { forgetSignedIn } from '../../ui/session.ts';
import { plural } from '../../ui/strings.ts';
import { STATUS_TEXT } from '../describe.ts';
import type { MyMediaPage, OwnMedia } from '../types.ts';
import { mediaCard } from './card.ts';
import type { CardActions, MyMediaContext } from './context.ts';

const PAGE_SIZE = '20';
const FOLLOW_MS = 3000;

const showUsage = ({ root, tr, locale }: MyMediaContext, usage: MyMediaPage['usage']) => {
  const meter = byId<HTMLMeterElement>('usage-meter');
  meter.max = usage.quotaBytes;
  meter.value = Math.min(usage.bytes, usage.quotaBytes);
  meter.high = usage.quotaBytes * 0.9;
  part(root, '[data-usage-text]').textContent = tr('media.mine.usage.text', {
    used: formatBytes(locale, usage.bytes),
    quota: formatBytes(locale, usage.quotaBytes),
  });
  part(root, '[data-pending-text]').textContent = plural(tr, 'media.mine.usage.pending', usage.pending, {
    max: usage.maxPending,
  });
};

export const mediaList = (context: MyMediaContext, open: CardActions) => {
  const { root, tr, list, listStatus } = context;
  const empty = part(root, '[data-empty]');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  let media: OwnMedia[] = [];
  let nextCursor: string | null = null;
  const card = (item: OwnMedia) => mediaCard(context, item, open);

  const render = () => {
    list.replaceChildren(...media.map(card));
    empty.hidden = media.length > 0;
    more.hidden = !nextCursor;
  };

  const replace = (item: OwnMedia) => {
    media = media.map((known) => (known.id === item.id ? item : known));
    const old = list.querySelector(`[data-media-id="${CSS.escape(item.id)}"]`);
    const focused = old?.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset : undefined;
    const fresh = card(item);
    old?.replaceWith(fresh);
    // Keep focus on the same button of the redrawn card.
    if (focused?.edit) fresh.querySelector<HTMLElement>('[data-edit]')?.focus();
    else if (focused?.delete) fresh.querySelector<HTMLElement>('[data-delete]')?.focus();
  };

  const load = async (cursor?: string): Promise<boolean> => {
    const response = await api.api.me.media.$get({ query: { limit: PAGE_SIZE, cursor } });
    if (!response.ok) {
      if ((response.status as number) === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else say(listStatus, tr('media.mine.failed'), 'error');
      return false;
    }
    const page = await response.json();
    const items = context.gone.without(page.items, (item) => item.id);
    media = cursor ? [...media, ...items] : items;
    nextCursor = page.nextCursor;
    showUsage(context, page.usage);
    render();
    return true;
  };

  more.addEventListener('click', async () => {
    const shown = media.length;
    if (nextCursor && (await load(nextCursor))) {
      say(listStatus, tr('media.mine.moreLoaded'));
      list.querySelectorAll<HTMLElement>('.media-item__title')[shown]?.setAttribute('tabindex', '-1');
      list.querySelectorAll<HTMLElement>('.media-item__title')[shown]?.focus();
    }
  });

  // Media still waiting for their bytes or being checked are asked about again, until they settle.
  const followProcessing = async () => {
    for (const item of media.filter((known) => known.status === 'pending' || known.status === 'processing')) {
      try {
        const response = await api.api.me.media[':id'].$get({ param: { id: item.id } });
        if (response.ok) {
          const fresh = await response.json();
          if (fresh.status !== item.status) {
            replace(fresh);
            say(listStatus, tr('media.mine.changed', { title: fresh.title, status: tr(STATUS_TEXT[fresh.status]) }));
          }
        }
      } catch {
        // Asked again at the next tick.
      }
    }
    setTimeout(() => void followProcessing(), FOLLOW_MS);
  };

  return { media: () => media, replace, load, followProcessing };
};

export type MediaList = ReturnType<typeof mediaList>;
