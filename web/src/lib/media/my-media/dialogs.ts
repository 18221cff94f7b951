/**
 * Focus around the dialogs of "My media": each remembers the button that opened it, and closing
 * goes back there (or to the same medium's card if it was redrawn meanwhile, or to the list).
 */
import type { MyMediaContext } from './context.ts';

export const dialogFocus = ({ list, listTitle }: MyMediaContext) => {
  let opener: HTMLElement | null = null;
  let about: string | undefined;
  return {
    /** A dialog about medium `id` opens from the focused button. */
    opened(id: string) {
      opener = document.activeElement as HTMLElement | null;
      about = id;
    },
    /** Closing goes to `target` instead (the medium is gone). */
    returnTo(target: HTMLElement) {
      opener = target;
    },
    /** Its close buttons close `dialog`; once closed, focus goes back and `closed` forgets the medium. */
    wire(dialog: HTMLDialogElement, closed: () => void) {
      for (const close of dialog.querySelectorAll('[data-dialog-close]')) {
        close.addEventListener('click', () => dialog.close());
      }
      dialog.addEventListener('close', () => {
        const target =
          opener && document.contains(opener)
            ? opener
            : (list.querySelector<HTMLElement>(`[data-media-id="${CSS.escape(about ?? '')}"] button`) ?? listTitle);
        target.focus();
        closed();
      });
    },
  };
};

export type DialogFocus = ReturnType<typeof dialogFocus>;
