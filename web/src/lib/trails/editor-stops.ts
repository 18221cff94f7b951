/**
 * The stops of the editor, in walking order: each with its place, radius and media. Stewards move
 * them up and down (keyboard buttons; the order is sent with the version it was read at, and a
 * reorder made meanwhile wins), edit, remove (`editor-stop-removal.ts`), and add or take off media
 * (`editor-stop-media.ts`); contributors propose one of their media for a stop.
 */

import { radiusAdvice } from '../../../../functions/trails/trail-geometry.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { namedButton } from '../ui/buttons.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import { placeText } from './editor-format.ts';
import type { StopFormControl } from './editor-stop-form.ts';
import { stopMediaTools } from './editor-stop-media.ts';
import type { StopAction, StopListParts } from './editor-stop-parts.ts';
import { stopRemoval } from './editor-stop-removal.ts';
import type { EditorContext, Stop } from './editor-types.ts';

export const stopList = (context: EditorContext, form: StopFormControl) => {
  const { root, s, trailId } = context;
  const list = part(root, '[data-stops]');
  const heading = part(root, '#stops-title');
  const status = part(root, '[data-stops-status]');
  const endpoint = api.api.trails[':id'];

  const focusLater = (stopId: string | undefined, action?: StopAction) => {
    const item = stopId ? list.querySelector<HTMLElement>(`[data-stop-id="${CSS.escape(stopId)}"]`) : null;
    const target =
      (action && item?.querySelector<HTMLElement>(`[data-action="${action}"]:not(:disabled)`)) ||
      item?.querySelector<HTMLElement>('[data-action]:not(:disabled)') ||
      item?.querySelector<HTMLElement>('h3') ||
      heading;
    target.focus();
  };
  const parts: StopListParts = { context, heading, status, focusLater };

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

  const askRemove = stopRemoval(parts);
  const media = stopMediaTools(parts);

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
      item.append(element('ul', 'trail-stop__media', ...stop.media.map((medium) => media.item(stop, medium, canEdit))));
    } else {
      item.append(element('p', 'trail-stop__no-media', s('trailEditor.stops.noMedia')));
    }
    if (canEdit || canContribute) item.append(media.addForm(stop, canEdit));
    if (canEdit) {
      const actions: [StopAction, string, boolean][] = [
        ['up', s('trailEditor.stops.up'), index === 0],
        ['down', s('trailEditor.stops.down'), index === count - 1],
        ['edit', s('trailEditor.stops.edit'), false],
        ['remove', s('trailEditor.stops.remove'), false],
      ];
      const row = element('div', 'form-actions trail-stop__actions');
      for (const [action, label, disabled] of actions) {
        const node = namedButton(label, s('trailEditor.stops.of', { title: stop.title }));
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
      media.useOwn(await context.ownMedia());
      render();
    },
    focusStop: (stopId: string | undefined) => focusLater(stopId, 'edit'),
  };
};
