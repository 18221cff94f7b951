/** Deleting a medium of "My media", once the dialog has it confirmed; the list is then read again. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import type { OwnMedia } from '../types.ts';
import type { MyMediaContext } from './context.ts';
import type { DialogFocus } from './dialogs.ts';

export const deleteDialog = (context: MyMediaContext, focus: DialogFocus) => {
  const { root, tr, listStatus } = context;
  const dialog = part<HTMLDialogElement>(root, '[data-delete-dialog]');
  const title = part(dialog, '[data-delete-title]');
  const status = part(dialog, '[data-delete-status]');
  let deleting: OwnMedia | undefined;

  part(dialog, '[data-delete-confirm]').addEventListener('click', async () => {
    if (!deleting) return;
    const gone = deleting;
    say(status, tr('media.mine.deleting'));
    try {
      const response = await api.api.media[':id'].$delete({ param: { id: gone.id } });
      if (!response.ok && response.status !== 404) {
        if (!context.sessionEnded(response, status)) say(status, tr('form.failed'), 'error');
        return;
      }
      focus.returnTo(context.listTitle);
      dialog.close();
      context.gone.add(gone.id);
      await context.load();
      say(listStatus, tr('media.mine.deleted', { title: gone.title }), 'success');
    } catch {
      say(status, tr('form.failed'), 'error');
    }
  });
  focus.wire(dialog, () => {
    deleting = undefined;
  });

  return {
    open: (id: string) => {
      deleting = context.media().find((known) => known.id === id);
      if (!deleting) return;
      focus.opened(id);
      title.textContent = tr('media.mine.delete.title', { title: deleting.title });
      say(status, '');
      dialog.showModal();
      title.focus();
    },
  };
};
