/**
 * A stop's media in the editor's list: each with its kind, licence, author and accessibility
 * (transcript, captions); stewards take one off or add one of their own, contributors propose one.
 */

import { LICENCES } from '../../../../functions/licences/licences.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { namedButton } from '../ui/buttons.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { mediaViewHref } from '../ui/links.ts';
import { pageLocale } from '../ui/strings.ts';
import { mediaCaveat, mediaChoiceLabel } from './editor-media-choice.ts';
import { contributionConflict } from './editor-refusals.ts';
import type { StopListParts } from './editor-stop-parts.ts';
import type { OwnMedia, Stop, StopMedia, TrailProblem } from './editor-types.ts';

export const stopMediaTools = ({ context, status, focusLater }: StopListParts) => {
  const { s, trailId } = context;
  const locale = pageLocale();
  const endpoint = api.api.trails[':id'];
  let media: OwnMedia[] = [];

  const addMedia = (stop: Stop, select: HTMLSelectElement, line: HTMLElement) =>
    guarded(
      async () => {
        const chosen = media.find((item) => item.id === select.value);
        if (!chosen) return;
        say(line, s('trailEditor.stops.media.adding'));
        const response = await endpoint.stops[':stopId'].media.$post({
          param: { id: trailId, stopId: stop.id },
          json: { mediaId: chosen.id },
        });
        const code = response.status as number;
        if (response.status === 201) {
          const { outcome } = await response.json();
          await context.reload();
          const message = context.current().canEdit
            ? s('trailEditor.stops.media.added', { title: chosen.title, stop: stop.title })
            : s(outcome === 'published' ? 'trailEditor.stops.media.published' : 'trailEditor.stops.media.proposed', {
                title: chosen.title,
                stop: stop.title,
              });
          say(status, message, 'success');
          focusLater(stop.id, 'media');
          return;
        }
        const problem = (await readProblem(response)) as TrailProblem;
        if (code === 409 && !problem.allowedLicences && !problem.missing) {
          say(line, s('trailEditor.stops.media.already'), 'error');
        } else if (code === 409) {
          say(line, contributionConflict(s, problem, [chosen]), 'error');
        } else if (code === 400) {
          say(line, s('trailEditor.stops.media.notYours'), 'error');
        } else {
          say(line, commonFailure(code, s), 'error');
        }
      },
      () => say(line, s('form.failed'), 'error'),
    );

  const removeMedia = (stop: Stop, medium: StopMedia) =>
    guarded(
      async () => {
        const response = await endpoint.stops[':stopId'].media[':mediaId'].$delete({
          param: { id: trailId, stopId: stop.id, mediaId: medium.id },
        });
        const code = response.status as number;
        if (!response.ok && code !== 404) {
          say(status, commonFailure(code, s), 'error');
          return;
        }
        await context.reload();
        say(status, s('trailEditor.stops.media.removed', { title: medium.title, stop: stop.title }), 'success');
        focusLater(stop.id, 'media');
      },
      () => say(status, s('form.failed'), 'error'),
    );

  const mediaItem = (stop: Stop, medium: StopMedia, canEdit: boolean) => {
    const link = element('a', undefined, medium.title);
    link.href = mediaViewHref(locale, medium.id);
    const facts = [s(`media.family.${medium.family}`), LICENCES[medium.licence].shortName, medium.attributionName];
    const access =
      medium.family === 'audio'
        ? s(medium.transcript?.trim() ? 'trailEditor.stops.media.transcript' : 'trailEditor.stops.media.noTranscript')
        : medium.family === 'video'
          ? s(medium.captions.length > 0 ? 'trailEditor.stops.media.captions' : 'trailEditor.stops.media.noCaptions')
          : undefined;
    const item = element('li', 'trail-stop__medium', link, ` — ${facts.join(' · ')}`);
    if (access) item.append(element('span', 'trail-stop__access', ` (${access})`));
    if (canEdit) {
      const remove = namedButton(
        s('trailEditor.stops.media.remove'),
        s('trailEditor.stops.media.of', { title: medium.title }),
      );
      remove.classList.add('trail-stop__remove-medium');
      remove.addEventListener('click', () => void removeMedia(stop, medium)());
      item.append(' ', remove);
    }
    return item;
  };

  const addMediaForm = (stop: Stop, canEdit: boolean) => {
    const wrapper = element('div', 'trail-stop__add-media');
    const available = media.filter((item) => !stop.media.some((medium) => medium.id === item.id));
    const selectId = `stop-${stop.id}-add-media`;
    if (available.length === 0) {
      const none = element(
        'p',
        'muted',
        s(media.length === 0 ? 'trailEditor.stops.media.noneOwn' : 'trailEditor.stops.media.allUsed'),
      );
      none.id = selectId;
      none.tabIndex = -1;
      wrapper.append(none);
      return wrapper;
    }
    const label = element(
      'label',
      'field__label',
      s(canEdit ? 'trailEditor.stops.media.addLabel' : 'trailEditor.stops.media.proposeLabel', { stop: stop.title }),
    );
    label.htmlFor = selectId;
    const select = element('select', 'field__control field__control--inline');
    select.id = selectId;
    const trail = context.current().trail;
    select.append(
      ...available.map((item) => {
        const caveat = mediaCaveat(s, item, trail);
        const option = element(
          'option',
          undefined,
          caveat ? `${mediaChoiceLabel(s, item)} (${caveat})` : mediaChoiceLabel(s, item),
        );
        option.value = item.id;
        return option;
      }),
    );
    const add = namedButton(
      s(canEdit ? 'trailEditor.stops.media.add' : 'trailEditor.stops.media.propose'),
      s('trailEditor.stops.media.to', { stop: stop.title }),
      'button button--small',
    );
    add.dataset.action = 'media';
    const line = element('p', 'form-status');
    line.setAttribute('role', 'status');
    add.addEventListener('click', () => void addMedia(stop, select, line)());
    wrapper.append(label, element('div', 'trail-stop__add-row', select, add), line);
    return wrapper;
  };

  return {
    /** The person's ready media, for the "add a medium" choices. */
    useOwn: (own: OwnMedia[]) => {
      media = own;
    },
    item: mediaItem,
    addForm: addMediaForm,
  };
};
