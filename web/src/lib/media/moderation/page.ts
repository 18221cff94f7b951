/**
 * Browser island of the moderation queue (`views/media/Moderation.astro`): lists reported media,
 * projects and trails with the reasons given, and sends the decisions (restore, hide with a reason,
 * delete after confirmation). Each decision closes the reports, so the item leaves the queue.
 * This controller builds the context the parts share (`context.ts`) and starts them.
 */

import { showState, whenSignedIn } from '../../ui/page-states.ts';
import { announceProfile } from '../../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../../ui/strings.ts';
import type { ModerationContext } from './context.ts';
import { deleteDialog } from './delete-dialog.ts';
import { moderationQueue } from './queue.ts';

const start = (root: HTMLElement, tr: Translate, isAdmin: boolean) => {
  const context: ModerationContext = {
    root,
    tr,
    locale: pageLocale(),
    isAdmin,
    decide: (send, status) => queue.decide(send, status),
    confirmDelete: (id, title, opener, status) => confirmDelete(id, title, opener, status),
  };
  const queue = moderationQueue(context);
  const confirmDelete = deleteDialog(root, tr, queue.decide);
  return queue.load;
};

const root = document.querySelector<HTMLElement>('[data-moderation]');
if (root) {
  const tr = stringsOf(root);
  let load: ((next?: string) => Promise<boolean>) | undefined;
  whenSignedIn(root, async ({ profile }, fresh) => {
    if (fresh) announceProfile(profile);
    const { roles } = profile;
    if (!roles.includes('staff') && !roles.includes('admin')) return showState(root, 'forbidden');
    load ??= start(root, tr, roles.includes('admin'));
    try {
      if (await load()) showState(root, 'ready');
      else if (root.dataset.state === 'loading') showState(root, 'error');
    } catch {
      showState(root, 'error');
    }
  });
}
