/**
 * The transfer to storage, in the progress panel: a bar that follows every byte, a status line
 * that says every tenth, and pause, resume, retry and cancel as the transfer allows; then the
 * processing that follows.
 */

import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { showState } from '../../ui/page-states.ts';
import type { Translate } from '../../ui/strings.ts';
import type { UploadAnswer } from '../types.ts';
import type { RunningUpload, UploadEvents } from '../uploader.ts';
import { followProcessing } from './processing.ts';

type ButtonName = 'pause' | 'resume' | 'retry' | 'cancel';

const progressPanel = (root: HTMLElement) => {
  const buttons: Record<ButtonName, HTMLButtonElement> = {
    pause: part<HTMLButtonElement>(root, '[data-pause]'),
    resume: part<HTMLButtonElement>(root, '[data-resume]'),
    retry: part<HTMLButtonElement>(root, '[data-retry-upload]'),
    cancel: part<HTMLButtonElement>(root, '[data-cancel]'),
  };
  return {
    heading: part(root, '[data-progress-title]'),
    bar: byId<HTMLProgressElement>('upload-progress'),
    status: part(root, '[data-progress-status]'),
    buttons,
    /** Only these buttons are shown. */
    show: (...visible: ButtonName[]) => {
      for (const [name, button] of Object.entries(buttons)) button.hidden = !visible.includes(name as ButtonName);
    },
  };
};

type ProgressPanel = ReturnType<typeof progressPanel>;

/** A transfer under way can pause (multipart only) or be cancelled. */
const runningButtons = (running: RunningUpload): ButtonName[] => (running.resumable ? ['pause', 'cancel'] : ['cancel']);

interface Transfer {
  root: HTMLElement;
  tr: Translate;
  panel: ProgressPanel;
  mediaId: string;
  /** How far the transfer went, in percent. */
  percent(): number;
}

const transferEvents = (transfer: Transfer, setPercent: (percent: number) => void, running: () => RunningUpload) => {
  const { root, tr, panel, mediaId, percent } = transfer;
  // Screen readers hear every tenth: the bar itself follows every byte.
  let announced = -10;
  const events: UploadEvents = {
    progress: (sent, total) => {
      const now = total > 0 ? Math.min(100, Math.floor((sent * 100) / total)) : 0;
      setPercent(now);
      panel.bar.value = now;
      if (now >= announced + 10 || now === 100) {
        announced = now - (now % 10);
        say(panel.status, tr('media.upload.progress.percent', { percent: now }));
      }
    },
    sent: () => {
      panel.bar.value = 100;
      say(panel.status, tr('media.upload.progress.percent', { percent: 100 }), 'success');
      panel.show();
      void followProcessing(root, tr, mediaId);
    },
    failed: () => {
      say(panel.status, tr('media.upload.progress.failed', { percent: percent() }), 'error');
      panel.show('retry', 'cancel');
    },
    offline: () => {
      say(panel.status, tr('media.upload.progress.offline', { percent: percent() }), 'error');
      panel.show('cancel');
    },
    online: () => {
      say(panel.status, tr('media.upload.progress.percent', { percent: percent() }));
      panel.show(...runningButtons(running()));
    },
  };
  return events;
};

const wireButtons = ({ root, tr, panel, mediaId, percent }: Transfer, running: RunningUpload) => {
  const { buttons, status, show } = panel;
  buttons.pause.addEventListener('click', () => {
    running.pause();
    say(status, tr('media.upload.progress.paused', { percent: percent() }));
    show('resume', 'cancel');
    buttons.resume.focus();
  });
  buttons.resume.addEventListener('click', () => {
    running.resume();
    say(status, tr('media.upload.progress.percent', { percent: percent() }));
    show('pause', 'cancel');
    buttons.pause.focus();
  });
  buttons.retry.addEventListener('click', () => {
    running.retry();
    say(status, tr('media.upload.progress.percent', { percent: percent() }));
    show(...runningButtons(running));
    (running.resumable ? buttons.pause : buttons.cancel).focus();
  });
  buttons.cancel.addEventListener('click', async () => {
    show();
    const cancelled = await running.cancel().catch(() => false);
    const next = part(root, '[data-next-steps]');
    if (cancelled) {
      say(status, tr('media.upload.progress.cancelled'));
      next.hidden = false;
      next.querySelector('a')?.focus();
    } else {
      // The last byte arrived first: the medium is being checked like any other.
      say(status, tr('media.upload.progress.tooLateToCancel'));
      void followProcessing(root, tr, mediaId);
    }
  });
};

/** Sends the file as the API said when it accepted the upload, showing the panel instead of the form. */
export const sendBytes = async (root: HTMLElement, tr: Translate, file: File, title: string, answer: UploadAnswer) => {
  const { startUpload } = await import('../uploader.ts');
  const panel = progressPanel(root);
  panel.heading.textContent = tr('media.upload.progress.title', { title });
  showState(root, 'sending');
  panel.heading.focus();

  let percent = 0;
  const transfer: Transfer = { root, tr, panel, mediaId: answer.mediaId, percent: () => percent };
  const events = transferEvents(
    transfer,
    (now) => {
      percent = now;
    },
    () => running,
  );
  const running = startUpload(file, answer, events);
  panel.show(...runningButtons(running));
  wireButtons(transfer, running);
};
