/**
 * One medium of a stop: its player (audio and video with their caption tracks, an image with its
 * text alternative), its TASL attribution (title, author linked to their public page when they
 * have one, licence linked to its deed) and, for sound and video, the transcript at hand.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element } from '../projects/dom.ts';
import { fillNodes, type Translate } from '../projects/strings.ts';
import { languageName } from './format.ts';
import { contributorHref, pageLocale } from './links.ts';
import type { StopMedia } from './types.ts';

const ANONYMOUS = 'anonymous';

const player = (media: StopMedia): HTMLElement => {
  if (media.family === 'image') {
    const image = element('img', 'stop-media__image');
    image.src = media.url;
    // The title names the image when its contributor gave no description of it.
    image.alt = media.alt || media.title;
    image.loading = 'lazy';
    image.decoding = 'async';
    return image;
  }
  const playerElement = element(media.family === 'video' ? 'video' : 'audio', `stop-media__${media.family}`);
  playerElement.controls = true;
  playerElement.preload = 'metadata';
  playerElement.dataset.mediaId = media.id;
  const source = element('source');
  source.src = media.url;
  source.type = media.contentType;
  playerElement.append(source);
  if (playerElement instanceof HTMLVideoElement) {
    playerElement.playsInline = true;
    media.captions.forEach((caption, index) => {
      const track = element('track');
      track.kind = 'captions';
      track.src = caption.url;
      track.srclang = caption.language;
      track.label = languageName(document.documentElement.lang, caption.language);
      track.default = index === 0;
      playerElement.append(track);
    });
  }
  return playerElement;
};

/** A licence, linked to its Creative Commons deed. */
export const licenceLink = (id: string) => {
  const licence = LICENCES[id as keyof typeof LICENCES];
  const link = element('a', undefined, licence?.shortName ?? id);
  if (licence) link.href = licence.deedUrl;
  link.rel = 'license';
  return link;
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
