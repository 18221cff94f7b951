/**
 * One medium of a stop: its player (audio and video with their caption tracks, an image with its
 * text alternative), its TASL attribution (title, author linked to their public page when they
 * have one, licence linked to its deed) and, for sound and video, the transcript at hand.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element } from '../ui/dom.ts';
import { contributorHref } from '../ui/links.ts';
import { licenceLink, mediaPlayer } from '../ui/media-player.ts';
import { fillNodes, pageLocale, type Translate } from '../ui/strings.ts';
import type { StopMedia } from './types.ts';

const ANONYMOUS = 'anonymous';

/** The medium's player; audio and video say which medium they play (the walk starts them). */
const player = (media: StopMedia): HTMLElement => {
  const playerElement = mediaPlayer(media, 'stop-media');
  if (media.family !== 'image') playerElement.dataset.mediaId = media.id;
  return playerElement;
};

/** «Title», by [Author](their page), licensed under [CC BY-SA 4.0](deed). */
export const attribution = (media: StopMedia, s: Translate): (string | Node)[] => {
  const name = media.attributionName === ANONYMOUS ? s('trails.media.anonymous') : media.attributionName;
  let author: string | Node = name;
  if (media.contributorId) {
    const link = element('a', undefined, name);
    link.href = contributorHref(pageLocale(), media.contributorId);
    author = link;
  }
  const publicDomain = LICENCES[media.licence]?.attribution === false;
  return fillNodes(s(publicDomain ? 'trails.media.creditPublicDomain' : 'trails.media.credit'), {
    title: element('cite', undefined, media.title),
    author,
    licence: licenceLink(media.licence),
  });
};

export const stopMediaFigure = (media: StopMedia, s: Translate): HTMLElement => {
  const figure = element('figure', `stop-media stop-media--${media.family}`);
  figure.append(player(media), element('figcaption', 'stop-media__credit', ...attribution(media, s)));
  if (media.family !== 'image') {
    const transcript = element('details', 'stop-media__transcript');
    const summary = element(
      'summary',
      undefined,
      s('trails.media.transcript'),
      element('span', 'visually-hidden', ` — ${media.title}`),
    );
    transcript.append(
      summary,
      media.transcript
        ? element('div', 'stop-media__transcript-text', media.transcript)
        : element('p', 'muted', s('trails.media.noTranscript')),
    );
    figure.append(transcript);
  }
  return figure;
};

/** Only one player sounds at a time: starting one pauses the others of the page. */
export const oneAtATime = (root: HTMLElement) => {
  root.addEventListener(
    'play',
    (event) => {
      for (const other of root.querySelectorAll<HTMLMediaElement>('audio, video')) {
        if (other !== event.target && !other.paused) other.pause();
      }
    },
    true,
  );
};
