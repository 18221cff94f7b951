/**
 * Deleting the trail from the editor, after the confirmation dialog; done (or already gone), the
 * page goes back to the trail's project.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { projectHref } from '../ui/links.ts';
import { pageLocale } from '../ui/strings.ts';
import type { EditorContext } from './editor-types.ts';

export const trailDeletion = (context: EditorContext) => {
  const { root, s, trailId } = context;
  const deleteDialog = part<HTMLDialogElement>(root, '[data-delete-trail-dialog] [data-delete-dialog]');
  const deleteStatus = part(deleteDialog, '[data-delete-status]');
  const deleteButton = part<HTMLButtonElement>(root, '[data-delete-trail]');
  deleteButton.addEventListener('click', () => {
    say(deleteStatus, '');
    deleteDialog.showModal();
    part(deleteDialog, '[data-delete-title]').focus();
  });
  part(deleteDialog, '[data-dialog-close]').addEventListener('click', () => deleteDialog.close());
  deleteDialog.addEventListener('close', () => {
    if (document.contains(deleteButton)) deleteButton.focus();
  });
  part(deleteDialog, '[data-delete-confirm]').addEventListener('click', async () => {
    say(deleteStatus, s('trailEditor.delete.deleting'));
    try {
      const response = await api.api.trails[':id'].$delete({ param: { id: trailId } });
      if (response.ok || (response.status as number) === 404) {
        window.location.assign(projectHref(pageLocale(), context.current().trail.projectSlug));
        return;
      }
      say(deleteStatus, s('form.failed'), 'error');
    } catch {
      say(deleteStatus, s('form.failed'), 'error');
    }
  });
};
