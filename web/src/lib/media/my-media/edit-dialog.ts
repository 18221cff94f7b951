/** The edit dialog of "My media": one medium's texts, credit and licence, and a video's captions. */

import { say } from '../../ui/announce.ts';
import { part } from '../../ui/dom.ts';
import { clearErrors, type Problem, readProblem } from '../../ui/form.ts';
import type { OwnMedia } from '../types.ts';
import { captionsPart } from './captions.ts';
import type { MyMediaContext } from './context.ts';
import type { DialogFocus } from './dialogs.ts';
import { detailsForm } from './edit-form.ts';

/** What the dialog's forms share: the medium being edited, and a way to show it as saved. */
export interface EditContext extends MyMediaContext {
  dialog: HTMLDialogElement;
  editing(): OwnMedia | undefined;
  /** Shows a medium the API just saved, in its card and in the dialog. */
  saved(item: OwnMedia): void;
  /** Runs `send` when `form` is submitted, with the medium being edited, the form's errors cleared. */
  onSubmit(form: HTMLFormElement, send: (editing: OwnMedia) => Promise<void>): void;
  /**
   * Sends a change of the medium being edited, saying "saving" on `status`: the medium the API
   * returns is shown as saved, then `done` runs. A refusal is the session ended, or what `explain`
   * makes of its problem (showing it in the form, returning the message to say), or it failed.
   */
  change(
    status: HTMLElement,
    send: () => Promise<Response>,
    done: () => void,
    explain?: (problem: Problem) => string | undefined,
  ): Promise<void>;
}

export const editDialog = (context: MyMediaContext, focus: DialogFocus) => {
  const dialog = part<HTMLDialogElement>(context.root, '[data-edit-dialog]');
  const title = part(dialog, '[data-edit-title]');
  let editing: OwnMedia | undefined;

  const edit: EditContext = {
    ...context,
    dialog,
    editing: () => editing,
    saved: (item) => {
      context.replace(item);
      fill(item);
    },
    onSubmit: (form, send) =>
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const current = editing;
        if (!current) return;
        clearErrors(form);
        await send(current);
      }),
    change: async (status, send, done, explain) => {
      say(status, context.tr('media.mine.saving'));
      try {
        const response = await send();
        if (response.ok) {
          edit.saved((await response.json()) as OwnMedia);
          done();
        } else if (!context.sessionEnded(response, status)) {
          const message = explain?.(await readProblem(response));
          say(status, message ?? context.tr('form.failed'), 'error');
        }
      } catch {
        say(status, context.tr('form.failed'), 'error');
      }
    },
  };
  const details = detailsForm(edit);
  const captions = captionsPart(edit);

  const fill = (item: OwnMedia) => {
    editing = item;
    title.textContent = context.tr('media.mine.edit.title', { title: item.title });
    details.fill(item);
    for (const field of dialog.querySelectorAll<HTMLElement>('[data-family-field]')) {
      field.hidden = !(field.dataset.familyField ?? '').split(' ').includes(item.family);
    }
    captions.show(item);
  };

  focus.wire(dialog, () => {
    editing = undefined;
  });

  return {
    open: (id: string) => {
      const item = context.media().find((known) => known.id === id);
      if (!item) return;
      focus.opened(id);
      details.reset();
      captions.reset();
      fill(item);
      dialog.showModal();
      title.focus();
    },
  };
};
