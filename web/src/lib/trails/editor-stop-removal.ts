/**
 * Removing a stop from the editor's list, after the confirmation dialog; focus goes back to the
 * button that opened it, or to the list's heading once the stop is gone.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import type { StopListParts } from './editor-stop-parts.ts';
import type { Stop } from './editor-types.ts';

export const stopRemoval = ({ context, heading, status }: StopListParts) => {
  const { root, s, trailId } = context;
  const dialog = part<HTMLDialogElement>(root, '[data-remove-stop-dialog] [data-delete-dialog]');
  const dialogTitle = part(dialog, '[data-delete-title]');
  const dialogStatus = part(dialog, '[data-delete-status]');
  let removing: Stop | undefined;
  let opener: HTMLElement | null = null;
  const askRemove = (stop: Stop, from: HTMLElement) => {
    removing = stop;
    opener = from;
    dialogTitle.textContent = s('trailEditor.stops.remove.title', { title: stop.title });
    say(dialogStatus, '');
    dialog.showModal();
    dialogTitle.focus();
  };
  part(dialog, '[data-delete-confirm]').addEventListener(
    'click',
    guarded(
      async () => {
        const stop = removing;
        if (!stop) return;
        say(dialogStatus, s('trailEditor.stops.removing'));
        const response = await api.api.trails[':id'].stops[':stopId'].$delete({
          param: { id: trailId, stopId: stop.id },
        });
        const code = response.status as number;
        if (!response.ok && code !== 404) {
          say(dialogStatus, commonFailure(code, s), 'error');
          return;
        }
        opener = heading;
        dialog.close();
        await context.reload();
        say(status, s('trailEditor.stops.removed', { title: stop.title }), 'success');
      },
      () => say(dialogStatus, s('form.failed'), 'error'),
    ),
  );
  part(dialog, '[data-dialog-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const target = opener && document.contains(opener) ? opener : heading;
    target.focus();
    removing = undefined;
  });
  return askRemove;
};
