/** After the last byte: how processing goes, asked every 1.5 s, each new state said once, until it settles. */
import { api } from '../../api.ts';
import { part } from '../../ui/dom.ts';
import { forgetSignedIn } from '../../ui/session.ts';
import type { Translate } from '../../ui/strings.ts';
import { reasonText } from '../describe.ts';
import type { OwnMedia } from '../types.ts';

const POLL_MS = 1500;
/** Processing takes seconds; past this, the page stops watching and points to "My media". */
const POLL_GIVE_UP_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const followProcessing = async (root: HTMLElement, tr: Translate, mediaId: string) => {
  const text = part(root, '[data-processing-text]');
  const linkLine = part(root, '[data-processing-link]');
  const next = part(root, '[data-next-steps]');
  const startedAt = Date.now();
  let shown: OwnMedia['status'] | undefined;
  text.textContent = tr('media.upload.processing.waiting');
  for (;;) {
    await sleep(POLL_MS);
    let media: OwnMedia | undefined;
    try {
      const response = await api.api.me.media[':id'].$get({ param: { id: mediaId } });
      if (response.ok) media = await response.json();
      else if ((response.status as number) === 401) {
        forgetSignedIn();
        text.textContent = tr('form.sessionEnded');
        return;
      }
    } catch {
      // A dropped request: ask again at the next tick.
    }
    if (media && media.status !== shown) {
      shown = media.status;
      if (media.status === 'ready') {
        text.textContent = tr('media.upload.processing.ready');
        part<HTMLAnchorElement>(linkLine, 'a').href = `${root.dataset.mediaPage}?id=${encodeURIComponent(mediaId)}`;
        linkLine.hidden = false;
        next.hidden = false;
        return;
      }
      if (media.status === 'rejected' || media.status === 'expired' || media.status === 'hidden') {
        text.textContent = tr('media.upload.processing.rejected', { reason: reasonText(tr, media) ?? '' });
        next.hidden = false;
        return;
      }
    }
    if (Date.now() - startedAt > POLL_GIVE_UP_MS) {
      text.textContent = tr('media.upload.processing.slow');
      next.hidden = false;
      return;
    }
  }
};
