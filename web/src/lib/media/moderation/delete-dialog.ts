/** Deleting a medium for good, from the queue: confirmed first in a dialog. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import { type Decision, decisionOf } from './context.ts';

type Decide = (send: () => Promise<Decision>, status: HTMLElement) => Promise<void>;

export const deleteDialog = (root: HTMLElement, tr: Translate, decide: Decide) => {
  const dialog = part<HTMLDialogElement>(root, '[data-delete-dialog]');
  const dialogTitle = part(dialog, '[data-delete-title]');
  let deleting: { id: string; opener: HTMLElement; status: HTMLElement } | undefined;

  part(dialog, '[data-dialog-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (deleting && document.contains(deleting.opener)) deleting.opener.focus();
    deleting = undefined;
  });
  part(dialog, '[data-delete-confirm]').addEventListener('click', async () => {
    if (!deleting) return;
    const { id, status } = deleting;
    deleting = undefined;
    dialog.close();
    await decide(async () => {
      const response = await api.api.moderation.media[':id'].$delete({ param: { id } });
      return decisionOf(response, tr('media.moderation.deleted'));
    }, status);
  });

  return (id: string, title: string, opener: HTMLElement, status: HTMLElement) => {
    deleting = { id, opener, status };
    dialogTitle.textContent = tr('media.moderation.delete.title', { title });
    say(part(dialog, '[data-delete-status]'), '');
    dialog.showModal();
    dialogTitle.focus();
  };
};
