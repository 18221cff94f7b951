/**
 * Browser island of "My media" (`views/media/MyMedia.astro`): the list of the person's media in
 * every state (followed live while processing), their storage use, and the edit and delete dialogs.
 * This controller builds the context the parts share (`context.ts`) and starts them.
 */

import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { showState, whenSignedIn } from '../../ui/page-states.ts';
import { recentlyGone } from '../../ui/recently-gone.ts';
import { announceProfile, forgetSignedIn } from '../../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../../ui/strings.ts';
import type { MyMediaContext } from './context.ts';
import { deleteDialog } from './delete-dialog.ts';
import { dialogFocus } from './dialogs.ts';
import { editDialog } from './edit-dialog.ts';
import { type MediaList, mediaList } from './list.ts';

const start = (root: HTMLElement, tr: Translate) => {
  let list: MediaList | undefined;
  const shown = () => {
    if (!list) throw new Error('The list is not started yet');
    return list;
  };
  const context: MyMediaContext = {
    root,
    tr,
    locale: pageLocale(),
    list: part<HTMLUListElement>(root, '[data-media-list]'),
    listTitle: byId('mine-list-title'),
    listStatus: part(root, '[data-list-status]'),
    gone: recentlyGone(),
    media: () => shown().media(),
    replace: (item) => shown().replace(item),
    load: (cursor) => shown().load(cursor),
    sessionEnded: (response, status) => {
      if (response.status !== 401) return false;
      forgetSignedIn();
      say(status, tr('form.sessionEnded'), 'error');
      return true;
    },
  };
  const focus = dialogFocus(context);
  const edit = editDialog(context, focus);
  const remove = deleteDialog(context, focus);
  list = mediaList(context, { edit: edit.open, remove: remove.open });

  return async () => {
    if (await context.load()) {
      showState(root, 'ready');
      void shown().followProcessing();
    } else if (root.dataset.state !== 'signed-out') showState(root, 'error');
  };
};

const root = document.querySelector<HTMLElement>('[data-my-media]');
if (root) {
  const tr = stringsOf(root);
  let open: (() => Promise<void>) | undefined;
  whenSignedIn(root, ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    open ??= start(root, tr);
    void open().catch(() => showState(root, 'error'));
  });
}
