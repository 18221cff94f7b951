/**
 * The stops of the editor, in walking order: each with its place, radius and media. Stewards move
 * them up and down (keyboard buttons; the order is sent with the version it was read at, and a
 * reorder made meanwhile wins), edit, remove (after a confirmation), and add or take off media;
 * contributors propose one of their media for a stop.
 */

import { LICENCES } from '../../../../functions/licences/licences.ts';
import { radiusAdvice } from '../../../../functions/trails/trail-geometry.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, hiddenText, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { mediaViewHref } from '../ui/links.ts';
import { pageLocale } from '../ui/strings.ts';
import { placeText } from './editor-format.ts';
import { contributionConflict } from './editor-refusals.ts';
import { mediaCaveat, mediaChoiceLabel, type StopFormControl } from './editor-stop-form.ts';
import type { EditorContext, OwnMedia, Stop, StopMedia, TrailProblem } from './editor-types.ts';

type Action = 'up' | 'down' | 'edit' | 'remove';

export const stopList = (context: EditorContext, form: StopFormControl) => {
  const { root, s, trailId } = context;
  const locale = pageLocale();
  const list = part(root, '[data-stops]');
  const heading = part(root, '#stops-title');
  const status = part(root, '[data-stops-status]');
  const endpoint = api.api.trails[':id'];
  let media: OwnMedia[] = [];

  const button = (label: string, hidden: string, className = 'button button--secondary button--small') => {
    const node = element('button', className, label, hiddenText(` ${hidden}`));
    node.type = 'button';
    return node;
  };

  /** After a change, focus goes back to the same control of the same stop, or to the list's heading. */
  const focusLater = (stopId: string | undefined, action?: Action | 'media') => {
    const item = stopId ? list.querySelector<HTMLElement>(`[data-stop-id="${CSS.escape(stopId)}"]`) : null;
    const target =
      (action && item?.querySelector<HTMLElement>(`[data-action="${action}"]:not(:disabled)`)) ||
      item?.querySelector<HTMLElement>('[data-action]:not(:disabled)') ||
      item?.querySelector<HTMLElement>('h3') ||
      heading;
    target.focus();
  };

  // Reordering
  const move = (stop: Stop, by: -1 | 1) =>
    guarded(
      async () => {
        const { trail, version } = context.current();
        const ids = trail.stops.map((item) => item.id);
        const from = ids.indexOf(stop.id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= ids.length) return;
        ids.splice(from, 1);
        ids.splice(to, 0, stop.id);
        say(status, '');
        const response = await endpoint['stop-order'].$put({ param: { id: trailId }, json: { stopIds: ids, version } });
        const code = response.status as number;
        if (response.ok) {
          context.apply(await response.json());
          say(status, s('trailEditor.stops.moved', { title: stop.title, position: to + 1 }), 'success');
          focusLater(stop.id, by < 0 ? 'up' : 'down');
        } else if (code === 409 || code === 400) {
          await context.reload();
          say(status, s('trailEditor.stops.reorderConflict'), 'error');
          heading.focus();
        } else {
          say(status, commonFailure(code, s), 'error');
        }
      },
      () => say(status, s('form.failed'), 'error'),
    );

  // Removing, after the confirmation dialog
  const dialog = part<HTMLDialogElement>(root, '[data-remove-stop-dialog] [data-delete-dialog]');
  const dialogTitle = part(dialog, '[data-delete-title]');
  const dialogStatus = part(dialog, '[data-delete-status]');
  let removing: Stop | undefined;
  let opener: HTMLElement | null = null;
  const askRemove = (stop: Stop, from: HTMLElement) => {
    removing = stop;
    opener = from;
    dialogTitle.textContent = s('trailEditor.stops.remove.title', { title: stop.title });
    say(dialogStatus, '');
    dialog.showModal();
    dialogTitle.focus();
  };
  part(dialog, '[data-delete-confirm]').addEventListener(
    'click',
    guarded(
      async () => {
        const stop = removing;
        if (!stop) return;
        say(dialogStatus, s('trailEditor.stops.removing'));
        const response = await endpoint.stops[':stopId'].$delete({ param: { id: trailId, stopId: stop.id } });
        const code = response.status as number;
        if (!response.ok && code !== 404) {
          say(dialogStatus, commonFailure(code, s), 'error');
          return;
        }
        opener = heading;
        dialog.close();
        await context.reload();
        say(status, s('trailEditor.stops.removed', { title: stop.title }), 'success');
      },
      () => say(dialogStatus, s('form.failed'), 'error'),
    ),
  );
  part(dialog, '[data-dialog-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const target = opener && document.contains(opener) ? opener : heading;
    target.focus();
    removing = undefined;
  });

  // Media of a stop
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
      const remove = button(
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
    const add = button(
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

  const stopItem = (stop: Stop, index: number, count: number, canEdit: boolean, canContribute: boolean) => {
    const title = element(
      'h3',
      'trail-stop__title',
      element('span', 'trail-stop__number', `${index + 1}. `),
      stop.title,
    );
    title.id = `stop-${stop.id}-title`;
    title.tabIndex = -1;
    const item = element('li', 'trail-stop', title);
    item.dataset.stopId = stop.id;
    item.id = `stop-${stop.id}`;
    item.setAttribute('aria-labelledby', title.id);
    const advice = radiusAdvice(stop.radius);
    item.append(
      element(
        'p',
        'trail-stop__facts muted',
        placeText(s, stop.lat, stop.lng),
        ' · ',
        s('trailEditor.stops.radius', { radius: stop.radius }),
        ...(stop.contributorName ? [' · ', s('trailEditor.stops.by', { name: stop.contributorName })] : []),
      ),
    );
    if (advice)
      item.append(
        element(
          'p',
          'radius-warning',
          s(advice === 'too-small' ? 'trailEditor.stop.radius.tooSmall' : 'trailEditor.stop.radius.tooLarge'),
        ),
      );
    if (stop.text) item.append(element('p', 'trail-stop__text', stop.text));
    if (stop.media.length > 0) {
      item.append(element('ul', 'trail-stop__media', ...stop.media.map((medium) => mediaItem(stop, medium, canEdit))));
    } else {
      item.append(element('p', 'trail-stop__no-media', s('trailEditor.stops.noMedia')));
    }
    if (canEdit || canContribute) item.append(addMediaForm(stop, canEdit));
    if (canEdit) {
      const actions: [Action, string, boolean][] = [
        ['up', s('trailEditor.stops.up'), index === 0],
        ['down', s('trailEditor.stops.down'), index === count - 1],
        ['edit', s('trailEditor.stops.edit'), false],
        ['remove', s('trailEditor.stops.remove'), false],
      ];
      const row = element('div', 'form-actions trail-stop__actions');
      for (const [action, label, disabled] of actions) {
        const node = button(label, s('trailEditor.stops.of', { title: stop.title }));
        node.dataset.action = action;
        node.disabled = disabled;
        node.addEventListener('click', () => {
          if (action === 'up') void move(stop, -1)();
          else if (action === 'down') void move(stop, 1)();
          else if (action === 'edit') form.startEdit(stop);
          else askRemove(stop, node);
        });
        row.append(node);
      }
      item.append(row);
    }
    return item;
  };

  const render = () => {
    const { trail, canEdit, canContribute } = context.current();
    list.replaceChildren(
      ...trail.stops.map((stop, index) => stopItem(stop, index, trail.stops.length, canEdit, canContribute)),
    );
    part(root, '[data-stops-empty]').hidden = trail.stops.length > 0;
    part(root, '[data-stops-intro]').textContent = s(
      canEdit
        ? 'trailEditor.stops.intro.steward'
        : canContribute
          ? 'trailEditor.stops.intro.contributor'
          : 'trailEditor.stops.intro.reader',
    );
  };

  context.onRender(render);
  return {
    /** Loads the person's ready media for the "add a medium" choices (once). */
    loadMedia: async () => {
      media = await context.ownMedia();
      render();
    },
    focusStop: (stopId: string | undefined) => focusLater(stopId, 'edit'),
  };
};
