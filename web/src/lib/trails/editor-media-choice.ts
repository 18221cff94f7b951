/**
 * One's own media as choices in the editor: how each reads in a list (title, kind, licence), what
 * the trail will think of it, and the stop form's checkboxes to pick some.
 */
import { LICENCES } from '../../../../functions/licences/licences.ts';
import { element, part } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import type { OwnMedia, TrailDetail } from './editor-types.ts';

/** A medium's line in a list of choices: its title, kind and licence, and what the trail will think of it. */
export const mediaChoiceLabel = (s: Translate, media: OwnMedia) =>
  s('trailEditor.media.choice', {
    title: media.title,
    family: s(`media.family.${media.family}`),
    licence: LICENCES[media.licence].shortName,
  });

/** Why a medium of one's own would be refused or held back on this trail, if it would. */
export const mediaCaveat = (s: Translate, media: OwnMedia, trail: TrailDetail): string | undefined => {
  if (!trail.licencePolicy.includes(media.licence)) return s('trailEditor.media.outsidePolicy');
  if (media.family === 'audio' && !media.transcript?.trim()) return s('trailEditor.media.noTranscript');
  if (media.family === 'video' && media.captions.length === 0) return s('trailEditor.media.noCaptions');
  return undefined;
};

/** The stop form's media checkboxes: one per ready medium of one's own, with its caveat as a hint. */
export const mediaChoices = (form: HTMLFormElement, s: Translate) => {
  const choices = part(form, '[data-media-choices]');
  let media: OwnMedia[] = [];

  const checked = () => {
    const ids = [...choices.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    return media.filter((item) => ids.includes(item.id));
  };

  const render = (trail: TrailDetail) => {
    const ids = new Set(checked().map((chosen) => chosen.id));
    choices.replaceChildren(
      ...media.map((item) => {
        const id = `stop-media-${item.id}`;
        const box = element('input');
        box.type = 'checkbox';
        box.id = id;
        box.value = item.id;
        box.checked = ids.has(item.id);
        const caveat = mediaCaveat(s, item, trail);
        const row = element('div', 'choice', box, element('label', undefined, mediaChoiceLabel(s, item)));
        row.querySelector('label')?.setAttribute('for', id);
        if (caveat) {
          box.setAttribute('aria-describedby', `${id}-hint`);
          const hint = element('p', 'choice__hint', caveat);
          hint.id = `${id}-hint`;
          row.append(hint);
        }
        return row;
      }),
    );
    part(form, '[data-media-none]').hidden = media.length > 0;
  };

  return {
    /** The person's ready media, to choose from. */
    use: (own: OwnMedia[]) => {
      media = own;
    },
    checked,
    render,
  };
};
