/**
 * One medium with its player and its TASL attribution (title, author, licence linked to the
 * Creative Commons deed; the source is the file itself). Audio and video keep their transcript
 * at hand, video its caption tracks; an image says its text alternative.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element } from './dom.ts';
import { fillNodes, type Translate } from './strings.ts';
import type { MediaCard } from './types.ts';

const ANONYMOUS = 'anonymous';

const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames([document.documentElement.lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const player = (media: MediaCard): HTMLElement => {
  if (media.family === 'image') {
    const image = element('img', 'media-item__image');
    image.src = media.url;
    // The title names the image when its contributor gave no description of it.
    image.alt = media.alt || media.title;
    image.loading = 'lazy';
    image.decoding = 'async';
    return image;
  }
  const playerElement = element(media.family === 'video' ? 'video' : 'audio', `media-item__${media.family}`);
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
      track.label = languageName(caption.language);
      track.default = index === 0;
      playerElement.append(track);
    });
  }
  return playerElement;
};

/** The attribution line: «Title», by Author, licensed under [CC BY-SA 4.0](deed). */
export const credit = (media: Pick<MediaCard, 'title' | 'attributionName' | 'licence'>, s: Translate) => {
  const licence = LICENCES[media.licence];
  const link = element('a', undefined, licence?.shortName ?? media.licence);
  if (licence) link.href = licence.deedUrl;
  link.rel = 'license';
  const author = media.attributionName === ANONYMOUS ? s('projects.media.anonymous') : media.attributionName;
  const template = s(licence?.attribution === false ? 'projects.media.creditPublicDomain' : 'projects.media.credit');
  return fillNodes(template, { title: element('cite', undefined, media.title), author, licence: link });
};

export const mediaFigure = (media: MediaCard, s: Translate): HTMLElement => {
  const figure = element('figure', `media-item media-item--${media.family}`);
  figure.append(player(media), element('figcaption', 'media-item__credit', ...credit(media, s)));
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
