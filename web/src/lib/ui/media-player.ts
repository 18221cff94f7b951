/**
 * A medium's player and its licence link, the same for a project's media and a trail's stops.
 * Audio and video keep their caption tracks; an image says its text alternative.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element } from './dom.ts';
import { languageName } from './format.ts';

/** What a player needs of a medium: a project's, or a trail stop's. */
export interface PlayableMedia {
  family: 'image' | 'audio' | 'video';
  url: string;
  alt?: string | undefined;
  title: string;
  contentType: string;
  captions: readonly { url: string; language: string }[];
}

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
