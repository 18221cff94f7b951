/**
 * One medium with its player and its TASL attribution (title, author, licence linked to the
 * Creative Commons deed; the source is the file itself). Audio and video keep their transcript
 * at hand, video its caption tracks; an image says its text alternative.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { languageName } from '../media/format.ts';
import { element } from './dom.ts';
import { fillNodes, type Translate } from './strings.ts';
import type { MediaCard } from './types.ts';

const ANONYMOUS = 'anonymous';

/** What a player needs of a medium: a project's, or a trail stop's. */
export type PlayableMedia = Pick<MediaCard, 'family' | 'url' | 'alt' | 'title' | 'contentType' | 'captions'>;

/**
 * The medium's player: an image with its text alternative, or audio or video (with its caption
 * tracks), its classes named after `block` (`media-item__image`, `stop-media__audio`…).
 */
export const mediaPlayer = (media: PlayableMedia, block: string): HTMLElement => {
  if (media.family === 'image') {
    const image = element('img', `${block}__image`);
    image.src = media.url;
    // The title names the image when its contributor gave no description of it.
    image.alt = media.alt || media.title;
    image.loading = 'lazy';
    image.decoding = 'async';
    return image;
  }
  const playerElement = element(media.family === 'video' ? 'video' : 'audio', `${block}__${media.family}`);
  playerElement.controls = true;
  playerElement.preload = 'metadata';
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

/** The attribution line: «Title», by Author, licensed under [CC BY-SA 4.0](deed). */
export const credit = (media: Pick<MediaCard, 'title' | 'attributionName' | 'licence'>, s: Translate) => {
  const author = media.attributionName === ANONYMOUS ? s('projects.media.anonymous') : media.attributionName;
  const publicDomain = LICENCES[media.licence]?.attribution === false;
  const template = s(publicDomain ? 'projects.media.creditPublicDomain' : 'projects.media.credit');
  return fillNodes(template, {
    title: element('cite', undefined, media.title),
    author,
    licence: licenceLink(media.licence),
  });
};

export const mediaFigure = (media: MediaCard, s: Translate): HTMLElement => {
  const figure = element('figure', `media-item media-item--${media.family}`);
  figure.append(mediaPlayer(media, 'media-item'), element('figcaption', 'media-item__credit', ...credit(media, s)));
  if (media.transcript && media.family !== 'image') {
    const transcript = element('details', 'media-item__transcript');
    transcript.append(
      element('summary', undefined, s('projects.media.transcript')),
      element('div', 'media-item__transcript-text', media.transcript),
    );
    figure.append(transcript);
  }
  return figure;
};
