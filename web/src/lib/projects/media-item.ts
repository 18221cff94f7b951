/**
 * One medium of a project with its player and its TASL attribution (title, author, licence linked
 * to the Creative Commons deed; the source is the file itself). Audio and video keep their
 * transcript at hand.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element } from '../ui/dom.ts';
import { licenceLink, mediaPlayer } from '../ui/media-player.ts';
import { fillNodes, type Translate } from '../ui/strings.ts';
import type { MediaCard } from './types.ts';

const ANONYMOUS = 'anonymous';

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
